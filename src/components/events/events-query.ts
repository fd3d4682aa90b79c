/**
 * Pure selection for `<sonnec-events>`: expand recurring events into occurrences, hide past ones,
 * filter (city, category, place, organizer, and the visitor's date preset and text), sort by
 * start and group by Berlin day. Built to stay fast at 10,000 events: the expansion is computed
 * once per feed and range (WeakMap), a filter change is one pass over a sorted array, and no Intl
 * object is built here. The visitor's refinements (date presets, search) live in
 * events-search.ts, which loads only with `filters` or `sync-url`.
 */
import {
  addBerlinDays,
  berlinDayKey,
  fromWall,
  parseIsoDate,
  startOfBerlinDay,
  toWall,
} from '../../feed/berlin-time.js';
import { allLanguages, foldText, matchesCategories, matchesCity } from '../../feed/query.js';
import type { CityId, Feed, FeedEvent } from '../../feed/types.js';

/** One occurrence of an event (a single event has exactly one). */
export interface Occurrence {
  readonly event: FeedEvent;
  readonly start: number;
  /** Exclusive end, when the feed gives one. */
  readonly end: number | undefined;
  /** Until when the occurrence is listed: its end, else the end of its start day. */
  readonly until: number;
}

/**
 * The occurrences of a series in a range (`expandSeries` of events-series.ts), a lazy part
 * loaded only for feeds with a series; without it a series shows its first date only.
 */
export type Expand = (event: FeedEvent, from: number, to: number) => Occurrence[];

export type DatePreset = '' | 'today' | 'weekend' | 'month' | 'range';

/** The visitor's filters (the filter bar's, or the page URL's); empty strings: as the webmaster set it. */
export interface Filters {
  readonly city: string;
  readonly category: string;
  readonly date: DatePreset;
  readonly from: string;
  readonly to: string;
  readonly q: string;
}

export const NO_FILTERS: Filters = { city: '', category: '', date: '', from: '', to: '', q: '' };

export interface EventQuery {
  /** The clock: "upcoming", "today" and "running" are relative to it. */
  readonly now: number;
  /** The webmaster's range (epoch ms); default now … one year later. */
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly city?: CityId | undefined;
  /** The webmaster's categories (lower-case, any language); empty = all. */
  readonly categories?: readonly string[];
  /** The visitor's category: a key from `categoryOptions`. */
  readonly category?: string | undefined;
  /** Place ids (lower-case); empty = all. */
  readonly places?: readonly string[];
  /** Organizer names (any language, case and accents ignored); empty = all. */
  readonly organizers?: readonly string[];
  readonly date?: DatePreset;
  /** Custom range for `date: 'range'`, `YYYY-MM-DD`, both inclusive, either may be empty. */
  readonly rangeFrom?: string | undefined;
  readonly rangeTo?: string | undefined;
  readonly text?: string | undefined;
  readonly limit?: number | undefined;
  /** Only occurrences that start in the range, not those already running at its start. */
  readonly startingOnly?: boolean;
  /** The recurrence expander, loaded when the feed has a series (see `Expand`). */
  readonly expand?: Expand | undefined;
}

/**
 * The visitor's refinements (events-search.ts): without them a query's `date` and `text` are
 * not applied (no visitor can have set them: they come with the filter bar or the page URL).
 */
export interface Refinements {
  /** The date preset's range [from, to) relative to `now`; undefined = no limit. */
  readonly presetRange: (
    preset: DatePreset,
    now: number,
    rangeFrom?: string,
    rangeTo?: string,
  ) => [number | undefined, number | undefined];
  /** Whether an event matches the visitor's search `text` (all its words); undefined: no search. */
  readonly textMatcher: (text: string | undefined) => ((event: FeedEvent) => boolean) | undefined;
}

export interface EventSelection {
  /** Matching occurrences, sorted by start, capped by `limit`. */
  readonly items: readonly Occurrence[];
  /** The lower bound of the shown range: occurrences starting before it are running. */
  readonly lower: number;
}

export interface DayGroup {
  readonly day: string;
  /** Berlin midnight of the day, for formatting. */
  readonly date: number;
  readonly items: readonly Occurrence[];
}

// ---------------------------------------------------------------------------------------------
// Occurrences, expanded once per feed and range
// ---------------------------------------------------------------------------------------------

const expansionCache = new WeakMap<Feed, Map<string, Occurrence[]>>();

/** `YYYY-MM-DD` (a real day) → Berlin midnight, or undefined. */
export function dayToEpoch(value: string | undefined | null): number | undefined {
  const parsed = parseIsoDate(value);
  return parsed?.dateOnly ? parsed.epoch : undefined;
}

/** `YYYY-MM-DD` → Berlin midnight after that day (an inclusive last day as exclusive end). */
export function dayEndToEpoch(value: string | undefined | null): number | undefined {
  const day = dayToEpoch(value);
  return day === undefined ? undefined : addBerlinDays(day, 1);
}

