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

let partsFormat: Intl.DateTimeFormat | undefined;
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock fields of an instant in Berlin. */
export function berlinParts(epoch: number): BerlinParts {
  partsFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const out: Record<string, string> = {};
  for (const part of partsFormat.formatToParts(epoch)) out[part.type] = part.value;
  return {
    year: Number(out.year),
    month: Number(out.month),
    day: Number(out.day),
    hour: Number(out.hour),
    minute: Number(out.minute),
    second: Number(out.second),
    weekday: WEEKDAYS[out.weekday ?? 'Sun'] ?? 0,
  };
}

/** Minutes Berlin is ahead of UTC at an instant: 60 in winter, 120 in summer. */
export function berlinOffsetMinutes(epoch: number): number {
  const p = berlinParts(epoch);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(epoch / 1000) * 1000) / 60_000);
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
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const summer = asUtc - 120 * 60_000;
  if (berlinOffsetMinutes(summer) === 120) return summer;
  return asUtc - 60 * 60_000;
}

/** Midnight in Berlin of the day an instant falls on. */
export function startOfBerlinDay(epoch: number): number {
  const p = berlinParts(epoch);
  return berlinWallTime(p.year, p.month, p.day);
}

/** Midnight in Berlin `days` calendar days after the day of `epoch` (DST-safe). */
export function addBerlinDays(epoch: number, days: number): number {
  const p = berlinParts(epoch);
  const shifted = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return berlinWallTime(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** A sortable day key such as `2026-12-06`, in Berlin. */
export function berlinDayKey(epoch: number): string {
  const p = berlinParts(epoch);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export interface ParsedDate {
  readonly epoch: number;
  /** True for a plain date such as `2026-12-24`. */
  readonly dateOnly: boolean;
}

/**
 * Reads an ISO 8601 date or date-time. With an offset it is exact; without one it is read as
 * Berlin wall time (never the visitor's clock). Returns undefined for anything else.
 */
export function parseIsoDate(value: unknown): ParsedDate | undefined {
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
    return { epoch: berlinWallTime(year, month, day, hour, minute, sec), dateOnly: false };
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
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export { DAY_MS };
