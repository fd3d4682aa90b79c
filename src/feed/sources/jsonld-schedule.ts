/**
 * schema.org `Schedule` → the feed's recurrence: `repeatFrequency` (ISO 8601 `P1W`, `P2W`, `P1M`,
 * `P1D`, `P1Y`, or "Weekly"), `byDay` (schema.org days, their URLs, or iCalendar's `MO`),
 * `byMonthDay`, `byMonth`, `byMonthWeek`, `repeatCount`, `startDate`/`endDate` of the series
 * (`endDate` → UNTIL), `startTime`/`endTime` (or `duration`), `exceptDate` → exdates and
 * `scheduleTimezone` (wall times are read in it; another zone than Berlin's is kept as the event's
 * `timeZone`).
 */
import { berlinWallTime, TIME_ZONE } from '../berlin-time.js';
import { fromZoneWall, toZoneWall } from '../zone-time.js';
import { str, strs, type JsonLdGraph, type JsonLdNode } from './jsonld-graph.js';
import { isoInBerlin } from './wire.js';

export interface Recurrence {
  /** Wire format: `2026-12-05` (all-day) or an ISO date-time with offset. */
  readonly start: string;
  readonly end?: string;
  readonly rrule: string;
  readonly exdates: readonly string[];
  readonly timeZone?: string;
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const FREQ_WORDS: Record<string, string> = {
  daily: 'DAILY',
  täglich: 'DAILY',
  weekly: 'WEEKLY',
  wöchentlich: 'WEEKLY',
  monthly: 'MONTHLY',
  monatlich: 'MONTHLY',
  yearly: 'YEARLY',
  annually: 'YEARLY',
  jährlich: 'YEARLY',
};
const FREQ_UNITS: Record<string, string> = { D: 'DAILY', W: 'WEEKLY', M: 'MONTHLY', Y: 'YEARLY' };
const DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?/;
const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;
const DAY_MS = 86_400_000;

type Civil = readonly [number, number, number];
/** Hours, minutes, seconds of a wall-clock time. */
type Clock = readonly [number, number, number];

/** The schedule as our recurrence, or the reason it cannot be one. */
export function scheduleToRecurrence(
  graph: JsonLdGraph,
  schedule: JsonLdNode,
  eventStart: string | undefined,
  eventEnd?: string,
): Recurrence | { reason: string } {
  const frequency = readFrequency(str(graph, schedule, 'repeatFrequency'));
  if (!frequency) return { reason: 'eventSchedule without a readable repeatFrequency' };
  const zone = str(graph, schedule, 'scheduleTimezone') ?? TIME_ZONE;
  if (!validZone(zone)) return { reason: `unknown scheduleTimezone "${zone}"` };

  const byDay = strs(graph, schedule, 'byDay').map(dayCode);
  if (byDay.includes(undefined)) return { reason: 'eventSchedule with an unknown byDay' };
  const weeks = ints(strs(graph, schedule, 'byMonthWeek'), -5, 5);
  const days =
    weeks.length && frequency.freq !== 'WEEKLY' && frequency.freq !== 'DAILY'
      ? weeks.flatMap((w) => byDay.map((d) => `${w}${d!.replace(/^[+-]?\d+/, '')}`))
      : (byDay as string[]);
  const monthDays = ints(strs(graph, schedule, 'byMonthDay'), -31, 31);
  const months = ints(strs(graph, schedule, 'byMonth'), 1, 12);

  const eventWall = wallText(eventStart, zone);
  const firstText = str(graph, schedule, 'startDate') ?? eventWall;
  const first = firstText ? DATE.exec(firstText) : null;
  if (!first) return { reason: 'eventSchedule without startDate' };
  const day = firstMatchingDay([+first[1]!, +first[2]!, +first[3]!], days, monthDays, months);
  const startTime = clock(str(graph, schedule, 'startTime')) ?? clock(eventWall?.split('T')[1]);
  const endTime = clock(str(graph, schedule, 'endTime'));
  const duration = isoDuration(str(graph, schedule, 'duration'));

  let start: string;
  let end: string | undefined;
  if (startTime) {
    const startEpoch = zonedEpoch(day, startTime, zone);
    start = isoInBerlin(startEpoch);
    let endEpoch = endTime ? zonedEpoch(day, endTime, zone) : undefined;
    if (endEpoch !== undefined && endEpoch <= startEpoch) endEpoch += DAY_MS; // ends after midnight
    if (endEpoch === undefined && duration) endEpoch = startEpoch + duration;
    if (endEpoch !== undefined) end = isoInBerlin(endEpoch);
  } else {
    start = dateText(day);
  }

  const parts = [`FREQ=${frequency.freq}`];
  if (frequency.interval > 1) parts.push(`INTERVAL=${frequency.interval}`);
  // Without its own end the series runs as long as the event's span (ODTA's "from … to …").
  const until = untilOf(str(graph, schedule, 'endDate') ?? eventEnd, zone);
  const count = ints(strs(graph, schedule, 'repeatCount'), 1, 10_000)[0];
  if (until) parts.push(`UNTIL=${until}`);
  else if (count !== undefined) parts.push(`COUNT=${count}`);
  if (days.length) parts.push(`BYDAY=${days.join(',')}`);
  if (monthDays.length) parts.push(`BYMONTHDAY=${monthDays.join(',')}`);
  if (months.length) parts.push(`BYMONTH=${months.join(',')}`);

  const exdates = strs(graph, schedule, 'exceptDate')
    .map((d) => exdate(d, zone))
    .filter((d): d is string => d !== undefined);
  return {
    start,
    ...(end && { end }),
    rrule: parts.join(';'),
    exdates,
    ...(zone !== TIME_ZONE && { timeZone: zone }),
  };
}

function readFrequency(value: string | undefined): { freq: string; interval: number } | undefined {
  if (!value) return undefined;
  const word = FREQ_WORDS[value.trim().toLowerCase()];
  if (word) return { freq: word, interval: 1 };
  const m = /^P(\d{1,3})([DWMY])$/i.exec(value.trim());
  if (!m || +m[1]! < 1) return undefined;
  return { freq: FREQ_UNITS[m[2]!.toUpperCase()]!, interval: +m[1]! };
}

/** `https://schema.org/Monday`, `schema:Monday`, `Monday`, `MO`, `1MO` → `MO` / `1MO`. */
function dayCode(value: string): string | undefined {
  const name = value.slice(Math.max(value.lastIndexOf('/'), value.lastIndexOf(':')) + 1);
  const index = DAY_NAMES.indexOf(name.toLowerCase());
  if (index >= 0) return DAYS[index];
  return /^[+-]?\d{0,2}(SU|MO|TU|WE|TH|FR|SA)$/i.test(name) ? name.toUpperCase() : undefined;
}

function ints(list: readonly string[], min: number, max: number): number[] {
  return list.map(Number).filter((n) => Number.isInteger(n) && n !== 0 && n >= min && n <= max);
}

/** `19:00`, `19:00:00` (an offset after it is ignored: times are the schedule zone's). */
function clock(value: string | undefined): Clock | undefined {
  const m = TIME.exec(value ?? '');
  return m ? [+m[1]!, +m[2]!, +(m[3] ?? 0)] : undefined;
}

/** The event's start as wall time in the schedule's zone (an instant, `…Z`, is converted). */
function wallText(eventStart: string | undefined, zone: string): string | undefined {
  if (!eventStart?.includes('T') || !ZONED.test(eventStart.trim())) return eventStart;
  const epoch = Date.parse(eventStart.trim());
  if (Number.isNaN(epoch)) return eventStart;
  return new Date(toZoneWall(zone, epoch)).toISOString().slice(0, 19);
}

/**
 * The first day from `day` on that the rule itself yields: RFC 5545 counts DTSTART as an
 * occurrence even when it does not match, and a schedule's startDate is often just "from".
 */
function firstMatchingDay(
  day: Civil,
  byDay: readonly string[],
  monthDays: readonly number[],
  months: readonly number[],
): Civil {
  const base = Date.UTC(day[0], day[1] - 1, day[2]);
  for (let i = 0; i < 400; i++) {
    const date = new Date(base + i * DAY_MS);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const weekday = date.getUTCDay();
    const dayOk =
      !byDay.length ||
      byDay.some((code) => {
        const match = /^([+-]?\d+)?(\w\w)$/.exec(code)!;
        if (DAYS.indexOf(match[2]!) !== weekday) return false;
        const nth = match[1] ? +match[1] : 0;
        return (
          nth === 0 ||
          (nth > 0 ? Math.ceil(d / 7) === nth : Math.ceil((length - d + 1) / 7) === -nth)
        );
      });
    const monthDayOk =
      !monthDays.length || monthDays.some((n) => (n > 0 ? n : length + n + 1) === d);
    if (dayOk && monthDayOk && (!months.length || months.includes(m))) return [y, m, d];
  }
  return day;
}

function zonedEpoch(day: Civil, [h, min, s]: Clock, zone: string): number {
  if (zone === TIME_ZONE) return berlinWallTime(day[0], day[1], day[2], h, min, s);
  return fromZoneWall(zone, Date.UTC(day[0], day[1] - 1, day[2], h, min, s));
}

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** ISO 8601 `PT2H30M`, `P1D` → milliseconds. */
export function isoDuration(value: string | undefined): number | undefined {
  const m = value && /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i.exec(value.trim());
  if (!m || value === 'P' || value === 'PT') return undefined;
  const ms =
    (+(m[1] ?? 0) * 24 * 60 + +(m[2] ?? 0) * 60 + +(m[3] ?? 0)) * 60_000 + +(m[4] ?? 0) * 1000;
  return ms > 0 ? ms : undefined;
}

/** The series' end as UNTIL: a date covers its whole day; a date-time is written in UTC. */
function untilOf(value: string | undefined, zone: string): string | undefined {
  const date = value ? DATE.exec(value) : null;
  if (!date) return undefined;
  const time = /T(\d{2}:\d{2}(?::\d{2})?)/.exec(value!);
  if (!time) return `${date[1]}${date[2]}${date[3]}`;
  const epoch = instant(value!, zone);
  return epoch === undefined
    ? undefined
    : new Date(epoch)
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
}

function exdate(value: string, zone: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const epoch = instant(value, zone);
  return epoch === undefined ? undefined : isoInBerlin(epoch);
}

/** A date-time: with an offset exact, without one a wall time in the schedule's zone. */
function instant(value: string, zone: string): number | undefined {
  if (ZONED.test(value.trim())) {
    const epoch = Date.parse(value.trim());
    return Number.isNaN(epoch) ? undefined : epoch;
  }
  const date = DATE.exec(value);
  const time = /T(\d{2}:\d{2}(?::\d{2})?)/.exec(value);
  const wall = clock(time?.[1]);
  if (!date || !wall) return undefined;
  return zonedEpoch([+date[1]!, +date[2]!, +date[3]!], wall, zone);
}

function dateText([y, m, d]: Civil): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
