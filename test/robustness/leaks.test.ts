/**
 * Widgets removed from the page can be garbage-collected: nothing global (the feed store, a
 * window listener, an observer, Leaflet, a timer) keeps them alive. A CMS page that morphs its
 * DOM, or a kiosk that runs for days, would otherwise grow with every widget it drops.
 * The browser runs with `--expose-gc` (web-test-runner.config.mjs).
 */
import { expect } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import type { SonnecEvents } from '../../src/components/events/sonnec-events.js';
import type { SonnecMap } from '../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../src/feed/store.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { settled, until } from '../helpers/widgets.js';
import { MAP_FEED, mapReady } from '../components/map/map-helpers.js';

const gc = (globalThis as unknown as { gc?: () => void }).gc;

/**
 * Waits until every referenced element has been collected. `deref()` keeps its target alive
 * until the end of the current task, so each check runs a task apart from the next `gc()`.
 * Up to 30 s, a margin for a busy renderer (a fresh-clone CI run once saw the events widget
 * still held after 10 s, and never again in isolation: a timer or a pending import that outlives
 * the removal by a few seconds is no leak); a real leak holds its widget for ever and still
 * fails. The waits in this file use `until`, not @open-wc's `waitUntil`, which holds what its
 * predicate reads until its timeout has passed (1 s by default, 8 s for a map): that once made
 * a removed widget look alive after 2 s, and made the drawn map look leaked.
 */
async function collected(refs: readonly WeakRef<Element>[]): Promise<string[]> {
  const alive = () => refs.map((r) => r.deref()?.localName).filter((n): n is string => !!n);
  for (let i = 0; i < 600 && alive().length > 0; i++) {
    await new Promise((r) => setTimeout(r, 20));
    gc!();
    await new Promise((r) => setTimeout(r, 30));
  }
  return alive();
}

/** Creates a widget from markup, lets `use` work with it, removes it and returns a WeakRef. */
async function useAndDrop(
  markup: string,
  use: (el: SonnecElement) => Promise<void> = async () => {},
): Promise<WeakRef<Element>> {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  const el = holder.firstElementChild as SonnecElement;
  await use(el);
  holder.remove();
  return new WeakRef(el);
}

describe('removed widgets are collected (no leaks)', function () {
  this.timeout(90_000);

  afterEach(() => clearFeedCache());

  it('has gc() to check with', () => {
    expect(gc, 'the browser runs with --expose-gc').to.be.a('function');
  });

  it('every widget, after loading, interaction and removal', async () => {
    const refs = [
      await useAndDrop(
        '<sonnec-downloads src="/test/fixtures/feed-good.json"></sonnec-downloads>',
        settled,
      ),
      await useAndDrop(
        '<sonnec-events src="/test/fixtures/events-basic.json" now="2026-12-04T18:00" filters sync-url></sonnec-events>',
        async (el) => {
          await settled(el);
          const events = el as SonnecEvents;
          await until(() => events.shadowRoot!.querySelector('[part~="filter"]'), 'filters');
          events.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="title"]')!.click();
          await until(() => events.shadowRoot!.querySelector('dialog')?.open, 'dialog');
          events.close();
        },
      ),
      await useAndDrop(
        '<sonnec-news src="/test/fixtures/news-basic.json" filters kiosk></sonnec-news>',
        settled,
      ),
      // The drawn Leaflet map (with its clusters), and the place list with filters.
      await useAndDrop(`<sonnec-map src="${MAP_FEED}"></sonnec-map>`, async (el) => {
        await settled(el);
        await mapReady(el as SonnecMap);
      }),
      await useAndDrop(
        `<sonnec-map src="${MAP_FEED}" view="list" filters></sonnec-map>`,
        async (el) => {
          await settled(el);
          await until(() => el.shadowRoot!.querySelector('[part~="filter"]'), 'map filters');
        },
      ),
      // Removed while its feed still loads.
      await useAndDrop('<sonnec-downloads src="/__fault/slow/400"></sonnec-downloads>'),
    ];
    history.replaceState(null, '', location.pathname); // sync-url wrote the filters there
    expect(await collected(refs), 'widgets still alive after removal').to.deep.equal([]);
  });
});
