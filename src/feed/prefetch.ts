/**
 * Feeds fetched before the widget's code is there. The drop-in loader starts a widget's feed
 * as soon as it finds the tag, beside the widget's chunks rather than after them: on a phone
 * the two downloads then overlap (one round trip and more saved, see bench/network.mjs).
 * The store takes each prefetched response once, for its first fetch of that URL; one that
 * nobody takes (the widget's code failed to load) is let go after a while. A URL the store has
 * taken is not prefetched again: from then on the store loads it (a second copy of our script
 * that finds the tags later would otherwise fetch a feed nobody reads).
 * The loader finds the source of a tag (internal/feed-source.ts); this layer knows no elements.
 * The store's side, taking an answer, is take-prefetched.ts: the loader does not carry it.
 */
import { resolveFeedUrl, splitSources } from './feed-urls.js';

export interface Prefetch {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
}

/** Shared by two copies of our script on one page, like the store itself. */
const KEY = Symbol.for('sonnec.prefetch.v1');
/** Longer than any widget's code takes to arrive; then the answer is dropped unread. */
export const UNCLAIMED_MS = 30_000;

/** Marks a URL whose prefetch the store took. */
export const TAKEN = 'taken';

export function prefetches(): Map<string, Prefetch | typeof TAKEN> {
  const holder = globalThis as unknown as Record<
    symbol,
    Map<string, Prefetch | typeof TAKEN> | undefined
  >;
  return (holder[KEY] ??= new Map());
}

/**
 * Starts fetching the feed(s) of `src` (one URL or several separated by spaces, as a widget's
 * `src`), as the store would fetch them. Nothing when there is no source.
 */
export function prefetchFeed(src: string | undefined): void {
  if (!src) return;
  const pending = prefetches();
  for (const url of splitSources(src).map(resolveFeedUrl)) {
    if (pending.has(url)) continue;
    const controller = new AbortController();
    const response = fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    // The store reports a failure when it takes the answer; nobody else waits for it.
    response.catch(() => {});
    const prefetch = { response, controller };
    pending.set(url, prefetch);
    setTimeout(() => {
      if (pending.get(url) !== prefetch) return;
      pending.delete(url);
      controller.abort();
    }, UNCLAIMED_MS);
  }
}
