/**
 * Europe/Berlin calendar arithmetic on epoch milliseconds.
 * The region's clock is Berlin's, whatever the visitor's device says, so nothing here
 * uses the local time zone of the browser.
 */
export const TIME_ZONE = 'Europe/Berlin';

export const DAY_MS = 86_400_000;

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

/** Minutes `zone` is ahead of UTC at an instant, from Intl (slow: ~2 µs a call). */
export function intlOffsetMinutes(epoch: number, zone = TIME_ZONE): number {
  // "12/6/2026, 19:00:00": month, day, year, hour, minute, second (en-US, as zoneFormat asks).
  const [mo, d, y, h, mi, s] = zoneFormat(zone).format(epoch).match(/\d+/g)!.map(Number);
  const asUtc = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 60_000);
}

// ---------------------------------------------------------------------------------------------
// Fast Berlin offsets. Validating and listing 10,000 events needs tens of thousands of offsets,
// and Intl costs microseconds a call. The EU rule (summer time from the last Sunday of March to
// the last Sunday of October, 01:00 UTC) is checked against Intl once per year; a year where
// Intl disagrees (the rule was changed or abolished) uses Intl for every instant.
// ---------------------------------------------------------------------------------------------

const summerSpans = new Map<number, readonly number[] | null>();

/** 01:00 UTC of the last Sunday of `month` (1-based). */
function lastSunday(year: number, month: number): number {
  const lastDay = Date.UTC(year, month, 0) / DAY_MS;
  return (lastDay - weekdayOfDay(lastDay)) * DAY_MS + 3_600_000;
}

/** The EU summer time of `year` as [start, end), or null where Intl disagrees with the rule. */
function summerSpan(year: number): readonly number[] | null {
  let span = summerSpans.get(year);
  if (span === undefined) {
    const start = lastSunday(year, 3);
    const end = lastSunday(year, 10);
    // Winter before each switch and in January, summer from the first and up to the second.
    const ok = [start - 1000, end, Date.UTC(year, 0, 15), start, end - 1000].every(
      (t, i) => intlOffsetMinutes(t) === (i < 3 ? 60 : 120),
    );
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
 * (H. Hinnant's civil_from_days): a third of the time `Date`'s UTC getters take, and lists ask
 * by the ten thousand.
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
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

/** Minutes Berlin is ahead of UTC at an instant (60 or 120), without Intl in the common case. */
export function berlinOffset(epoch: number): number {
  const span = summerSpan(civil(Math.floor(epoch / DAY_MS))[0]);
  return !span ? intlOffsetMinutes(epoch) : epoch >= span[0]! && epoch < span[1]! ? 120 : 60;
}

export { berlinOffset as berlinOffsetMinutes };

/** The Berlin wall clock of an instant, as milliseconds of a UTC-based calendar ("floating"). */
export function toWall(epoch: number): number {
  return epoch + berlinOffset(epoch) * 60_000;
}

/**
 * The instant of a Berlin wall time given as floating milliseconds. Berlin is UTC+1 (CET) or
 * UTC+2 (CEST): in the autumn overlap the earlier instant wins; a time in the spring gap is read
 * as CET, which moves it forward by the gap, as calendars do.
 */
export function fromWall(wall: number): number {
  const summer = wall - 7_200_000;
  return berlinOffset(summer) === 120 ? summer : wall - 3_600_000;
}

/** The wall-clock fields of an instant in Berlin. */
export function berlinParts(epoch: number): BerlinParts {
  const wall = Math.floor(toWall(epoch) / 1000);
  const dayNum = Math.floor(wall / 86_400);
  const [year, month, day] = civil(dayNum);
  const seconds = wall - dayNum * 86_400;
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

/** The instant of a Berlin wall-clock time (as `fromWall`). */
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

/** Midnight in Berlin `days` calendar days after the day of `epoch` (DST-safe). */
export function addBerlinDays(epoch: number, days: number): number {
  return fromWall((Math.floor(toWall(epoch) / DAY_MS) + days) * DAY_MS);
}

/** Midnight in Berlin of the day an instant falls on. */
export function startOfBerlinDay(epoch: number): number {
  return addBerlinDays(epoch, 0);
}

const dayKeys = new Map<number, string>();

/** A sortable day key such as `2026-12-06`, in Berlin; cached, since lists ask it per item. */
export function berlinDayKey(epoch: number): string {
  const dayNum = Math.floor(toWall(epoch) / DAY_MS);
  let key = dayKeys.get(dayNum);
  if (key === undefined) {
    key = civil(dayNum)
      .map((n, i) => String(n).padStart(i ? 2 : 4, '0'))
      .join('-');
    if (dayKeys.size > 5000) dayKeys.clear();
    dayKeys.set(dayNum, key);
  }
  return key;
}

const ISO =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(Z|([+-])(\d\d)(?::?(\d\d))?)?)?$/i;

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
  const m = typeof value === 'string' && value.length <= 40 && ISO.exec(value.trim());
  if (!m) return undefined;
  const month = +m[2]!;
  const day = +m[3]!;
  const minute = +(m[5] ?? 0);
  const sec = +(m[6] ?? 0);
  const dayNum = Date.UTC(+m[1]!, month - 1, day) / DAY_MS;
  const seconds = +(m[4] ?? 0) * 3600 + minute * 60 + sec;
  // A day or month out of range rolls over into another month; 24:00 is the day's end.
  const [, m2, d2] = civil(dayNum);
  if (m2 !== month || d2 !== day || minute > 59 || sec > 60 || seconds > 86_400) return undefined;
  const wall = dayNum * DAY_MS + seconds * 1000;
  if (m[4] === undefined) return { epoch: fromWall(wall), dateOnly: true };
  if (m[7] === undefined) return { epoch: fromWallTime(wall), dateOnly: false, wall };
  // Z, or the sign, hours and minutes of an offset.
  const offset = m[8] ? Number(m[8] + 1) * (Number(m[9]) * 60 + Number(m[10] ?? 0)) : 0;
  return { epoch: wall - offset * 60_000, dateOnly: false };
}
