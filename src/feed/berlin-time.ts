/**
 * Europe/Berlin calendar arithmetic on epoch milliseconds.
 * The region's clock is Berlin's, whatever the visitor's device says, so nothing here
 * uses the local time zone of the browser.
 */
export const TIME_ZONE = 'Europe/Berlin';

const DAY_MS = 86_400_000;

export interface BerlinParts {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter of the wall-clock fields in `zone`; throws for a zone Intl does not know. */
export function zoneFormat(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** Minutes `zone` is ahead of UTC at an instant, from Intl (slow: ~5 µs a call). */
export function intlOffsetMinutes(epoch: number, zone = TIME_ZONE): number {
  const p: Record<string, number> = {};
  for (const part of zoneFormat(zone).formatToParts(epoch)) p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 60_000);
}

// ---------------------------------------------------------------------------------------------
// Fast Berlin offsets. Validating and listing 10,000 events needs tens of thousands of offsets,
// and Intl costs microseconds a call. The EU rule (summer time from the last Sunday of March to
// the last Sunday of October, 01:00 UTC) is checked against Intl once per year; a year where
// Intl disagrees (the rule was changed or abolished) uses Intl for every instant.
// ---------------------------------------------------------------------------------------------

const summerSpans = new Map<number, readonly [number, number] | null>();

function lastSundayUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0) / DAY_MS; // last day of `month` (1-based)
  return (lastDay - weekdayOfDay(lastDay)) * DAY_MS + 3_600_000; // 01:00 UTC
}

function summerSpan(year: number): readonly [number, number] | null {
  let span = summerSpans.get(year);
  if (span === undefined) {
    const start = lastSundayUtc(year, 3);
    const end = lastSundayUtc(year, 10);
    const ok =
      intlOffsetMinutes(start - 1000) === 60 &&
      intlOffsetMinutes(start) === 120 &&
      intlOffsetMinutes(end - 1000) === 120 &&
      intlOffsetMinutes(end) === 60 &&
      intlOffsetMinutes(Date.UTC(year, 0, 15)) === 60;
    span = ok ? [start, end] : null;
    summerSpans.set(year, span);
  }
  return span;
}

/** 0 = Sunday … 6 = Saturday, of a day number (days since 1970-01-01, a Thursday). */
function weekdayOfDay(dayNum: number): number {
  return (((dayNum + 4) % 7) + 7) % 7;
}

/**
 * Year, month (1–12) and day of a day number (days since 1970-01-01), by integer arithmetic
 * (H. Hinnant's civil_from_days): in Chromium, `Date` methods cost tens of microseconds each
 * when called by the ten thousand.
 */
export function civil(dayNum: number): [number, number, number] {
  const z = dayNum + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Minutes Berlin is ahead of UTC at an instant (60 or 120), without Intl in the common case. */
export function berlinOffset(epoch: number): number {
  const span = summerSpan(civil(Math.floor(epoch / DAY_MS))[0]);
  if (!span) return intlOffsetMinutes(epoch);
  return epoch >= span[0] && epoch < span[1] ? 120 : 60;
}

/** The Berlin wall clock of an instant, as milliseconds of a UTC-based calendar ("floating"). */
export function toWall(epoch: number): number {
  return epoch + berlinOffset(epoch) * 60_000;
}

/**
 * The instant of a Berlin wall time given as floating milliseconds. In the autumn overlap the
 * earlier instant wins; a time in the spring gap moves forward by the gap (as `berlinWallTime`).
 */
export function fromWall(wall: number): number {
  const summer = wall - 120 * 60_000;
  return berlinOffset(summer) === 120 ? summer : wall - 60 * 60_000;
}

/** The wall-clock fields of an instant in Berlin. */
export function berlinParts(epoch: number): BerlinParts {
  const wall = Math.floor(toWall(epoch) / 1000) * 1000;
  const dayNum = Math.floor(wall / DAY_MS);
  const [year, month, day] = civil(dayNum);
  const seconds = (wall - dayNum * DAY_MS) / 1000;
  return {
    year,
    month,
    day,
    hour: Math.floor(seconds / 3600),
    minute: Math.floor(seconds / 60) % 60,
    second: seconds % 60,
    weekday: weekdayOfDay(dayNum),
  };
}

/** Minutes Berlin is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function berlinOffsetMinutes(epoch: number): number {
  return berlinOffset(epoch);
}

/**
 * The instant of a Berlin wall-clock time. Berlin is UTC+1 (CET) or UTC+2 (CEST), so the two
 * candidates are tried: in the autumn overlap the earlier instant wins; a time in the spring gap
 * is read as CET, which moves it forward by the gap, as calendars do.
 */
export function berlinWallTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  return fromWall(Date.UTC(year, month - 1, day, hour, minute, second));
}

/** Midnight in Berlin of the day an instant falls on. */
export function startOfBerlinDay(epoch: number): number {
  return fromWall(Math.floor(toWall(epoch) / DAY_MS) * DAY_MS);
}

/** Midnight in Berlin `days` calendar days after the day of `epoch` (DST-safe). */
export function addBerlinDays(epoch: number, days: number): number {
  return fromWall((Math.floor(toWall(epoch) / DAY_MS) + days) * DAY_MS);
}

const dayKeys = new Map<number, string>();

/** A sortable day key such as `2026-12-06`, in Berlin; cached, since lists ask it per item. */
export function berlinDayKey(epoch: number): string {
  const dayNum = Math.floor(toWall(epoch) / DAY_MS);
  let key = dayKeys.get(dayNum);
  if (key === undefined) {
    const [y, m, d] = civil(dayNum);
    key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (dayKeys.size > 5000) dayKeys.clear();
    dayKeys.set(dayNum, key);
  }
  return key;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export interface ParsedDate {
  readonly epoch: number;
  /** True for a plain date such as `2026-12-24`. */
  readonly dateOnly: boolean;
  /** A date-time without offset: its wall time as written (floating ms). */
  readonly wall?: number;
}

/**
 * Reads an ISO 8601 date or date-time. With an offset it is exact; without one it is read as
 * Berlin wall time (never the visitor's clock), or by `fromWallTime` (the wall time of another
 * zone; plain dates stay Berlin days). Returns undefined for anything else.
 */
export function parseIsoDate(
  value: unknown,
  fromWallTime: (wall: number) => number = fromWall,
): ParsedDate | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const m = ISO.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (m[4] === undefined) return { epoch: berlinWallTime(year, month, day), dateOnly: true };
  const [hour, minute, sec] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 24 || minute > 59 || sec > 60 || (hour === 24 && (minute > 0 || sec > 0))) {
    return undefined;
  }
  const zone = m[7];
  if (zone === undefined) {
    const wall = Date.UTC(year, month - 1, day, hour, minute, sec);
    return { epoch: fromWallTime(wall), dateOnly: false, wall };
  }
  let offset = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
  }
  return {
    epoch: Date.UTC(year, month - 1, day, hour, minute, sec) - offset * 60_000,
    dateOnly: false,
  };
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

export { DAY_MS };
