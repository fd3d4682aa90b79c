/**
 * schema.org `Event` objects for the JSON-LD of the visible occurrences (`structured-data`).
 * Loaded only when a widget has `structured-data`.
 */
import { isoDay } from '../../internal/format.js';
import { writeStructuredData } from '../../internal/structured-data.js';
import { localText, type Lang } from '../../internal/i18n.js';
import { datetimeAttr, isoDateTime, lastDay } from './event-time.js';
import type { Occurrence } from './events-query.js';

function absolute(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:'
      ? resolved.href
      : undefined;
  } catch {
    return undefined;
  }
}

/** The feed's `status` as schema.org's `EventStatusType`. */
const STATUS = {
  scheduled: 'EventScheduled',
  cancelled: 'EventCancelled',
  postponed: 'EventPostponed',
  rescheduled: 'EventRescheduled',
  'moved-online': 'EventMovedOnline',
} as const;

export function schemaEvent(o: Occurrence, lang: Lang, base: string): Record<string, unknown> {
  const e = o.event;
  const out: Record<string, unknown> = {
    '@type': 'Event',
    name: localText(e.title, lang),
    startDate: datetimeAttr(o),
    eventStatus: `https://schema.org/${STATUS[e.status ?? 'scheduled']}`,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: lang,
  };
  if (o.end !== undefined) {
    const last = lastDay(o);
    out.endDate = e.allDay ? isoDay(last ?? o.start) : isoDateTime(o.end);
  }
  if (e.summary !== undefined) out.description = localText(e.summary, lang);
  if (e.location) {
    out.location = {
      '@type': 'Place',
      name: localText(e.location.name, lang),
      ...(e.location.address !== undefined && { address: localText(e.location.address, lang) }),
      ...(e.location.lat !== undefined && {
        geo: { '@type': 'GeoCoordinates', latitude: e.location.lat, longitude: e.location.lon },
      }),
    };
  }
  const image = absolute(e.image?.src, base);
  if (image) out.image = image;
  const url = absolute(e.url, base);
  if (url) out.url = url;
  if (e.organizer !== undefined) {
    out.organizer = { '@type': 'Organization', name: localText(e.organizer, lang) };
  }
  return out;
}

/** Writes the JSON-LD of the shown occurrences into the host's light DOM. */
export function writeEventsJsonLd(
  host: Element,
  items: readonly Occurrence[],
  lang: Lang,
  base: string,
): void {
  writeStructuredData(
    host,
    items.map((o) => schemaEvent(o, lang, base)),
  );
}
