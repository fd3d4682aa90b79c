/**
 * The RRULE expander (recurrence.ts) loads only for feeds that hold a series: a page whose feed
 * has none never downloads it. The store awaits `readyToExpand` before it hands a feed out, so
 * `expander()` is there whenever a widget holds a feed with recurring events.
 */
import type { expandOccurrences } from './recurrence.js';
import type { Feed } from './types.js';

export type Expand = typeof expandOccurrences;

// On a global key, like the store: a second copy of our script on the page gets its feeds from
// the first copy's store, readied with the first copy's expander.
const KEY = Symbol.for('sonnec.recurrence.v1');
const holder = globalThis as unknown as Record<symbol, Expand | undefined>;
let loading: Promise<Expand> | undefined;

/** Loads the expander (once; a failed load is tried again on the next call). */
export function loadRecurrence(): Promise<Expand> {
  loading ??= import('./recurrence.js').then(
    (module) => (holder[KEY] ??= module.expandOccurrences),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The expander, once loaded. Without it a series shows its first date only. */
export function expander(): Expand | undefined {
  return holder[KEY];
}

/** Resolves with `feed` once the expander is loaded, if the feed needs it. */
export async function readyToExpand(feed: Feed): Promise<Feed> {
  if (!expander() && feed.events.some((event) => event.rrule)) await loadRecurrence();
  return feed;
}
