/**
 * The last good copy of a feed, for unattended displays (the kiosk, or a widget with
 * `offline-cache`): after every successful load the raw feed is written to `localStorage`, and
 * when a later load fails the copy is shown instead, marked stale with the time it was fetched.
 *
 * Only callers that ask for it (`LoadOptions.keepCopy`) ever read or write storage: ordinary
 * pages never touch it, nor load this module. Storage blocked or full only means there is no copy.
 */
import { isAbortError } from './errors.js';
import { resolveFeedUrls } from './resolve-urls.js';
import { parseSource, type SourceFormat } from './sources/index.js';
import { markStale } from './stale.js';
import type { Feed } from './types.js';

/** Storage key of a feed URL's copy. */
export const COPY_PREFIX = 'sonnec.kiosk.feed.v1:';

export interface RawCopy {
  readonly text: string;
  readonly contentType: string;
  /** When the copy was fetched (epoch ms). */
  readonly savedAt: number;
}

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

/**
 * The feed of `key`'s last good copy, marked stale, or undefined without a readable copy. One
 * rebuilt feed per copy, so repeated failures do not parse it again.
 */
export async function feedFromCopy(
  key: string,
  url: string,
  format: SourceFormat | undefined,
): Promise<Feed | undefined> {
  const copy = readCopy(key);
  if (!copy) return undefined;
  const known = rebuilt.get(key);
  if (known?.savedAt === copy.savedAt) return known.feed;
  try {
    const parsed = await parseSource(copy.text, {
      contentType: copy.contentType,
      baseUrl: url,
      ...(format && { format }),
    });
    const feed = markStale(resolveFeedUrls(parsed, url), copy.savedAt);
    rebuilt.set(key, { savedAt: copy.savedAt, feed });
    return feed;
  } catch {
    return undefined;
  }
}

/**
 * What a keeping load that failed with `error` gives instead: the feed of the last good copy
 * (marked stale); else, and for an aborted load, the error.
 */
export async function copyInstead(
  error: unknown,
  key: string,
  url: string,
  format: SourceFormat | undefined,
  signal: AbortSignal | undefined,
): Promise<Feed> {
  if (isAbortError(error) || signal?.aborted) throw error;
  const feed = await feedFromCopy(key, url, format);
  if (!feed) throw error;
  return feed;
}
