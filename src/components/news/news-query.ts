/**
 * Pure selection for `<sonnec-news>`: filter, order, cap and page (the timeline groups what
 * is shown by year, see news-timeline.ts). Reads the feed model only; no Lit, no DOM. Every
 * date is a Berlin date.
 */
import { addBerlinDays, berlinParts } from '../../feed/berlin-time.js';
import { matchesCategories, matchesCity } from '../../feed/query.js';
import type { CityId, NewsItem } from '../../feed/types.js';

export type NewsLayout = 'list' | 'cards' | 'teaser' | 'timeline';
export const NEWS_LAYOUTS: readonly NewsLayout[] = ['list', 'cards', 'teaser', 'timeline'];

/** A teaser shows one to three items. */
export const TEASER_MAX = 3;

export interface NewsQuery {
  readonly layout: NewsLayout;
  readonly city?: CityId | undefined;
  /** Lower-case category names (any language); empty = all. */
  readonly categories: readonly string[];
  /** A Berlin year (of `date`, or of the timeline date in the timeline). */
  readonly year?: number | undefined;
  /** Cap on all matching items (the webmaster's `limit`). */
  readonly limit?: number | undefined;
  /** How many items are shown now (paging); undefined = all. */
  readonly shown?: number | undefined;
}

export interface NewsSelection {
  /** The items shown now, in display order. */
  readonly items: readonly NewsItem[];
  /** All items that match (after `limit`); more than `items.length` when paged. */
  readonly total: number;
}

/** The date an item is placed by in the timeline: the date it tells of, else its publication. */
export function timelineDate(item: NewsItem): number {
  return item.historicalDate ?? item.date;
}

/** The Berlin year an item counts under in this layout. */
export function itemYear(item: NewsItem, layout: NewsLayout): number {
  return berlinParts(layout === 'timeline' ? timelineDate(item) : item.date).year;
}

/** Newest first by publication; equal dates by id, so the order never depends on feed order. */
export function byNewest(a: NewsItem, b: NewsItem): number {
  return b.date - a.date || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Oldest first by the date the item tells of. */
export function byTimeline(a: NewsItem, b: NewsItem): number {
  return timelineDate(a) - timelineDate(b) || byNewest(a, b);
}

/** True when an item was published today or in the six Berlin days before (`now` in epoch ms). */
export function isNew(item: NewsItem, now: number): boolean {
  return item.date <= now && item.date >= addBerlinDays(now, -6);
}

/** The items the webmaster's settings allow (city, categories), before the visitor's filters. */
export function baseItems(
  items: readonly NewsItem[],
  city: CityId | undefined,
  categories: readonly string[],
): NewsItem[] {
  return items.filter(
    (item) => matchesCity(item.city, city) && matchesCategories(item.categories, categories),
  );
}

export function selectNews(items: readonly NewsItem[], query: NewsQuery): NewsSelection {
  const timeline = query.layout === 'timeline';
  let chosen = baseItems(items, query.city, query.categories);
  if (query.year !== undefined) {
    chosen = chosen.filter((item) => itemYear(item, query.layout) === query.year);
  }
  // The cap keeps the newest items in every layout; the timeline then shows them oldest first.
  chosen.sort(byNewest);
  let cap = query.limit !== undefined && query.limit >= 0 ? Math.floor(query.limit) : Infinity;
  if (query.layout === 'teaser') cap = Math.max(1, Math.min(cap, TEASER_MAX));
  chosen = chosen.slice(0, cap);
  if (timeline) chosen.sort(byTimeline);

  const total = chosen.length;
  const shown =
    query.layout === 'teaser' || query.shown === undefined
      ? chosen
      : chosen.slice(0, Math.max(0, query.shown));
  return { items: shown, total };
}
