/**
 * The visitor's refinements of `<sonnec-events>`: the date presets, the text search (with its
 * index built in idle time) and the category choices. Loaded only by widgets with `filters` or
 * `sync-url`, the only ways a visitor can set them; `selectEvents` takes them as `Refinements`.
 */
import { addBerlinDays, fromWall, toWall } from '../../feed/berlin-time.js';
import { foldText, matchesCategories, searchText } from '../../feed/query.js';
import type { Feed, FeedEvent, Text } from '../../feed/types.js';
import { defineMessages, localText, type Lang } from '../../internal/i18n.js';
import { dayEndToEpoch, dayToEpoch, type DatePreset } from './events-query.js';

const searchCache = new WeakMap<FeedEvent, string>();

/**
 * What an empty list says when the visitor's choices emptied it: here, as only the visitor's
 * refinements (filter bar or page URL, both loading this part) can.
 */
const messages = defineMessages({
  de: { emptyFiltered: 'Für diese Auswahl gibt es keine Veranstaltungen.' },
  en: { emptyFiltered: 'There are no events for this selection.' },
});

export const emptyFiltered = (lang: Lang): string => messages[lang].emptyFiltered;

/** Every language's fragment of an HTML field, its tags stripped (for matching only). */
const strippedHtml = (value: Text | undefined): string[] =>
  (value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value)).map(
    (fragment) => fragment.replace(/<[^>]*>/g, ' '),
  );
const categoryCache = new WeakMap<Feed, Map<string, Text>>();

/** The folded searchable text of an event, built once per event object. */
export function eventSearchText(event: FeedEvent): string {
  let text = searchCache.get(event);
  if (text === undefined) {
    text = searchText(
      event.title,
      event.summary,
      event.location?.name,
      event.location?.address,
      event.organizer,
      ...event.categories,
      // Tags stripped for matching only; the description is never rendered from here.
      ...strippedHtml(event.description),
    );
    searchCache.set(event, text);
  }
  return text;
}

/**
 * Whether an event holds every word of `text` (case and accents ignored); undefined for no words.
 * The words are folded once per query, not once per event.
 */
export function textMatcher(text: string | undefined): ((event: FeedEvent) => boolean) | undefined {
  const words = foldText(text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return undefined;
  return (event) => {
    const haystack = eventSearchText(event);
    return words.every((word) => haystack.includes(word));
  };
}

const warmed = new WeakSet<Feed>();

/** Idle time, or a short slice where the browser has no idle callbacks. */
type IdleSchedule = (step: (deadline?: { timeRemaining(): number }) => void) => void;

const idleSchedule: IdleSchedule = (step) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(step, { timeout: 1000 })
    : setTimeout(step, 20);

/**
 * Builds every event's searchable text in idle time, so that the visitor's first keystroke in
 * the search field does not pay for 10,000 foldings at once. Each slice uses the idle time the
 * browser grants (up to 50 ms) or 8 ms, so a large feed is ready after a few idle periods.
 */
export function warmSearchText(feed: Feed, schedule: IdleSchedule = idleSchedule): void {
  if (warmed.has(feed)) return;
  warmed.add(feed);
  const events = feed.events;
  let i = 0;
  const step = (deadline?: { timeRemaining(): number }) => {
    const end = performance.now() + Math.max(8, deadline?.timeRemaining() ?? 0);
    while (i < events.length && performance.now() < end) eventSearchText(events[i++]!);
    if (i < events.length) schedule(step);
  };
  schedule(step);
}

/** Lower-case German name of a category: the value of the visitor's category filter. */
export function categoryKey(category: Text): string {
  return localText(category, 'de').toLowerCase();
}

/** Every category of the feed's events, keyed by `categoryKey`; cached per feed. */
export function feedCategories(feed: Feed): Map<string, Text> {
  let map = categoryCache.get(feed);
  if (!map) {
    map = new Map();
    for (const event of feed.events) {
      for (const category of event.categories) {
        const key = categoryKey(category);
        if (key && !map.has(key)) map.set(key, category);
      }
    }
    categoryCache.set(feed, map);
  }
  return map;
}

/** The category options for the visitor, in `lang`, alphabetical; within the webmaster's list. */
export function categoryOptions(
  feed: Feed,
  lang: Lang,
  allowed: readonly string[] = [],
): { value: string; label: string }[] {
  const out: { value: string; label: string }[] = [];
  for (const [key, text] of feedCategories(feed)) {
    if (allowed.length > 0 && !matchesCategories([text], allowed)) continue;
    out.push({ value: key, label: localText(text, lang) });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** The date preset's range [from, to) relative to `now` (Berlin days); undefined = no limit. */
export function presetRange(
  preset: DatePreset,
  now: number,
  rangeFrom?: string,
  rangeTo?: string,
): [number | undefined, number | undefined] {
  const wall = toWall(now);
  const today = addBerlinDays(now, 0);
  switch (preset) {
    case 'today':
      return [today, addBerlinDays(now, 1)];
    case 'weekend': {
      // Saturday and Sunday of this week (on a Sunday: yesterday and today).
      const weekday = new Date(wall).getUTCDay(); // 0 = Sunday
      const toSaturday = weekday === 0 ? -1 : 6 - weekday;
      return [addBerlinDays(now, toSaturday), addBerlinDays(now, toSaturday + 2)];
    }
    case 'month': {
      const d = new Date(wall);
      return [today, fromWall(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))];
    }
    case 'range':
      return [dayToEpoch(rangeFrom), dayEndToEpoch(rangeTo)];
    default:
      return [undefined, undefined];
  }
}
