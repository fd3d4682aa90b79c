/**
 * Which feeds are shown from the last good copy (offline-copy.ts), and since when. Kept apart
 * from the copy itself: every widget asks, only unattended displays load the copy code.
 */
import type { Feed } from './types.js';

/** Feeds rebuilt from a copy, with the time the copy was fetched. */
const stale = new WeakMap<Feed, number>();

export function markStale(feed: Feed, savedAt: number): Feed {
  stale.set(feed, savedAt);
  return feed;
}

/** When a feed shown from the last good copy was fetched; undefined for a fresh feed. */
export function staleSince(feed: Feed | undefined): number | undefined {
  return feed ? stale.get(feed) : undefined;
}
