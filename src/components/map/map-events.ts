/**
 * Upcoming events as map items, with their date line: loaded only by maps with `show-events`
 * (beside the feed, see sonnec-map.ts), so that a map of places carries none of it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { startOfBerlinDay } from '../../feed/berlin-time.js';
import type { expandOccurrences } from '../../feed/recurrence.js';
import type { FeedEvent } from '../../feed/types.js';
import {
  formatShortWeekdayDate,
  formatTime,
  formatWeekdayDate,
  isoDay,
} from '../../internal/format.js';
import { defineMessages, type Lang } from '../../internal/i18n.js';
import type { MapItem } from './map-types.js';

export type Expand = typeof expandOccurrences;

const YEAR = 366 * 86_400_000;

/** The date line's texts: here, not in map.messages.ts, so that a map of places carries none. */
const messages = defineMessages({
  de: {
    allDay: 'ganztägig',
    time: (t: string) => `${t} Uhr`,
    /** A multi-day event that has begun: "Läuft bis So., 6. Dez." */
    runsUntil: (last: string) => `Läuft bis ${last}`,
    /** A multi-day event still to come: "Freitag, 27. November 2026 bis So., 6. Dez." */
    fromTo: (first: string, last: string) => `${first} bis ${last}`,
  },
  en: {
    allDay: 'all day',
    time: (t: string) => t,
    runsUntil: (last: string) => `Running until ${last}`,
    fromTo: (first: string, last: string) => `${first} to ${last}`,
  },
});

/** The start of an event's next occurrence that has not ended by `now`, within a year; or undefined. */
export function nextStart(event: FeedEvent, now: number, expand?: Expand): number | undefined {
  const duration = (event.end ?? event.start) - event.start;
  if (!event.rrule || !expand) return event.start + duration >= now ? event.start : undefined;
  return expand(event.start, event.rrule, event.exdates, now, now + YEAR, {
    duration,
    maxOccurrences: 1,
    timeZone: event.timeZone,
    wallStart: event.wallStart,
  })[0];
}

function eventItem(event: FeedEvent, now: number, expand?: Expand): MapItem | undefined {
  const { location } = event;
  if (location?.lat === undefined || location.lon === undefined) return undefined;
  const start = nextStart(event, now, expand);
  if (start === undefined) return undefined; // over, or no occurrence within a year
  const item: MapItem = {
    key: `event:${event.id}`,
    kind: 'event',
    city: event.city,
    lat: location.lat,
    lon: location.lon,
    name: event.title,
    summary: event.summary,
    address: location.name,
    url: event.url,
    image: event.image,
    start,
    end: event.end === undefined ? undefined : start + (event.end - event.start),
    allDay: event.allDay,
    running: start <= now,
    item: event,
    when: (lang) => when(item, lang),
  };
  return item;
}

/**
 * The events that have coordinates and an occurrence still to come (or running) at `now`,
 * soonest first. Without `expand` a series shows only if its first date is still to come.
 */
export function upcomingEvents(
  events: readonly FeedEvent[],
  now: number,
  expand?: Expand,
): MapItem[] {
  return events
    .map((event) => eventItem(event, now, expand))
    .filter((item): item is MapItem => item !== undefined)
    .sort((a, b) => a.start! - b.start!);
}

/** The last day of an event that ends on a later day than it starts (its end is exclusive). */
function lastDay(item: MapItem): number | undefined {
  if (item.start === undefined || item.end === undefined) return undefined;
  const last = startOfBerlinDay(item.end - 1);
  return last > startOfBerlinDay(item.start) ? last : undefined;
}

/**
 * "Freitag, 4. Dezember 2026, 16:00 Uhr" (Berlin time). An event over several days says until
 * when: "Läuft bis So., 6. Dez." once it has begun, else
 * "Freitag, 27. November 2026 bis So., 6. Dez.".
 */
export function when(item: MapItem, lang: Lang): TemplateResult | typeof nothing {
  if (item.start === undefined) return nothing;
  const t = messages[lang];
  const last = lastDay(item);
  const endTime = item.allDay || item.end === undefined ? '' : `, ${t.time(formatTime(item.end))}`;
  if (last !== undefined && item.running) {
    return html`<time datetime=${isoDay(last)}
      >${t.runsUntil(formatShortWeekdayDate(last, lang) + endTime)}</time
    >`;
  }
  const date = formatWeekdayDate(item.start, lang, true);
  const time = item.allDay ? t.allDay : t.time(formatTime(item.start, lang));
  const datetime = item.allDay ? isoDay(item.start) : new Date(item.start).toISOString();
  if (last !== undefined) {
    const first = item.allDay ? date : `${date}, ${time}`;
    return html`<time datetime=${datetime}
      >${t.fromTo(first, formatShortWeekdayDate(last, lang) + endTime)}</time
    >`;
  }
  return html`<time datetime=${datetime}>${date}, ${time}</time>`;
}
