/**
 * "Add to calendar": one event as an RFC 5545 iCalendar file, and links to Google Calendar and
 * Outlook.com. Building them sends nothing anywhere; the visitor chooses whether to follow a link.
 *
 * The file: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character), TEXT
 * values escaped (`\\ ; , \n`), times with `TZID=Europe/Berlin` and its VTIMEZONE, all-day events
 * as `VALUE=DATE` with an exclusive end, a UID and a DTSTAMP in UTC.
 *
 * A series of another zone is written in that zone (`TZID=America/New_York` with a VTIMEZONE made
 * from Intl; UTC as `…Z`): a series recurs in its zone's wall time, so the same RRULE from a
 * DTSTART converted to Berlin (or UTC) would give other dates and times after a summer-time switch
 * that the two zones do not share.
 */
import {
  addBerlinDays,
  berlinParts,
  civil,
  DAY_MS,
  startOfBerlinDay,
  TIME_ZONE,
} from '../feed/berlin-time.js';
import { formatRule } from '../feed/format-rule.js';
import { expandRule, type Rule } from '../feed/recurrence.js';
import { fromZoneWall, toZoneWall } from '../feed/zone-time.js';
import { vtimezone } from './vtimezone.js';

export interface CalendarEntry {
  /** Unique and stable, e.g. the event id with the occurrence's start. */
  readonly uid: string;
  readonly title: string;
  /** Epoch ms. All-day: Berlin midnight of the first day. */
  readonly start: number;
  /** Epoch ms, exclusive. All-day: Berlin midnight after the last day. */
  readonly end?: number | undefined;
  readonly allDay: boolean;
  /** Plain text. */
  readonly description?: string | undefined;
  /** Plain text: place name and address. */
  readonly location?: string | undefined;
  /** Absolute URL. */
  readonly url?: string | undefined;
  /** Written as STATUS:CANCELLED: calendar apps show it cancelled. */
  readonly cancelled?: boolean | undefined;
  /** A series: `start` is its first occurrence; the rest as in the feed (see recurrence.ts). */
  readonly recurrence?:
    | {
        readonly rule: Rule;
        readonly exdates: readonly number[];
        /** The series' zone (FeedEvent.timeZone); Berlin when absent. */
        readonly timeZone?: string | undefined;
        /** FeedEvent.wallStart: the start's wall time when it lies in a spring-forward gap. */
        readonly wallStart?: number | undefined;
      }
    | undefined;
}

const CRLF = '\r\n';
const HOUR = 3_600_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20261206` (Berlin day) */
function icsDate(epoch: number): string {
  const p = berlinParts(epoch);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}`;
}

/** `20261206T190000`: a wall time (floating ms). */
function icsWall(wall: number): string {
  const day = Math.floor(wall / DAY_MS);
  const [y, m, d] = civil(day);
  const s = Math.floor((wall - day * DAY_MS) / 1000);
  return `${pad(y, 4)}${pad(m)}${pad(d)}T${pad(Math.floor(s / 3600))}${pad(Math.floor(s / 60) % 60)}${pad(s % 60)}`;
}

/** A DATE-TIME property in the zone: `DTSTART;TZID=Europe/Berlin:20261206T190000`, or UTC. */
function zoned(name: string, zone: string, epoch: number, wall = toZoneWall(zone, epoch)): string {
  return zone === 'UTC' ? `${name}:${icsUtc(epoch)}` : `${name};TZID=${zone}:${icsWall(wall)}`;
}

/**
 * As `zoned`, for a time that no rule repeats. A wall time that names it unclearly is written in
 * UTC: 02:30 of the night summer time ends occurs twice, and RFC 5545 reads it as the first
 * while calendar libraries such as ical.js take the second.
 */
function exact(name: string, zone: string, epoch: number): string {
  const wall = toZoneWall(zone, epoch);
  const twice = [-HOUR, HOUR].some((d) => toZoneWall(zone, epoch + d) === wall);
  return twice || fromZoneWall(zone, wall) !== epoch
    ? zoned(name, 'UTC', epoch)
    : zoned(name, zone, epoch, wall);
}

/** `20261206T180000Z` */
export function icsUtc(epoch: number): string {
  return new Date(Math.floor(epoch / 1000) * 1000).toISOString().replace(/[-:]|\.\d{3}/g, '');
}

/** Escapes a TEXT value (RFC 5545, 3.3.11); control characters other than newlines are dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const max = out.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > max) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF + ' ');
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The lines a calendar file starts with; `extra` (a calendar's name, its refresh time) follows. */
export function calendarHead(extra: readonly string[] = []): string[] {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Allianz SON.NEC//SON.NEC Widgets//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...extra,
  ];
}

/**
 * The VTIMEZONE an event of `zone` needs (none for UTC). `fromEpoch`: the earliest start it must
 * cover; a zone other than Berlin is read from Intl for that year and ten more.
 */
export function zoneLines(zone: string, fromEpoch: number): readonly string[] {
  if (zone === TIME_ZONE) return VTIMEZONE;
  if (zone === 'UTC') return [];
  const year = civil(Math.floor(fromEpoch / DAY_MS))[0];
  return vtimezone(zone, year - 1, year + 10);
}

/** The zone an entry's times are written in. */
export function entryZone(entry: CalendarEntry): string {
  return entry.recurrence?.timeZone ?? TIME_ZONE;
}

