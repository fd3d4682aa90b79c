/**
 * A small, pure RRULE expander (RFC 5545) for the events widget (in its chunk) and the map (a
 * lazy part with `show-events`). No dependency: ical.js is reserved for ICS parsing and too heavy
 * here.
 *
 * Supported: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such
 * as 1FR or -1SA for MONTHLY/YEARLY), BYMONTHDAY (also negative), BYMONTH, BYSETPOS. WKST is
 * ignored (weeks start on Monday). Occurrences are computed in Berlin wall time, so a weekly event
 * at 19:00 stays at 19:00 across the summer-time switch. DTSTART always counts as the first
 * occurrence (RFC 5545, 3.3.10). A rule we cannot read yields the first occurrence only, and
 * nothing here ever throws.
 */
import { berlinDayKey, civil, fromWall, startOfBerlinDay, toWall } from './berlin-time.js';

const DAY_MS = 86_400_000;

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
/** RRULE's weekday codes, by `Date#getDay()` number. */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

interface ByDay {
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  /** 0 = every such weekday of the period; 1 = first, -1 = last, … */
  readonly nth: number;
}

export interface Rule {
  readonly freq: Freq;
  readonly interval: number;
  readonly count?: number;
  /** Epoch ms; occurrences after it are not generated. */
  readonly until?: number;
  readonly byDay: readonly ByDay[];
  readonly byMonthDay: readonly number[];
  readonly byMonth: readonly number[];
  readonly bySetPos: readonly number[];
}

function intList(value: string, min: number, max: number, nonZero = true): number[] | null {
  const out: number[] = [];
  for (const part of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n < min || n > max || (nonZero && n === 0)) return null;
    out.push(n);
  }
  return out;
}

function parseUntil(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return fromWall(Date.UTC(y, mo - 1, d, 23, 59, 59)); // the whole day
  const time = Date.UTC(y, mo - 1, d, Number(m[4]), Number(m[5]), Number(m[6]));
  return m[7] ? time : fromWall(time);
}

/** Reads an RRULE value (with or without the `RRULE:` prefix); null when unsupported. */
export function parseRule(text: string): Rule | null {
  const parts = new Map<string, string>();
  for (const piece of text
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    if (!piece) continue;
    const eq = piece.indexOf('=');
    if (eq <= 0) return null;
    const key = piece.slice(0, eq).toUpperCase();
    if (parts.has(key)) return null;
    parts.set(key, piece.slice(eq + 1).toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    return null;
  }
  const known = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH'];
  for (const key of parts.keys()) {
    if (!known.includes(key) && key !== 'BYSETPOS' && key !== 'WKST') return null;
  }
  const interval = parts.has('INTERVAL') ? Number(parts.get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 1000) return null;
  let count: number | undefined;
  if (parts.has('COUNT')) {
    count = Number(parts.get('COUNT'));
    if (!Number.isInteger(count) || count < 1) return null;
  }
  let until: number | undefined;
  if (parts.has('UNTIL')) {
    until = parseUntil(parts.get('UNTIL')!);
    if (until === undefined || count !== undefined) return null;
  }
  const byDay: ByDay[] = [];
  if (parts.has('BYDAY')) {
    for (const entry of parts.get('BYDAY')!.split(',')) {
      const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(entry);
      if (!m) return null;
      const nth = m[1] ? Number(m[1]) : 0;
      if (nth !== 0 && (freq === 'DAILY' || freq === 'WEEKLY')) return null;
      if (Math.abs(nth) > 53 || (m[1] && nth === 0)) return null;
      byDay.push({ weekday: WEEKDAYS.indexOf(m[2]!), nth });
    }
  }
  const byMonthDay = parts.has('BYMONTHDAY') ? intList(parts.get('BYMONTHDAY')!, -31, 31) : [];
  const byMonth = parts.has('BYMONTH') ? intList(parts.get('BYMONTH')!, 1, 12) : [];
  const bySetPos = parts.has('BYSETPOS') ? intList(parts.get('BYSETPOS')!, -366, 366) : [];
  if (!byMonthDay || !byMonth || !bySetPos) return null;
  return {
    freq,
    interval,
    ...(count !== undefined && { count }),
    ...(until !== undefined && { until }),
    byDay,
    byMonthDay,
    byMonth,
    bySetPos,
  };
}

// ---------------------------------------------------------------------------------------------
// Expansion, on day numbers (days since 1970-01-01 of the floating calendar)
// ---------------------------------------------------------------------------------------------

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}
function weekdayOf(dayNum: number): number {
  return mod(dayNum + 4, 7); // 1970-01-01 was a Thursday
}
function monthOf(dayNum: number): number {
  return civil(dayNum)[1];
}
function monthLength(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}
/** Day of the month, and the month's length. */
function monthDayOf(dayNum: number): [number, number] {
  const [y, m, d] = civil(dayNum);
  return [d, monthLength(y, m)];
}

