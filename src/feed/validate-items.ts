/**
 * One validator per item type. Each takes an untrusted value and returns either a clean,
 * typed item or the reason it cannot be used (a short English sentence for the console).
 */
import { addBerlinDays, TIME_ZONE } from './berlin-time.js';
import {
  isRecord,
  type Raw,
  readCity,
  readDate,
  readHtml,
  readId,
  readImage,
  readLocation,
  readNumber,
  readText,
  readTextList,
  readTimeZone,
} from './normalize-fields.js';
import { readStatus } from './event-status.js';
import { readOpeningHoursIfLoaded } from './opening-hours-reader.js';
import type { City, Download, FeedCalendar, FeedEvent, NewsItem, Place } from './types.js';
import { safeImageUrl, safeUrl } from './url.js';
import { toZoneWall } from './zone-time.js';

/** A clean item, or the reason it cannot be used (a string: one test tells them apart). */
export type Checked<T> = T | string;

const RRULE = /^(?:RRULE:)?((?:[A-Z]+=[A-Z0-9,+\-:]+;?)+)$/i;

/** Reads one optional field; undefined leaves it out of the item. */
type Read = (value: unknown) => unknown;

/**
 * The optional fields of an item type, each with its reader: the field keeps its name from the
 * feed to the model. A new optional field is one line in its type's table.
 */
type Optional = readonly (readonly [field: string, read: Read])[];

/**
 * Adds the optional fields of `raw` that read to a value (absent ones stay absent, without an
 * `undefined` property that a copy would have to remove).
 */
function withOptional<T>(item: Record<string, unknown>, raw: Raw, fields: Optional): T {
  for (const [field, read] of fields) {
    const value = read(raw[field]);
    if (value !== undefined) item[field] = value;
  }
  return item as T;
}

const readEpoch = (value: unknown) => readDate(value)?.epoch;

const EVENT: Optional = [
  ['summary', readText],
  ['description', readHtml],
  ['location', readLocation],
  ['url', safeUrl],
  ['image', readImage],
  ['organizer', readText],
  ['price', readText],
];

/** `note` hears of parts left out of an event that is kept (an unknown status). */
export function checkEvent(
  value: unknown,
  note: (reason: string) => void = () => {},
): Checked<FeedEvent> {
  if (!isRecord(value)) return 'not an object';
  const id = readId(value.id);
  if (id === undefined) return 'missing id';
  const title = readText(value.title);
  if (title === undefined) return 'missing title';
  const city = readCity(value.city);
  if (!city) return 'missing or unknown city';
  const zone = readTimeZone(value.timeZone);
  if (typeof zone === 'object') return zone.reason;
  const start = readDate(value.start, zone);
  if (!start) return 'missing or malformed start';
  const allDay = typeof value.allDay === 'boolean' ? value.allDay : start.dateOnly;
  // All-day series recur by day: their zone does not matter.
  const timeZone = allDay ? undefined : zone;
  const endDate = readDate(value.end, timeZone);
  let end: number | undefined;
  if (endDate) {
    // The feed's all-day end is the inclusive last day; the model's end is exclusive.
    end = allDay && endDate.dateOnly ? addBerlinDays(endDate.epoch, 1) : endDate.epoch;
    if (end <= start.epoch) end = undefined;
  } else if (allDay) {
    end = addBerlinDays(start.epoch, 1);
  }
  const exdates: number[] = [];
  if (Array.isArray(value.exdates)) {
    for (const written of value.exdates) {
      const date = readDate(written, timeZone);
      if (date) exdates.push(date.epoch);
    }
  }
  const item: Record<string, unknown> = {
    id,
    title,
    start: start.epoch,
    allDay,
    city,
    categories: readTextList(value.categories),
    exdates,
  };
  if (end !== undefined) item.end = end;
  const rruleMatch = typeof value.rrule === 'string' ? RRULE.exec(value.rrule.trim()) : null;
  if (rruleMatch) {
    item.rrule = rruleMatch[1]!.toUpperCase().replace(/;$/, '');
    if (timeZone) item.timeZone = timeZone;
    // A start in a spring-forward gap moved forward; a series keeps the time as written.
    if (
      !allDay &&
      start.wall !== undefined &&
      toZoneWall(timeZone ?? TIME_ZONE, start.epoch) !== start.wall
    ) {
      item.wallStart = start.wall;
    }
  }
  const status = readStatus(value.status, note);
  if (status) item.status = status;
  return withOptional<FeedEvent>(item, value, EVENT);
}

