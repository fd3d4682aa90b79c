/**
 * A small, pure RRULE expander (RFC 5545) for the events widget (in its chunk) and the map (a
 * lazy part with `show-events`). No dependency: ical.js is reserved for ICS parsing and too heavy
 * here.
 *
 * Supported: FREQ=DAILY|WEEKLY|MONTHLY|YEARLY, INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such
 * as 1FR or -1SA for MONTHLY/YEARLY), BYMONTHDAY (also negative), BYMONTH, BYSETPOS, WKST.
 * Occurrences are computed in the wall time of the series' own zone (Berlin by default), so a
 * weekly event at 19:00 stays at 19:00 across the summer-time switch. DTSTART always counts as the
 * first occurrence (RFC 5545, 3.3.10). A rule we cannot read yields the first occurrence only, and
 * nothing here ever throws.
 */
import { berlinDayKey, civil, DAY_MS, startOfBerlinDay, TIME_ZONE } from './berlin-time.js';
import { parseRule, type ByDay, type Rule } from './recurrence-rule.js';
import { fromZoneWall, toZoneWall } from './zone-time.js';

export { parseRule, WEEKDAYS, type Rule } from './recurrence-rule.js';

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

// ---------------------------------------------------------------------------------------------
// The days of one period, on day numbers (days since 1970-01-01 of the floating calendar)
// ---------------------------------------------------------------------------------------------

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}
function weekdayOf(dayNum: number): number {
  return mod(dayNum + 4, 7); // 1970-01-01 was a Thursday
}
function monthLength(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
}

/** Whether a day is one of BYDAY's; ordinals count within [first, last] (the month or year). */
function matchesByDay(day: number, byDay: readonly ByDay[], first: number, last: number): boolean {
  const weekday = weekdayOf(day);
  return byDay.some(
    (b) =>
      b.weekday === weekday &&
      (b.nth === 0 ||
        (b.nth > 0
          ? Math.floor((day - first) / 7) + 1 === b.nth
          : -Math.floor((last - day) / 7) - 1 === b.nth)),
  );
}

/** Days first…last (inclusive) matching a BYDAY entry; ordinals count within the span. */
function weekdaysIn(first: number, last: number, byDay: ByDay): number[] {
  const firstMatch = first + mod(byDay.weekday - weekdayOf(first), 7);
  const lastMatch = last - mod(weekdayOf(last) - byDay.weekday, 7);
  if (byDay.nth !== 0) {
    const day = byDay.nth > 0 ? firstMatch + 7 * (byDay.nth - 1) : lastMatch + 7 * (byDay.nth + 1);
    return day >= first && day <= last ? [day] : [];
  }
  const out: number[] = [];
  for (let day = firstMatch; day <= last; day += 7) out.push(day);
  return out;
}

/**
 * The days of one month of a MONTHLY or YEARLY rule. BYMONTHDAY expands and BYDAY then limits
 * (RFC 5545, 3.3.10, notes 1 and 2); BYDAY's ordinals count within `scope` (the month, or the
 * year of a YEARLY rule without BYMONTH).
 */
function monthDays(
  rule: Rule,
  year: number,
  month: number,
  startDate: number,
  scope: readonly [number, number],
): number[] {
  const first = dayNumber(year, month, 1);
  const length = monthLength(year, month);
  if (rule.byMonthDay.length > 0) {
    const out: number[] = [];
    for (const d of rule.byMonthDay) {
      const date = d > 0 ? d : length + d + 1;
      const day = first + date - 1;
      if (
        date >= 1 &&
        date <= length &&
        (rule.byDay.length === 0 || matchesByDay(day, rule.byDay, ...scope))
      ) {
        out.push(day);
      }
    }
    return out;
  }
  if (rule.byDay.length > 0) {
    const last = first + length - 1;
    return rule.byDay.flatMap((b) =>
      weekdaysIn(...scope, b).filter((day) => day >= first && day <= last),
    );
  }
  return startDate <= length ? [first + startDate - 1] : []; // the 31st only in long months
}

