/**
 * The feed of several sources: their merge (merge.ts), made once for the same loaded feeds and
 * shared by every widget that asks. Only a page whose `src` lists more than one source loads
 * this module, while its sources load (store.ts).
 */
import { resolveFeedUrl } from './feed-urls.js';
import { mergeFeeds } from './merge.js';
import { markStale, staleSince } from './stale.js';
import type { Feed } from './types.js';

const merges = new WeakMap<Feed, { feeds: readonly Feed[]; merged: Feed }[]>();

/** The merge of exactly these feeds, in this order, when one was made. */
export function knownMerge(feeds: readonly Feed[]): Feed | undefined {
  const same = (m: { feeds: readonly Feed[] }) =>
    m.feeds.length === feeds.length && m.feeds.every((f, i) => f === feeds[i]);
  return merges.get(feeds[0]!)?.find(same)?.merged;
}

/** The merge of the sources `srcs` that loaded (`results`, in the same order); one at least did. */
export function mergeLoaded(
  srcs: readonly string[],
  results: readonly PromiseSettledResult<Feed>[],
): Feed {
  const loaded = results.flatMap((r, i) =>
    r.status === 'fulfilled' ? [{ feed: r.value, url: resolveFeedUrl(srcs[i]!) }] : [],
  );
  const feeds = loaded.map((l) => l.feed);
  const known = knownMerge(feeds);
  if (known) return known;
  const merged = mergeFeeds(
    feeds,
    loaded.map((l) => l.url),
  );
  // A source shown from its last good copy makes the whole feed as old as that copy.
  const copied = feeds.map(staleSince).filter((at): at is number => at !== undefined);
  if (copied.length > 0) markStale(merged, Math.min(...copied));
  merges.set(feeds[0]!, [...(merges.get(feeds[0]!) ?? []), { feeds, merged }]);
  return merged;
}