/** Days first…last (inclusive) matching a BYDAY entry; ordinals count within the span. */
function weekdaysIn(first: number, last: number, byDay: ByDay): number[] {
  const firstMatch = first + mod(byDay.weekday - weekdayOf(first), 7);
  if (byDay.nth > 0) {
    const day = firstMatch + 7 * (byDay.nth - 1);
    return day <= last ? [day] : [];
  }
  if (byDay.nth < 0) {
    const lastMatch = last - mod(weekdayOf(last) - byDay.weekday, 7);
    const day = lastMatch + 7 * (byDay.nth + 1);
    return day >= first ? [day] : [];
  }
  const out: number[] = [];
  for (let day = firstMatch; day <= last; day += 7) out.push(day);
  return out;
}

function monthDaysIn(year: number, month: number, byMonthDay: readonly number[]): number[] {
  const length = monthLength(year, month);
  const out: number[] = [];
  for (const d of byMonthDay) {
    const day = d > 0 ? d : length + d + 1;
    if (day >= 1 && day <= length) out.push(dayNumber(year, month, day));
  }
  return out;
}

function matchesMonthDay(dayNum: number, byMonthDay: readonly number[]): boolean {
  if (byMonthDay.length === 0) return true;
  const [day, length] = monthDayOf(dayNum);
  return byMonthDay.some((d) => (d > 0 ? d : length + d + 1) === day);
}

function matchesWeekday(dayNum: number, byDay: readonly ByDay[]): boolean {
  return byDay.length === 0 || byDay.some((b) => b.weekday === weekdayOf(dayNum));
}

/** Candidate days of one month for MONTHLY (and YEARLY with BYMONTH). */
function monthCandidates(year: number, month: number, rule: Rule, startDay: number): number[] {
  const first = dayNumber(year, month, 1);
  const last = dayNumber(year, month + 1, 1) - 1;
  if (rule.byMonthDay.length > 0) {
    return monthDaysIn(year, month, rule.byMonthDay).filter((d) => matchesWeekday(d, rule.byDay));
  }
  if (rule.byDay.length > 0) return rule.byDay.flatMap((b) => weekdaysIn(first, last, b));
  const [day] = monthDayOf(startDay);
  return day <= last - first + 1 ? [first + day - 1] : [];
}

function periodCandidates(rule: Rule, n: number, startDay: number): number[] {
  const step = n * rule.interval;
  switch (rule.freq) {
    case 'DAILY': {
      const day = startDay + step;
      return matchesWeekday(day, rule.byDay) && matchesMonthDay(day, rule.byMonthDay) ? [day] : [];
    }
    case 'WEEKLY': {
      const monday = startDay - mod(weekdayOf(startDay) - 1, 7) + 7 * step;
      const days =
        rule.byDay.length > 0
          ? rule.byDay.map((b) => monday + mod(b.weekday - 1, 7))
          : [monday + mod(weekdayOf(startDay) - 1, 7)];
      return days.filter((d) => matchesMonthDay(d, rule.byMonthDay));
    }
    case 'MONTHLY': {
      const [y, m] = civil(startDay);
      const index = y * 12 + m - 1 + step;
      return monthCandidates(Math.floor(index / 12), mod(index, 12) + 1, rule, startDay);
    }
    case 'YEARLY': {
      const [startYear, startMonth, startDate] = civil(startDay);
      const year = startYear + step;
      if (rule.byMonth.length > 0) {
        return rule.byMonth.flatMap((m) => monthCandidates(year, m, rule, startDay));
      }
      if (rule.byMonthDay.length > 0) {
        const out: number[] = [];
        for (let m = 1; m <= 12; m++) {
          for (const d of monthDaysIn(year, m, rule.byMonthDay)) {
            if (matchesWeekday(d, rule.byDay)) out.push(d);
          }
        }
        return out;
      }
      if (rule.byDay.length > 0) {
        const first = dayNumber(year, 1, 1);
        const last = dayNumber(year + 1, 1, 1) - 1;
        return rule.byDay.flatMap((b) => weekdaysIn(first, last, b));
      }
      // 29 February only in leap years.
      return startDate <= monthLength(year, startMonth)
        ? [dayNumber(year, startMonth, startDate)]
        : [];
    }
  }
}

