/**
 * The benchmark's page for our widgets: bundled by bench/run.mjs with esbuild (minified, Lit's
 * production build) and driven by puppeteer. Every function returns milliseconds measured in the
 * page with `performance.now()`; the harness repeats them in fresh pages.
 */
import '../../src/define/sonnec-events.js';
import type { SonnecEvents } from '../../src/components/events/sonnec-events.js';
import { expandFeed } from '../../src/components/events/events-query.js';
import { startOfBerlinDay } from '../../src/feed/berlin-time.js';
import { expandSeries } from '../../src/components/events/events-series.js';
import { parseSonnecJson } from '../../src/feed/sources/sonnec-json.js';
import { loadFeed } from '../../src/feed/store.js';
import { formatDate } from '../../src/internal/format.js';

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Waits until the widget shows the loaded feed (its `state` leaves `loading`). */
async function settled(el: SonnecEvents): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    await el.updateComplete;
    if (el.state !== 'loading') return;
    await nextFrame();
  }
  throw new Error('<sonnec-events> did not settle');
}

function layout(el: SonnecEvents): number {
  // Reading a layout property forces style and layout of everything rendered so far.
  return (el.shadowRoot!.querySelector('.base') as HTMLElement).offsetHeight;
}

function shownItems(el: SonnecEvents): number {
  return el.shadowRoot!.querySelectorAll('[part~="item"]').length;
}

/**
 * Resolves once the page is idle: an idle callback that gets (nearly) its full 50 ms, so work
 * the widget scheduled for idle time (its search index) is done, as when a visitor reads first.
 */
async function idle(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const remaining = await new Promise<number>((resolve) =>
      requestIdleCallback((deadline) => resolve(deadline.timeRemaining())),
    );
    if (remaining > 45) return;
  }
}

const api = {
  idle,

  /** Loads the feed into the store (fetch, parse, validate): what "already fetched" means. */
  async prime(url: string): Promise<number> {
    return (await loadFeed(url)).events.length;
  },

  /**
   * Case 1: `parseSonnecJson` on the feed's text (fetched before timing). `intlStarted`: the
   * widget's date formatter is made first. The first Intl formatter with a time zone loads the
   * zone data (15-30 ms, once per page); validation's summer-time check is that first use, and
   * without it the widget's first date would be. Timed both ways.
   */
  async parse(
    url: string,
    intlStarted = false,
  ): Promise<{ ms: number; floorMs: number; events: number }> {
    const text = await (await fetch(url)).text();
    if (intlStarted) formatDate(0, 'de');
    let t = performance.now();
    JSON.parse(text);
    const floorMs = performance.now() - t;
    t = performance.now();
    const feed = parseSonnecJson(text);
    const ms = performance.now() - t;
    return { ms, floorMs, events: feed.events.length };
  },

  /** Case 2: from connecting the element (feed in the store) to items rendered and laid out. */
  async render(
    url: string,
    now: number,
    filters: boolean,
  ): Promise<{ ms: number; items: number; height: number; count: number }> {
    await loadFeed(url);
    const el = document.createElement('sonnec-events');
    el.src = url;
    el.now = now;
    el.filters = filters;
    const t = performance.now();
    document.body.append(el);
    await settled(el);
    const height = layout(el);
    const ms = performance.now() - t;
    (window as unknown as { widget: SonnecEvents }).widget = el;
    return { ms, items: shownItems(el), height, count: el.state === 'ready' ? countOf(el) : 0 };
  },

  /**
   * Case 3: one filter change on the rendered widget, as a visitor makes it (a change of the
   * city select or an input in the search field), to updated and laid-out results.
   */
  async filter(change: { name: string; value: string }): Promise<{ ms: number; count: number }> {
    const el = (window as unknown as { widget: SonnecEvents }).widget;
    const control = el.shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>(
      `[name="${change.name}"]`,
    )!;
    const t = performance.now();
    control.value = change.value;
    control.dispatchEvent(
      new Event(control.type === 'search' ? 'input' : 'change', { bubbles: true, composed: true }),
    );
    await el.updateComplete;
    layout(el);
    const ms = performance.now() - t;
    return { ms, count: countOf(el) };
  },

  /** The occurrences in our window, as plain events for FullCalendar (same items both sides). */
  async occurrences(url: string, now: number): Promise<unknown[]> {
    const feed = await loadFeed(url);
    const from = startOfBerlinDay(now);
    const to = from + 366 * 86_400_000;
    return expandFeed(feed, from, to, expandSeries).map((o) => ({
      id: o.event.id,
      title: typeof o.event.title === 'string' ? o.event.title : o.event.title.de,
      start: o.start,
      ...(o.end !== undefined && { end: o.end }),
      allDay: o.event.allDay,
      city: o.event.city,
    }));
  },
};

function countOf(el: SonnecEvents): number {
  // The number of matching occurrences, from the widget's view (the live region says it only
  // for changes, and a search's once typing pauses).
  return (el as unknown as { view?: { count: number } }).view?.count ?? 0;
}

(window as unknown as { bench: typeof api }).bench = api;
