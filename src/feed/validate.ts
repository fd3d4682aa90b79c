/**
 * Turns an untrusted parsed value into the feed model. Item by item: a bad item is dropped
 * with its reason, the good ones stay. Only a value that is no feed at all is an error.
 */
import { FeedError } from './errors.js';
import { isRecord } from './normalize-fields.js';
import { readDate, readText } from './normalize-fields.js';
import type { DroppedItem, Feed } from './types.js';
import {
  checkCalendar,
  checkCity,
  checkDownload,
  checkEvent,
  checkNews,
  checkPlace,
  type Checked,
} from './validate-items.js';

const SECTIONS = ['cities', 'events', 'news', 'places', 'downloads'];
/** More items than any real region needs; the rest is dropped so a hostile feed cannot hang a page. */
export const MAX_ITEMS_PER_SECTION = 50_000;

type Check<T> = (value: unknown, note: (reason: string) => void) => Checked<T>;

/** The items of one list of the feed; undefined when the feed has no such list. */
function checkList<T extends { readonly id: string }>(
  raw: Record<string, unknown>,
  section: string,
  check: Check<T>,
  dropped: DroppedItem[],
): T[] | undefined {
  const value = raw[section];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    dropped.push({ section, index: -1, reason: `"${section}" is not a list` });
    return [];
  }
  const items: T[] = [];
  const seen = new Set<string>();
  const count = Math.min(value.length, MAX_ITEMS_PER_SECTION);
  let index = 0;
  const drop = (reason: string, id = idOf(value[index])) =>
    dropped.push({ section, index, reason, ...(id !== undefined && { id }) });
  // One `note` for the list (not a closure per item): a part left out of a kept item (a bad
  // opening-hours rule) is listed like a dropped item.
  const note = (reason: string) => drop(reason);
  for (; index < count; index++) {
    const result = check(value[index], note);
    if (typeof result === 'string') {
      drop(result);
      continue;
    }
    if (seen.has(result.id)) {
      drop('duplicate id', result.id);
      continue;
    }
    seen.add(result.id);
    items.push(result);
  }
  if (value.length > count) {
    dropped.push({
      section,
      index: count,
      reason: `more than ${count} items; the rest is ignored`,
    });
  }
  return items;
}

function idOf(item: unknown): string | undefined {
  const id = isRecord(item) ? item.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Validates a parsed JSON value. Throws `FeedError('invalid')` only when it is not a feed. */
export function validateFeed(raw: unknown): Feed {
  if (!isRecord(raw)) throw new FeedError('invalid', 'The feed is not a JSON object.');
  const hasSection = SECTIONS.some((s) => s in raw);
  const version = raw.version;
  if (version !== undefined && !(typeof version === 'number' && version >= 1)) {
    throw new FeedError('invalid', 'The feed has no valid "version".');
  }
  if (version === undefined && !hasSection) {
    throw new FeedError('invalid', 'The value is not a SON.NEC feed (no version, no sections).');
  }
  const dropped: DroppedItem[] = [];
  const title = readText(raw.title);
  const updated = readDate(raw.updated)?.epoch;
  const calendars = checkList(raw, 'calendars', checkCalendar, dropped);
  const list = <T extends { readonly id: string }>(section: string, check: Check<T>): T[] =>
    checkList(raw, section, check, dropped) ?? [];
  return {
    version: typeof version === 'number' ? version : 1,
    ...(title !== undefined && { title }),
    ...(updated !== undefined && { updated }),
    ...(calendars?.length && { calendars }),
    cities: list('cities', checkCity),
    events: list('events', checkEvent),
    news: list('news', checkNews),
    places: list('places', checkPlace),
    downloads: list('downloads', checkDownload),
    dropped,
  };
}