const NEWS: Optional = [
  ['summary', readText],
  ['body', readHtml],
  ['url', safeUrl],
  ['image', readImage],
  ['historicalDate', readEpoch],
];

export function checkNews(value: unknown): Checked<NewsItem> {
  if (!isRecord(value)) return 'not an object';
  const id = readId(value.id);
  if (id === undefined) return 'missing id';
  const title = readText(value.title);
  if (title === undefined) return 'missing title';
  const city = readCity(value.city);
  if (!city) return 'missing or unknown city';
  const date = readDate(value.date);
  if (!date) return 'missing or malformed date';
  const categories = readTextList(value.categories);
  return withOptional<NewsItem>({ id, title, date: date.epoch, city, categories }, value, NEWS);
}

const PLACE: Optional = [
  ['summary', readText],
  ['address', readText],
  ['url', safeUrl],
  ['image', readImage],
];

/** `note` hears of parts left out of a place that is kept (a bad opening-hours rule). */
export function checkPlace(value: unknown, note: (reason: string) => void): Checked<Place> {
  if (!isRecord(value)) return 'not an object';
  const id = readId(value.id);
  if (id === undefined) return 'missing id';
  const name = readText(value.name);
  if (name === undefined) return 'missing name';
  const city = readCity(value.city);
  if (!city) return 'missing or unknown city';
  const lat = readNumber(value.lat, -90, 90);
  const lon = readNumber(value.lon, -180, 180);
  if (lat === undefined || lon === undefined) return 'missing or invalid coordinates';
  const kind =
    typeof value.kind === 'string' && value.kind.trim() ? value.kind.trim().slice(0, 40) : 'place';
  const place = withOptional<Record<string, unknown>>(
    { id, name, kind: kind.toLowerCase(), city, lat, lon },
    value,
    PLACE,
  );
  const openingHours = readOpeningHoursIfLoaded(value.openingHours, note);
  if (openingHours) place.openingHours = openingHours;
  return place as unknown as Place;
}

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

const DOWNLOAD: Optional = [
  ['bytes', (value) => readNumber(value, 0, Number.MAX_SAFE_INTEGER)],
  [
    'language',
    (value) =>
      typeof value === 'string' && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(value) ? value : undefined,
  ],
  ['published', readEpoch],
  ['summary', readText],
  ['group', readText],
];

export function checkDownload(value: unknown): Checked<Download> {
  if (!isRecord(value)) return 'not an object';
  const id = readId(value.id);
  if (id === undefined) return 'missing id';
  const title = readText(value.title);
  if (title === undefined) return 'missing title';
  const url = safeUrl(value.url);
  if (!url || /^(mailto|tel):/i.test(url)) return 'missing or unsafe url';
  const mediaType =
    typeof value.mediaType === 'string' && MEDIA_TYPE.test(value.mediaType.trim())
      ? value.mediaType.trim().toLowerCase()
      : 'application/octet-stream';
  return withOptional<Download>({ id, title, url, mediaType }, value, DOWNLOAD);
}

const CITY: Optional = [
  ['state', readText],
  ['url', safeUrl],
];

export function checkCity(value: unknown): Checked<City> {
  if (!isRecord(value)) return 'not an object';
  const id = readCity(value.id);
  if (!id || id === 'both') return 'unknown city id';
  return withOptional<City>({ id, name: readText(value.name) ?? id }, value, CITY);
}

const CALENDAR: Optional = [
  ['city', readCity],
  ['category', (value) => readId(value)?.toLowerCase()],
];

/** A calendar to subscribe to: an http(s) or relative address (no mailto:, tel:) with a title. */
export function checkCalendar(value: unknown): Checked<FeedCalendar> {
  if (!isRecord(value)) return 'not an object';
  const id = readId(value.id);
  const url = safeImageUrl(value.url);
  const title = readText(value.title);
  if (!id || !url || !title) return 'missing id, url or title';
  const city = readCity(value.city);
  if (value.city !== undefined && (!city || city === 'both')) return 'unknown city';
  return withOptional<FeedCalendar>({ id, url, title }, value, CALENDAR);
}
