/**
 * The last good copy of a feed, for unattended displays (the kiosk, or a widget with
 * `offline-cache`): after every successful load the raw feed is written to `localStorage`, and
 * when a later load fails the copy is shown instead, marked stale with the time it was fetched.
 *
 * Only callers that ask for it (`LoadOptions.keepCopy`) ever read or write storage: ordinary
 * pages never touch it. Storage blocked or full only means there is no copy.
 */
import type { Feed } from './types.js';

/** Storage key of a feed URL's copy. */
export const COPY_PREFIX = 'sonnec.kiosk.feed.v1:';

export interface RawCopy {
  readonly text: string;
  readonly contentType: string;
  /** When the copy was fetched (epoch ms). */
  readonly savedAt: number;
}

/** Feeds rebuilt from a copy, with the time the copy was fetched. */
const stale = new WeakMap<Feed, number>();
/** One rebuilt feed per key, so repeated failures do not parse the copy again. */
const rebuilt = new Map<string, { savedAt: number; feed: Feed }>();

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function saveCopy(key: string, text: string, contentType: string, now = Date.now()): void {
  try {
    const copy: RawCopy = { text, contentType, savedAt: now };
    storage()?.setItem(COPY_PREFIX + key, JSON.stringify(copy));
  } catch {
    // Quota exceeded or storage blocked: the display keeps working, without a copy.
  }
}

export function readCopy(key: string): RawCopy | undefined {
  try {
    const raw = storage()?.getItem(COPY_PREFIX + key);
    if (!raw) return undefined;
    const copy = JSON.parse(raw) as Partial<RawCopy>;
    return typeof copy.text === 'string' && typeof copy.savedAt === 'number'
      ? { text: copy.text, contentType: copy.contentType ?? '', savedAt: copy.savedAt }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The rebuilt feed of `key` if it was made from the copy saved at `savedAt`. */
export function rebuiltCopy(key: string, savedAt: number): Feed | undefined {
  const known = rebuilt.get(key);
  return known?.savedAt === savedAt ? known.feed : undefined;
}

export function markStale(key: string, feed: Feed, savedAt: number): Feed {
  stale.set(feed, savedAt);
  rebuilt.set(key, { savedAt, feed });
  return feed;
}

/** When a feed shown from the last good copy was fetched; undefined for a fresh feed. */
export function staleSince(feed: Feed | undefined): number | undefined {
  return feed ? stale.get(feed) : undefined;
}