/**
 * The VEVENT of one entry, unfolded. `extra` goes before its end: what a published calendar adds
 * (SEQUENCE, LAST-MODIFIED, CATEGORIES).
 */
export function eventLines(
  entry: CalendarEntry,
  stamp: number,
  extra: readonly string[] = [],
): string[] {
  const zone = entryZone(entry);
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(entry.uid)}`, `DTSTAMP:${icsUtc(stamp)}`];
  if (entry.allDay) {
    lines.push(`DTSTART;VALUE=DATE:${icsDate(entry.start)}`);
    const end = entry.end !== undefined && entry.end > entry.start ? entry.end : undefined;
    if (end !== undefined) lines.push(`DTEND;VALUE=DATE:${icsDate(end)}`);
  } else {
    // A start in a spring-forward gap is written as its wall time: calendars move that day
    // forward and keep the time on the others, as the list does.
    lines.push(
      entry.recurrence
        ? zoned('DTSTART', zone, entry.start, entry.recurrence.wallStart)
        : exact('DTSTART', zone, entry.start),
    );
    if (entry.end !== undefined && entry.end > entry.start) {
      lines.push(exact('DTEND', zone, entry.end));
    }
  }
  if (entry.recurrence) lines.push(...seriesLines(entry, entry.recurrence, zone));
  lines.push(`SUMMARY:${escapeText(entry.title)}`);
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  // A URI is not TEXT: not escaped, but it must hold no line break (the model's URLs cannot).
  if (entry.url && !/[\r\n]/.test(entry.url)) lines.push(`URL:${entry.url}`);
  if (entry.cancelled) lines.push('STATUS:CANCELLED');
  lines.push(...extra, 'END:VEVENT');
  return lines;
}

/** Folded lines with CRLF ends: the text of a calendar file. */
export function icsText(lines: readonly string[]): string {
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** The iCalendar file of one event. `stamp` is the DTSTAMP (default: now). */
export function toIcs(entry: CalendarEntry, stamp = Date.now()): string {
  const lines = calendarHead();
  if (!entry.allDay) lines.push(...zoneLines(entryZone(entry), entry.start));
  lines.push(...eventLines(entry, stamp), 'END:VCALENDAR');
  return icsText(lines);
}

/**
 * RRULE and EXDATE of a series. An EXDATE must name an occurrence's exact start: a plain-date
 * exception of a timed series (which our expander applies to the whole Berlin day) becomes the
 * start of each occurrence on that day.
 */
function seriesLines(
  entry: CalendarEntry,
  { rule, exdates, wallStart }: NonNullable<CalendarEntry['recurrence']>,
  zone: string,
): string[] {
  const untilEpoch =
    rule.until ?? (rule.untilWall !== undefined ? fromZoneWall(zone, rule.untilWall) : undefined);
  // An all-day series writes UNTIL as a DATE, a timed one in UTC (RFC 5545, 3.3.10).
  const until =
    untilEpoch === undefined ? undefined : entry.allDay ? icsDate(untilEpoch) : icsUtc(untilEpoch);
  const lines = [`RRULE:${formatRule(rule, until)}`];
  if (entry.allDay) {
    for (const d of exdates) lines.push(`EXDATE;VALUE=DATE:${icsDate(d)}`);
    return lines;
  }
  for (const d of exdates) {
    const starts =
      startOfBerlinDay(d) === d
        ? expandRule(entry.start, rule, [], d, addBerlinDays(d, 1), { timeZone: zone, wallStart })
        : [d];
    for (const start of starts) lines.push(zoned('EXDATE', zone, start));
  }
  return lines;
}

/** A file name for the download: the title's letters and digits, `.ics`. */
export function icsFileName(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'termin'}.ics`;
}

function linkDates(entry: CalendarEntry): [string, string] {
  if (entry.allDay) {
    const end = entry.end ?? entry.start + 86_400_000;
    return [icsDate(entry.start), icsDate(end)];
  }
  return [icsUtc(entry.start), icsUtc(entry.end ?? entry.start)];
}

/** A Google Calendar "new event" link. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const [start, end] = linkDates(entry);
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: entry.title,
    dates: `${start}/${end}`,
  });
  if (!entry.allDay) params.set('ctz', TIME_ZONE);
  const details = [entry.description, entry.url].filter(Boolean).join('\n\n');
  if (details) params.set('details', details.slice(0, 1500));
  if (entry.location) params.set('location', entry.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}

function isoForOutlook(epoch: number, allDay: boolean): string {
  if (allDay) {
    const d = icsDate(epoch);
    return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  }
  return new Date(Math.floor(epoch / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** An Outlook.com "new event" link. */
export function outlookCalendarUrl(entry: CalendarEntry): string {
  const end = entry.end ?? (entry.allDay ? entry.start + 86_400_000 : entry.start);
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: entry.title,
    startdt: isoForOutlook(entry.start, entry.allDay),
    enddt: isoForOutlook(end, entry.allDay),
    allday: String(entry.allDay),
  });
  const details = [entry.description, entry.url].filter(Boolean).join('\n\n');
  if (details) params.set('body', details.slice(0, 1500));
  if (entry.location) params.set('location', entry.location);
  return `https://outlook.live.com/calendar/0/action/compose?${params}`;
}
