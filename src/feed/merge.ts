/**
 * Merges several feeds (one per source: a city's calendar, its news, the places) into one model.
 * Sections are concatenated in source order; the dropped lists are kept, each entry with its source.
 *
 * The same item twice — same id and the same title, or an event with the same title and start (a
 * news item with the same title on the same day) from the other city — appears once; when the
 * cities differ it becomes `both`. Two different items that happen to share an id (two CMSs both
 * numbering "news-12") are both kept: the later one gets the suffix `~2`, `~3`, … (stable as long
 * as the order of the sources is).
 */
import { berlinDayKey } from './berlin-time.js';
import type { CityId, Feed, FeedEvent, NewsItem, Text } from './types.js';

type Item = {
  readonly id: string;
  readonly city?: CityId;
  readonly categories?: readonly Text[];
};

/** Fields an item of one city may take over from the same item of the other, when it lacks them. */
const FILLABLE = [
  'summary',
  'description',
  'body',
  'location',
  'url',
  'image',
  'organizer',
  'price',
  'address',
];

export function mergeFeeds(
  feeds: readonly Feed[],
  sources: readonly (string | undefined)[] = [],
): Feed {
  if (feeds.length === 1 && !sources[0]) return feeds[0]!;
  const updated = feeds.map((f) => f.updated).filter((u): u is number => u !== undefined);
  const title = feeds.find((f) => f.title !== undefined)?.title;
  return {
    version: Math.max(1, ...feeds.map((f) => f.version)),
    ...(title !== undefined && { title }),
    ...(updated.length && { updated: Math.max(...updated) }),
    cities: firstOfEachId(feeds.flatMap((f) => f.cities)),
    events: mergeItems(
      feeds.flatMap((f) => f.events),
      eventKey,
    ),
    news: mergeItems(
      feeds.flatMap((f) => f.news),
      newsKey,
    ),
    places: mergeItems(feeds.flatMap((f) => f.places)),
    downloads: mergeItems(feeds.flatMap((f) => f.downloads)),
    dropped: feeds.flatMap((feed, i) => {
      const source = sources[i];
      return source ? feed.dropped.map((d) => ({ ...d, source })) : feed.dropped;
    }),
  };
}

function firstOfEachId<T extends { readonly id: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.id) && !!seen.add(item.id));
}

/** What makes two items of different ids the same: normalized title and start (or day). */
function eventKey(event: FeedEvent): string {
  return `${normalize(event.title)}|${event.start}`;
}

function newsKey(news: NewsItem): string {
  return `${normalize(news.title)}|${berlinDayKey(news.date)}`;
}

function mergeItems<T extends Item>(items: readonly T[], matchKey?: (item: T) => string): T[] {
  const out: T[] = [];
  const byId = new Map<string, number>();
  const byKey = new Map<string, number>();
  for (const item of items) {
    const sameId = byId.get(item.id);
    if (sameId !== undefined && label(out[sameId]!) === label(item)) {
      out[sameId] = combine(out[sameId]!, item);
      continue;
    }
    const key = matchKey?.(item);
    const sameKey = key === undefined ? undefined : byKey.get(key);
    if (sameKey !== undefined && out[sameKey]!.city !== item.city) {
      out[sameKey] = combine(out[sameKey]!, item);
      continue;
    }
    let id = item.id;
    for (let n = 2; byId.has(id); n++) id = `${item.id}~${n}`;
    const kept = id === item.id ? item : { ...item, id };
    byId.set(id, out.length);
    if (key !== undefined && !byKey.has(key)) byKey.set(key, out.length);
    out.push(kept);
  }
  return out;
}

/** The first source's item, with the other's city, categories and missing details added. */
function combine<T extends Item>(first: T, second: T): T {
  const merged: Record<string, unknown> = { ...first };
  for (const field of FILLABLE) {
    const value = (second as Record<string, unknown>)[field];
    if (merged[field] === undefined && value !== undefined) merged[field] = value;
  }
  if (first.city && second.city && first.city !== second.city) merged.city = 'both';
  if (first.categories && second.categories) {
    const seen = new Set(first.categories.map((c) => JSON.stringify(c)));
    merged.categories = [
      ...first.categories,
      ...second.categories.filter((c) => !seen.has(JSON.stringify(c))),
    ];
  }
  return merged as T;
}

function label(item: Item): string {
  const record = item as { title?: Text; name?: Text };
  return normalize(record.title ?? record.name ?? '');
}

/** "Weihnachtsmarkt  Sonneberg!" and "weihnachtsmarkt sonneberg" are the same title. */
export function normalize(text: Text): string {
  const value = typeof text === 'string' ? text : (text.de ?? Object.values(text)[0] ?? '');
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
