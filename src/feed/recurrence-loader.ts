/**
 * The RRULE expander (recurrence.ts) loads only for feeds that hold a series: a page whose feed
 * has none never downloads it. The store awaits `readyToExpand` before it hands a feed out, so
 * `expander()` is there whenever a widget holds a feed with recurring events.
 */
import type { expandOccurrences } from './recurrence.js';
import type { Feed } from './types.js';

export type Expand = typeof expandOccurrences;

let loaded: Expand | undefined;
let loading: Promise<Expand> | undefined;

/** Loads the expander (once; a failed load is tried again on the next call). */
export function loadRecurrence(): Promise<Expand> {
  loading ??= import('./recurrence.js').then(
    (module) => (loaded = module.expandOccurrences),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The expander, once loaded. Without it a series shows its first date only. */
export function expander(): Expand | undefined {
  return loaded;
}

/** Resolves with `feed` once the expander is loaded, if the feed needs it. */
export async function readyToExpand(feed: Feed): Promise<Feed> {
  if (!loaded && feed.events.some((event) => event.rrule)) await loadRecurrence();
  return feed;
}
