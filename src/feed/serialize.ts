/**
 * The feed model written back as the JSON feed (docs/feed.md): what `sonnec-feed build` publishes.
 * `validateFeed(toWire(feed))` gives the same model again. Times are written in Berlin's wall
 * time with their offset; all-day events as plain dates with the inclusive last day.
 * The output depends only on the model, so the same sources give the same bytes.
 */
import { addBerlinDays, startOfBerlinDay } from './berlin-time.js';
import { openingHoursToWire } from './opening-hours-fields.js';
import { berlinDate, isoInBerlin } from './sources/wire.js';
import type { Download, Feed, FeedEvent, Image, Location, NewsItem, Place } from './types.js';

type Json = Record<string, unknown>;

export function toWire(feed: Feed): Json {
  return compact({
    version: feed.version,
    title: feed.title,
    updated: feed.updated === undefined ? undefined : isoInBerlin(feed.updated),
    calendars: feed.calendars?.map((c) => compact({ ...c })),
    cities: feed.cities.map((c) => compact({ ...c })),
    events: feed.events.map(event),
    news: feed.news.map(news),
    places: feed.places.map(place),
    downloads: feed.downloads.map(download),
  });
}

function event(e: FeedEvent): Json {
  const day = (epoch: number) => (e.allDay ? berlinDate(epoch) : isoInBerlin(epoch));
  // The model's all-day end is the midnight after the last day; the wire's is that last day.
  const lastDay = e.allDay && e.end !== undefined ? addBerlinDays(e.end, -1) : undefined;
  const end = e.allDay
    ? lastDay !== undefined && lastDay > e.start
      ? berlinDate(lastDay)
      : undefined
    : e.end === undefined
      ? undefined
      : isoInBerlin(e.end);
  return compact({
    id: e.id,
    title: e.title,
    // A series start in a spring-forward gap as its wall time: read back in its zone, it moves
    // forward as before and the series keeps the time (FeedEvent.wallStart).
    start: e.wallStart !== undefined ? floatingIso(e.wallStart) : day(e.start),
    end,
    allDay: e.allDay,
    city: e.city,
    categories: list(e.categories),
    summary: e.summary,
    description: e.description,
    location: e.location && location(e.location),
    url: e.url,
    image: image(e.image),
    organizer: e.organizer,
    price: e.price,
    rrule: e.rrule,
    timeZone: e.timeZone,
    exdates: list(e.exdates.map(day)),
    status: e.status,
  });
}

/** `2026-03-29T02:30:00`: a wall time (floating ms) without offset. */
function floatingIso(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19);
}

function news(n: NewsItem): Json {
  return compact({
    id: n.id,
    title: n.title,
    date: isoInBerlin(n.date),
    city: n.city,
    categories: list(n.categories),
    summary: n.summary,
    body: n.body,
    url: n.url,
    image: image(n.image),
    historicalDate: n.historicalDate === undefined ? undefined : dateOrTime(n.historicalDate),
  });
}

function place(p: Place): Json {
  return compact({
    id: p.id,
    name: p.name,
    kind: p.kind,
    city: p.city,
    lat: p.lat,
    lon: p.lon,
    summary: p.summary,
    address: p.address,
    url: p.url,
    image: image(p.image),
    openingHours: p.openingHours && openingHoursToWire(p.openingHours),
  });
}

function download(d: Download): Json {
  return compact({
    id: d.id,
    title: d.title,
    url: d.url,
    mediaType: d.mediaType,
    bytes: d.bytes,
    language: d.language,
    published: d.published === undefined ? undefined : dateOrTime(d.published),
    summary: d.summary,
    group: d.group,
  });
}

function location(l: Location): Json {
  return compact({ name: l.name, address: l.address, lat: l.lat, lon: l.lon, placeId: l.placeId });
}

/** A decorative image (empty `alt`) is written without `alt`. */
function image(img: Image | undefined): Json | undefined {
  return (
    img && compact({ src: img.src, alt: img.alt === '' ? undefined : img.alt, credit: img.credit })
  );
}

/** Midnight in Berlin is written as a plain date. */
function dateOrTime(epoch: number): string {
  return startOfBerlinDay(epoch) === epoch ? berlinDate(epoch) : isoInBerlin(epoch);
}

function list<T>(values: readonly T[]): readonly T[] | undefined {
  return values.length ? values : undefined;
}

function compact(value: Record<string, unknown>): Json {
  const out: Json = {};
  for (const [key, entry] of Object.entries(value)) if (entry !== undefined) out[key] = entry;
  return out;
}