function sameYearNext(epoch: number): number {
  const d = new Date(toWall(startOfBerlinDay(epoch)));
  return fromWall(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate()));
}

/** All occurrences of the feed's events overlapping [from, to), sorted by start; cached. */
export function expandFeed(feed: Feed, from: number, to: number, expand?: Expand): Occurrence[] {
  let byRange = expansionCache.get(feed);
  if (!byRange) expansionCache.set(feed, (byRange = new Map()));
  const key = `${from}|${to}|${expand ? 'series' : 'first'}`;
  let list = byRange.get(key);
  if (list) return list;
  list = [];
  for (const event of feed.events) {
    if (event.rrule && expand) {
      for (const o of expand(event, from, to)) list.push(o);
    } else if (event.start < to && !event.exdates.includes(event.start)) {
      const o = occurrence(event, event.start, event.end);
      if (o.until > from) list.push(o);
    }
  }
  list.sort((a, b) => a.start - b.start || a.until - b.until);
  if (byRange.size >= 4) byRange.clear();
  byRange.set(key, list);
  return list;
}

/** The occurrence of `event` from `start` to `end`; without an end, listed until the end of its day. */
export function occurrence(event: FeedEvent, start: number, end: number | undefined): Occurrence {
  return { event, start, end, until: end ?? addBerlinDays(start, 1) };
}

// ---------------------------------------------------------------------------------------------
// The query
// ---------------------------------------------------------------------------------------------

/** The window the query shows: past hidden, the webmaster's range, then the visitor's preset. */
export function queryWindow(
  q: EventQuery,
  refine?: Refinements,
): { lower: number; upper: number; expandTo: number } {
  const base = Math.max(q.from ?? q.now, q.now);
  const defaultTo = sameYearNext(base);
  const [presetFrom, presetTo] = refine
    ? refine.presetRange(q.date ?? '', q.now, q.rangeFrom, q.rangeTo)
    : [undefined, undefined];
  const lower = Math.max(base, presetFrom ?? base);
  // A custom range may reach past the default year, never past the webmaster's `to`.
  const ceiling = q.to ?? (q.date === 'range' && presetTo !== undefined ? presetTo : defaultTo);
  const upper = Math.min(ceiling, presetTo ?? ceiling);
  return { lower, upper, expandTo: Math.max(upper, defaultTo) };
}

function foldedList(values: readonly string[] | undefined): string[] {
  return (values ?? []).map(foldText).filter(Boolean);
}

/** The occurrences to show, in order; pure apart from the caches. */
export function selectEvents(feed: Feed, q: EventQuery, refine?: Refinements): EventSelection {
  const { lower, upper, expandTo } = queryWindow(q, refine);
  const items: Occurrence[] = [];
  if (upper <= lower) return { items, lower };
  // Expand from the day's start (stable key for a whole day), filter to the exact instant below.
  const all = expandFeed(feed, startOfBerlinDay(lower), expandTo, q.expand);
  const categories = q.categories ?? [];
  const category = q.category ? [q.category] : [];
  const places = (q.places ?? []).map((p) => p.toLowerCase());
  const organizers = foldedList(q.organizers);
  const matches = refine?.textMatcher(q.text);
  const limit = q.limit !== undefined && q.limit >= 0 ? Math.floor(q.limit) : Infinity;
  for (const o of all) {
    if (o.start >= upper) break;
    if (o.until <= lower || (q.startingOnly && o.start < lower)) continue;
    const e = o.event;
    if (!matchesCity(e.city, q.city)) continue;
    if (categories.length > 0 && !matchesCategories(e.categories, categories)) continue;
    if (category.length > 0 && !matchesCategories(e.categories, category)) continue;
    if (places.length > 0 && !places.includes(e.location?.placeId?.toLowerCase() ?? '')) continue;
    if (
      organizers.length > 0 &&
      !allLanguages(e.organizer).some((name) => organizers.includes(foldText(name)))
    ) {
      continue;
    }
    if (matches && !matches(e)) continue;
    items.push(o);
    if (items.length >= limit) break;
  }
  return { items, lower };
}

/** True while the occurrence runs at `now`. */
export function isRunning(o: Occurrence, now: number): boolean {
  return o.end !== undefined && o.start <= now && now < o.end;
}

/**
 * Groups occurrences by the Berlin day they are shown under: their start day, or the day of
 * `lower` for one that began before it (an exhibition running since last week shows today).
 */
export function groupByDay(items: readonly Occurrence[], lower: number): DayGroup[] {
  const lowerDay = berlinDayKey(lower);
  const groups: DayGroup[] = [];
  let current: { day: string; date: number; items: Occurrence[] } | undefined;
  for (const o of items) {
    const day = o.start < lower ? lowerDay : berlinDayKey(o.start);
    if (!current || current.day !== day) {
      current = { day, date: startOfBerlinDay(o.start < lower ? lower : o.start), items: [] };
      groups.push(current);
    }
    current.items.push(o);
  }
  return groups;
}