/** The candidate days of period `n` (unsorted, maybe repeated). */
function periodDays(rule: Rule, n: number, startDay: number): number[] {
  const step = n * rule.interval;
  const [y, m, d] = civil(startDay);
  switch (rule.freq) {
    case 'DAILY': {
      const day = startDay + step;
      const [year, month, date] = civil(day);
      const length = monthLength(year, month);
      const ok =
        (rule.byMonth.length === 0 || rule.byMonth.includes(month)) &&
        (rule.byMonthDay.length === 0 ||
          rule.byMonthDay.some((x) => (x > 0 ? x : length + x + 1) === date)) &&
        (rule.byDay.length === 0 || rule.byDay.some((b) => b.weekday === weekdayOf(day)));
      return ok ? [day] : [];
    }
    case 'WEEKLY': {
      const weekStart = periodStart(rule, n, startDay);
      const weekdays =
        rule.byDay.length > 0 ? rule.byDay.map((b) => b.weekday) : [weekdayOf(startDay)];
      return weekdays
        .map((w) => weekStart + mod(w - rule.wkst, 7))
        .filter((day) => rule.byMonth.length === 0 || rule.byMonth.includes(civil(day)[1]));
    }
    case 'MONTHLY': {
      const index = y * 12 + m - 1 + step;
      const [year, month] = [Math.floor(index / 12), mod(index, 12) + 1];
      if (rule.byMonth.length > 0 && !rule.byMonth.includes(month)) return [];
      const first = dayNumber(year, month, 1);
      return monthDays(rule, year, month, d, [first, first + monthLength(year, month) - 1]);
    }
    case 'YEARLY': {
      const year = y + step;
      const all = rule.byMonthDay.length > 0 || rule.byDay.length > 0;
      const months =
        rule.byMonth.length > 0
          ? rule.byMonth
          : all
            ? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
            : [m];
      const yearScope = [dayNumber(year, 1, 1), dayNumber(year + 1, 1, 1) - 1] as const;
      return months.flatMap((month) => {
        const first = dayNumber(year, month, 1);
        const scope =
          rule.byMonth.length > 0
            ? ([first, first + monthLength(year, month) - 1] as const)
            : yearScope;
        return monthDays(rule, year, month, d, scope);
      });
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
      return startDay - mod(weekdayOf(startDay) - rule.wkst, 7) + 7 * step;
    case 'MONTHLY':
      return dayNumber(y, m + step, 1);
    case 'YEARLY':
      return dayNumber(y + step, 1, 1);
  }
}

/** The days of period `n` in order, each once, BYSETPOS applied. */
function occurrenceDays(rule: Rule, n: number, startDay: number): number[] {
  const days = [...new Set(periodDays(rule, n, startDay))].sort((a, b) => a - b);
  if (rule.bySetPos.length === 0) return days;
  const picked = rule.bySetPos
    .map((p) => days[p > 0 ? p - 1 : days.length + p])
    .filter((d): d is number => d !== undefined);
  // Two positions may pick the same day (1 and -1 of a one-day set): it occurs once.
  return [...new Set(picked)].sort((a, b) => a - b);
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
  /** The series' IANA time zone: it recurs in this zone's wall time (default Europe/Berlin). */
  readonly timeZone?: string | undefined;
  /**
   * The start's wall time in that zone (floating ms) when `start` is not it: a start in a
   * spring-forward gap. The other days keep this time (see FeedEvent.wallStart).
   */
  readonly wallStart?: number | undefined;
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
  // Never throws: an unreadable rule (or a zone Intl does not know) shows the first date.
  try {
    return expandRule(start, rrule ? parseRule(rrule) : null, exdates, from, to, options);
  } catch {
    return expandRule(start, null, exdates, from, to, options);
  }
}

/** As `expandOccurrences`, for a rule already read (null: the first occurrence only). */
export function expandRule(
  start: number,
  rule: Rule | null,
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
  if (!rule) {
    take(start);
    return out;
  }

  const zone = options.timeZone ?? TIME_ZONE;
  const wall = (epoch: number) => toZoneWall(zone, epoch);
  const wallStart = options.wallStart ?? wall(start);
  const startDay = Math.floor(wallStart / DAY_MS);
  const timeOfDay = wallStart - startDay * DAY_MS;
  const fromDay = Math.floor(wall(from - duration) / DAY_MS);
  const toDay = Math.floor(wall(to) / DAY_MS);
  const limit =
    rule.until ?? (rule.untilWall !== undefined ? fromZoneWall(zone, rule.untilWall) : Infinity);
  const limitDay = limit === Infinity ? Infinity : Math.floor(wall(limit) / DAY_MS);

  take(start); // DTSTART is always the first occurrence
  if (rule.count === 1 || start > limit) return out;
  let produced = 1;
  const n0 = firstUsefulPeriod(rule, startDay, fromDay);
  for (let n = n0; n < n0 + MAX_PERIODS; n++) {
    let pastEnd = false;
    for (const day of occurrenceDays(rule, n, startDay)) {
      if (day <= startDay) continue;
      const epoch = fromZoneWall(zone, day * DAY_MS + timeOfDay);
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
