/** Helpers for the kiosk tests: a fake clock, a feed with links, deep queries. */
import { waitUntil } from '@open-wc/testing';
import { feedUrl, GOOD_FEED } from '../../helpers/widgets.js';
import { FakeClock, KIOSK_NOW } from '../../helpers/fake-clock.js';

export { FakeClock };

/** 4 December 2026, 10:00 in Berlin: the fixture's Christmas market is today. */
export const NOW = KIOSK_NOW;

export const EVENT_URL = 'https://www.sonneberg.de/weihnachtsmarkt?jahr=2026&tag=4';
export const NEWS_URL = 'https://www.neustadt-bei-coburg.de/aktuelles/bruecke';
export const PLACE_URL = 'https://www.sternwarte-sonneberg.de/besuch';

/** The test feed with addresses on its event, news, places and a link inside an article. */
export async function linkedFeed(): Promise<string> {
  const feed = (await (await fetch(GOOD_FEED)).json()) as {
    events: Record<string, unknown>[];
    news: Record<string, unknown>[];
    places: Record<string, unknown>[];
  };
  feed.events[0]!.url = EVENT_URL;
  feed.news[0]!.url = NEWS_URL;
  feed.news[0]!.body =
    '<p>Am 12. November 1989 öffnete der Übergang. <a href="https://example.org/chronik">Chronik</a></p>';
  feed.news.push({
    id: 'n-2',
    title: { de: 'Neue Radroute', en: 'New cycle route' },
    date: '2026-11-30',
    city: 'both',
    categories: ['Freizeit'],
    summary: 'Die Route verbindet beide Städte.',
    url: 'https://www.sonneberg.de/radroute',
  });
  for (const place of feed.places) place.url = PLACE_URL;
  return feedUrl(feed);
}

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll<T extends Element = Element>(
  root: Element | ShadowRoot | Document,
  selector: string,
): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  }
  return found;
}

/** Waits until every widget inside the kiosk has loaded. */
export async function widgetsReady(kiosk: HTMLElement): Promise<void> {
  await waitUntil(
    () =>
      [...kiosk.shadowRoot!.querySelectorAll('[kiosk]')].every((w) =>
        ['ready', 'empty'].includes(w.getAttribute('state') ?? ''),
      ),
    'the widgets did not load',
    { timeout: 8000 },
  );
}

/** The dark modules of a QR SVG drawn by take-away-link (`M<x> <y>h<n>v1h-<n>z` runs). */
export function svgModules(svg: SVGSVGElement, quietZone: number): boolean[][] {
  const size = svg.viewBox.baseVal.width - 2 * quietZone;
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  const d = svg.querySelector('path')!.getAttribute('d')!;
  for (const [, x, y, n] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(n); i++) {
      grid[Number(y) - quietZone]![Number(x) - quietZone + i] = true;
    }
  }
  return grid;
}

/** The test feed with two events a day for the next three weeks: more than any screen holds. */
export async function busyFeed(): Promise<string> {
  const feed = (await (await fetch(GOOD_FEED)).json()) as { events: Record<string, unknown>[] };
  for (let day = 5; day <= 25; day++) {
    for (const [hour, title] of [
      [11, `Stadtführung am ${day}. Dezember`],
      [15, `Kinderwerkstatt im Spielzeugmuseum, ${day}. Dezember`],
    ] as const) {
      feed.events.push({
        id: `busy-${day}-${hour}`,
        title,
        start: `2026-12-${String(day).padStart(2, '0')}T${hour}:00`,
        city: day % 2 ? 'sonneberg' : 'neustadt',
      });
    }
  }
  return feedUrl(feed);
}