/** The first day of period `n` (its candidates all fall on or after it). */
function periodStart(rule: Rule, n: number, startDay: number): number {
  const step = n * rule.interval;
  const [y, m] = civil(startDay);
  switch (rule.freq) {
    case 'DAILY':
      return startDay + step;
    case 'WEEKLY':
      return startDay - mod(weekdayOf(startDay) - 1, 7) + 7 * step;
    case 'MONTHLY':
      return dayNumber(y, m + step, 1);
    case 'YEARLY':
      return dayNumber(y + step, 1, 1);
  }
}

/** The index of the first period that can reach `fromDay` (rules without COUNT only). */
function firstUsefulPeriod(rule: Rule, startDay: number, fromDay: number): number {
  if (rule.count !== undefined || fromDay <= startDay) return 0;
  const span = fromDay - startDay;
  // With the longest possible period (31-day months, leap years), every skipped period ends
  // before `fromDay`.
  const periodDays = { DAILY: 1, WEEKLY: 7, MONTHLY: 31, YEARLY: 366 }[rule.freq];
  return Math.max(0, Math.floor(span / (periodDays * rule.interval)) - 2);
}

export interface ExpandOptions {
  /** Milliseconds an occurrence lasts: one that started before `from` but still runs is kept. */
  readonly duration?: number;
  /** Upper bound for occurrences returned (default 1,000). */
  readonly maxOccurrences?: number;
}

/** Periods iterated per event at most: a hard cap against rules that never produce anything. */
export const MAX_PERIODS = 20_000;

/**
 * The start instants of an event's occurrences that overlap [from, to), in order, with the
 * exception dates removed. `exdates` match an occurrence's exact start, or its Berlin day when
 * the exception date is a plain date (Berlin midnight).
 */
export function expandOccurrences(
  start: number,
  rrule: string | undefined,
  exdates: readonly number[],
  from: number,
  to: number,
  options: ExpandOptions = {},
): number[] {
  const duration = Math.max(0, options.duration ?? 0);
  const max = options.maxOccurrences ?? 1000;
  const excluded = new Set(exdates);
  const excludedDays = new Set(
    exdates.filter((d) => startOfBerlinDay(d) === d).map((d) => berlinDayKey(d)),
  );
  const out: number[] = [];
  const take = (epoch: number): void => {
    if (excluded.has(epoch) || (excludedDays.size > 0 && excludedDays.has(berlinDayKey(epoch)))) {
      return;
    }
    if (epoch < to && (epoch >= from || epoch + duration > from)) out.push(epoch);
  };

  const rule = rrule ? safeParse(rrule) : null;
  if (!rule) {
    take(start);
    return out;
  }

  const wallStart = toWall(start);
  const startDay = Math.floor(wallStart / DAY_MS);
  const timeOfDay = wallStart - startDay * DAY_MS;
  const fromDay = Math.floor(toWall(from - duration) / DAY_MS);
  const toDay = Math.floor(toWall(to) / DAY_MS);
  const limit = rule.until ?? Infinity;
  const limitDay = rule.until !== undefined ? Math.floor(toWall(rule.until) / DAY_MS) : Infinity;

  take(start); // DTSTART is always the first occurrence
  if (rule.count === 1 || start > limit) return out;
  let produced = 1;
  const n0 = firstUsefulPeriod(rule, startDay, fromDay);
  for (let n = n0; n < n0 + MAX_PERIODS; n++) {
    let days = periodCandidates(rule, n, startDay);
    if (rule.byMonth.length > 0 && rule.freq !== 'YEARLY') {
      days = days.filter((d) => rule.byMonth.includes(monthOf(d)));
    }
    days = [...new Set(days)].sort((a, b) => a - b);
    if (rule.bySetPos.length > 0) {
      const all = days;
      days = rule.bySetPos
        .map((p) => all[p > 0 ? p - 1 : all.length + p])
        .filter((d): d is number => d !== undefined)
        .sort((a, b) => a - b);
    }
    let pastEnd = false;
    for (const day of days) {
      if (day <= startDay) continue;
      const epoch = fromWall(day * DAY_MS + timeOfDay);
      if (epoch > limit || day > toDay + 1) {
        pastEnd = true;
        break;
      }
      produced++;
      take(epoch);
      if ((rule.count !== undefined && produced >= rule.count) || out.length >= max) {
        pastEnd = true;
        break;
      }
    }
    // A period that starts after the range (or UNTIL) can hold no occurrence in it.
    if (pastEnd || periodStart(rule, n, startDay) > Math.min(toDay, limitDay) + 1) break;
  }
  return out;
}

function safeParse(rrule: string): Rule | null {
  try {
    return parseRule(rrule);
  } catch {
    return null;
  }
}
