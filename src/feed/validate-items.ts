/**
 * One validator per item type. Each takes an untrusted value and returns either a clean,
 * typed item or the reason it cannot be used (a short English sentence for the console).
 */
import { addBerlinDays, TIME_ZONE } from './berlin-time.js';
import {
  defined,
  isRecord,
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

export type Checked<T> = T | { readonly reason: string };

const RRULE = /^(?:RRULE:)?((?:[A-Z]+=[A-Z0-9,+\-:]+;?)+)$/i;

function head(value: unknown): Checked<{ id: string }> {
  if (!isRecord(value)) return { reason: 'not an object' };
  const id = readId(value.id);
  return id === undefined ? { reason: 'missing id' } : { id };
}

export function checkEvent(
  value: unknown,
  note: (reason: string) => void = () => {},
): Checked<FeedEvent> {
  const h = head(value);
  if ('reason' in h) return h;
  const raw = value as Record<string, unknown>;
  const title = readText(raw.title);
  if (title === undefined) return { reason: 'missing title' };
  const city = readCity(raw.city);
  if (!city) return { reason: 'missing or unknown city' };
  const zone = readTimeZone(raw.timeZone);
  if (typeof zone === 'object') return zone;
  const start = readDate(raw.start, zone);
  if (!start) return { reason: 'missing or malformed start' };
  const allDay = typeof raw.allDay === 'boolean' ? raw.allDay : start.dateOnly;
  // All-day series recur by day: their zone does not matter.
  const timeZone = allDay ? undefined : zone;
  const endDate = readDate(raw.end, timeZone);
  let end: number | undefined;
  if (endDate) {
    // The feed's all-day end is the inclusive last day; the model's end is exclusive.
    end = allDay && endDate.dateOnly ? addBerlinDays(endDate.epoch, 1) : endDate.epoch;
    if (end <= start.epoch) end = undefined;
  } else if (allDay) {
    end = addBerlinDays(start.epoch, 1);
  }
  const rruleMatch = typeof raw.rrule === 'string' ? RRULE.exec(raw.rrule.trim()) : null;
  const exdates = Array.isArray(raw.exdates)
    ? raw.exdates
        .map((d) => readDate(d, timeZone)?.epoch)
        .filter((d): d is number => d !== undefined)
    : [];
  // A start in a spring-forward gap moved forward; a series keeps the time as written.
  const wallStart =
    rruleMatch &&
    !allDay &&
    start.wall !== undefined &&
    toZoneWall(timeZone ?? TIME_ZONE, start.epoch) !== start.wall
      ? start.wall
      : undefined;
  return defined<FeedEvent>({
    id: h.id,
    title,
    start: start.epoch,
    end,
    allDay,
    city,
    categories: readTextList(raw.categories),
    summary: readText(raw.summary),
    description: readHtml(raw.description),
    location: readLocation(raw.location),
    url: safeUrl(raw.url),
    image: readImage(raw.image),
    organizer: readText(raw.organizer),
    price: readText(raw.price),
    rrule: rruleMatch ? rruleMatch[1]!.toUpperCase().replace(/;$/, '') : undefined,
    timeZone: rruleMatch ? timeZone : undefined,
    wallStart,
    exdates,
    status: readStatus(raw.status, note),
  });
}

export function checkNews(value: unknown): Checked<NewsItem> {
  const h = head(value);
  if ('reason' in h) return h;
  const raw = value as Record<string, unknown>;
  const title = readText(raw.title);
  if (title === undefined) return { reason: 'missing title' };
  const city = readCity(raw.city);
  if (!city) return { reason: 'missing or unknown city' };
  const date = readDate(raw.date);
  if (!date) return { reason: 'missing or malformed date' };
  return defined<NewsItem>({
    id: h.id,
    title,
    date: date.epoch,
    city,
    categories: readTextList(raw.categories),
    summary: readText(raw.summary),
    body: readHtml(raw.body),
    url: safeUrl(raw.url),
    image: readImage(raw.image),
    historicalDate: readDate(raw.historicalDate)?.epoch,
  });
}

/** `note` hears of parts left out of a place that is kept (a bad opening-hours rule). */
export function checkPlace(
  value: unknown,
  note: (reason: string) => void = () => {},
): Checked<Place> {
  const h = head(value);
  if ('reason' in h) return h;
  const raw = value as Record<string, unknown>;
  const name = readText(raw.name);
  if (name === undefined) return { reason: 'missing name' };
  const city = readCity(raw.city);
  if (!city) return { reason: 'missing or unknown city' };
  const lat = readNumber(raw.lat, -90, 90);
  const lon = readNumber(raw.lon, -180, 180);
  if (lat === undefined || lon === undefined) return { reason: 'missing or invalid coordinates' };
  const kind =
    typeof raw.kind === 'string' && raw.kind.trim() ? raw.kind.trim().slice(0, 40) : 'place';
  return defined<Place>({
    id: h.id,
    name,
    kind: kind.toLowerCase(),
    city,
    lat,
    lon,
    summary: readText(raw.summary),
    address: readText(raw.address),
    url: safeUrl(raw.url),
    image: readImage(raw.image),
    openingHours: readOpeningHoursIfLoaded(raw.openingHours, note),
  });
}

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/i;

export function checkDownload(value: unknown): Checked<Download> {
  const h = head(value);
  if ('reason' in h) return h;
  const raw = value as Record<string, unknown>;
  const title = readText(raw.title);
  if (title === undefined) return { reason: 'missing title' };
  const url = safeUrl(raw.url);
  if (!url || /^(mailto|tel):/i.test(url)) return { reason: 'missing or unsafe url' };
  const mediaType =
    typeof raw.mediaType === 'string' && MEDIA_TYPE.test(raw.mediaType.trim())
      ? raw.mediaType.trim().toLowerCase()
      : 'application/octet-stream';
  const language =
    typeof raw.language === 'string' && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(raw.language)
      ? raw.language
      : undefined;
  return defined<Download>({
    id: h.id,
    title,
    url,
    mediaType,
    bytes: readNumber(raw.bytes, 0, Number.MAX_SAFE_INTEGER),
    language,
    published: readDate(raw.published)?.epoch,
    summary: readText(raw.summary),
    group: readText(raw.group),
  });
}

export function checkCity(value: unknown): Checked<City> {
  if (!isRecord(value)) return { reason: 'not an object' };
  const id = readCity(value.id);
  if (!id || id === 'both') return { reason: 'unknown city id' };
  return defined<City>({
    id,
    name: readText(value.name) ?? id,
    state: readText(value.state),
    url: safeUrl(value.url),
  });
}

/** A calendar to subscribe to: an http(s) or relative address (no mailto:, tel:) with a title. */
export function checkCalendar(value: unknown): Checked<FeedCalendar> {
  if (!isRecord(value)) return { reason: 'not an object' };
  const id = readId(value.id);
  const url = safeImageUrl(value.url);
  const title = readText(value.title);
  const city = readCity(value.city);
  if (!id || !url || !title) return { reason: 'missing id, url or title' };
  if (value.city !== undefined && (!city || city === 'both')) return { reason: 'unknown city' };
  const category = readId(value.category)?.toLowerCase();
  return defined<FeedCalendar>({ id, url, title, city: city as FeedCalendar['city'], category });
}
