/** Helpers for the events tests: a fixed clock and readers of the rendered list. */
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import { settled, textOf } from '../../helpers/widgets.js';

export const EVENTS_FEED = '/test/fixtures/events-basic.json';
/** Friday, 4 December 2026, 18:00 in Berlin: the market is running, the organ concert is ahead. */
export const NOW = '2026-12-04T18:00';

export function root(el: SonnecEvents): ShadowRoot {
  return el.shadowRoot!;
}

export function titles(el: SonnecEvents): string[] {
  return [...root(el).querySelectorAll('[part~="title"]')].map(textOf);
}

export function titleButtons(el: SonnecEvents): HTMLButtonElement[] {
  return [...root(el).querySelectorAll<HTMLButtonElement>('button[part~="title"]')];
}

export function dayHeadings(el: SonnecEvents): string[] {
  return [...root(el).querySelectorAll('.day-heading')].map(textOf);
}

export function status(el: SonnecEvents): string {
  return textOf(root(el).querySelector('[role="status"]'));
}

export function dialog(el: SonnecEvents): HTMLDialogElement | null {
  return root(el).querySelector('dialog');
}

export function select(el: SonnecEvents, name: string): HTMLSelectElement {
  return root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
}

export { choose } from '../../helpers/widgets.js';

/** A feed of `n` events, some recurring, spread over a year from December 2026. */
export function bigFeed(n: number): unknown {
  const events = [];
  const cities = ['sonneberg', 'neustadt', 'both'];
  const categories = ['Musik', 'Markt', 'Sport', 'Kultur', 'Führung', 'Kinder'];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2026, 11, 5) + (i % 360) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const hour = String(8 + (i % 12)).padStart(2, '0');
    events.push({
      id: `e${i}`,
      title: { de: `Veranstaltung ${i} ${categories[i % 6]}`, en: `Event ${i}` },
      start: `${date}T${hour}:00`,
      end: `${date}T${hour}:45`,
      city: cities[i % 3],
      categories: [categories[i % 6]],
      location: { name: `Ort ${i % 50}`, placeId: `p${i % 50}` },
      summary: `Beschreibung ${i} mit einigen Wörtern zum Suchen`,
      ...(i % 100 === 0 && { rrule: 'FREQ=WEEKLY;COUNT=20' }),
    });
  }
  return { version: 1, events };
}

const mounted: Element[] = [];

/**
 * Mounts markup holding one `<sonnec-events>` and waits until it has settled. Unlike `fixture()`
 * with a plain wrapper element, it never waits for an animation frame, which a test page in the
 * background (when the runner runs files side by side) may not get.
 */
export async function mount(markup: string): Promise<SonnecEvents> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  mounted.push(holder);
  const el = holder.querySelector('sonnec-events')!;
  await settled(el);
  return el;
}

/** Removes what `mount` added (call in `afterEach`). */
export function unmountAll(): void {
  for (const holder of mounted.splice(0)) holder.remove();
}
