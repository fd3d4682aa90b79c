/**
 * Is a place open? Its opening hours, its town's public holidays and an instant give the state a
 * visitor reads ("open until 17:00", "closed today: public holiday", "opens tomorrow at 10:00",
 * "seasonal break") and the instant that state next changes. Berlin wall time throughout, so
 * the clock-change days come out right. Pure: no DOM, no Intl.
 */
import { civil, DAY_MS, fromWall, toWall } from './berlin-time.js';
import { holidayOn, type Holiday } from './holidays.js';
import type { CityId, OpeningHours, OpeningSpan, WeeklyHours } from './types.js';

export type OpeningState =
  /** Open now; `until` is the closing instant (after midnight for a late night). */
  | { readonly kind: 'open'; readonly until: number }
  /** Closed all today because of a public holiday of the place's town. */
  | { readonly kind: 'holiday'; readonly holiday: Holiday }
  /** Closed now; opens at `at`: later today, tomorrow, within the week, or later. */
  | {
      readonly kind: 'opens';
      readonly at: number;
      readonly day: 'today' | 'tomorrow' | 'week' | 'later';
    }
  /** Out of season; `lastDay` is Berlin midnight of the break's last day. */
  | { readonly kind: 'season-break'; readonly lastDay: number }
  /** Closed, and no opening is known within a year. */
  | { readonly kind: 'closed' };

export interface OpeningStateAt {
  readonly state: OpeningState;
  /** When the state (or its wording) changes next: a kiosk updates then. */
  readonly changesAt: number;
}

interface DayPlan {
  readonly spans: readonly OpeningSpan[];
  /** The holiday that closes the place this day (it would be open otherwise). */
  readonly closedFor?: Holiday;
  /** No weekly rule's season covers the day (and no special day does). */
  readonly seasonBreak: boolean;
}

/** How far ahead the next opening is searched for (a winter break is months long). */
const LOOK_AHEAD_DAYS = 400;

/** The Berlin day number (days since 1970-01-01 of the wall clock) of an instant. */
const dayOf = (epoch: number) => Math.floor(toWall(epoch) / DAY_MS);
/** The instant of a wall-clock minute of a Berlin day (minutes past 1440 run into the next). */
const instant = (day: number, minutes: number) => fromWall(day * DAY_MS + minutes * 60_000);

function dayKey(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const inSeason = (rule: WeeklyHours, key: string) =>
  (!rule.validFrom || rule.validFrom <= key) && (!rule.validThrough || key <= rule.validThrough);

function spansOn(rules: readonly WeeklyHours[], weekday: number): OpeningSpan[] {
  return rules.filter((rule) => rule.days.includes(weekday));
}

/** The hours of one Berlin day: a special day's, else the weekly ones, the holiday rule applied. */
function planFor(hours: OpeningHours, city: CityId, day: number): DayPlan {
  const key = dayKey(day);
  const special = hours.special.find((s) => s.validFrom <= key && key <= s.validThrough);
  if (special) return { spans: special.spans, seasonBreak: false };
  const rules = hours.weekly.filter((rule) => inSeason(rule, key));
  const seasonBreak = hours.weekly.length > 0 && rules.length === 0;
  const weekday = (((day + 4) % 7) + 7) % 7;
  const spans = spansOn(rules, weekday);
  const holiday = city === 'both' ? undefined : holidayOn(city, key);
  if (!holiday || hours.publicHolidays === 'open') return { spans, seasonBreak };
  if (hours.publicHolidays === 'sunday') return { spans: spansOn(rules, 0), seasonBreak };
  return { spans: [], seasonBreak, ...(spans.length > 0 && { closedFor: holiday }) };
}

/** The opening intervals of a day, as instants; a span closing at or before it opens ends the next day. */
function intervals(plan: DayPlan, day: number): [number, number][] {
  return plan.spans.map((s) => [
    instant(day, s.opens),
    instant(day, s.closes > s.opens ? s.closes : s.closes + 1440),
  ]);
}

/** Where `hours` stand at `now`, for a place in `city` (whose holidays apply). */
export function openingStateAt(hours: OpeningHours, city: CityId, now: number): OpeningStateAt {
  const today = dayOf(now);
  const midnight = instant(today + 1, 0);
  const plans = new Map<number, DayPlan>();
  const plan = (day: number) => {
    let p = plans.get(day);
    if (!p) plans.set(day, (p = planFor(hours, city, day)));
    return p;
  };
  // Open now? Yesterday's late spans reach into today; touching spans run on (22–24, 0–2).
  const near: [number, number][] = [];
  for (let day = today - 1; day <= today + 2; day++) near.push(...intervals(plan(day), day));
  near.sort((a, b) => a[0] - b[0]);
  for (const [start, end] of near) {
    if (start > now) break;
    if (now < end) {
      let until = end;
      for (const [s, e] of near) if (s <= until && e > until) until = e;
      return { state: { kind: 'open', until }, changesAt: until };
    }
  }
  const todayPlan = plan(today);
  if (todayPlan.closedFor) {
    return { state: { kind: 'holiday', holiday: todayPlan.closedFor }, changesAt: midnight };
  }
  if (todayPlan.seasonBreak) {
    for (let day = today + 1; day <= today + LOOK_AHEAD_DAYS; day++) {
      if (!plan(day).seasonBreak) {
        return {
          state: { kind: 'season-break', lastDay: instant(day - 1, 0) },
          changesAt: midnight,
        };
      }
    }
    return { state: { kind: 'closed' }, changesAt: midnight };
  }
  for (let day = today; day <= today + LOOK_AHEAD_DAYS; day++) {
    const next = intervals(plan(day), day)
      .map(([start]) => start)
      .filter((start) => start > now)
      .sort((a, b) => a - b)[0];
    if (next === undefined) continue;
    const ahead = day - today;
    const when = ahead === 0 ? 'today' : ahead === 1 ? 'tomorrow' : ahead < 7 ? 'week' : 'later';
    return { state: { kind: 'opens', at: next, day: when }, changesAt: Math.min(next, midnight) };
  }
  return { state: { kind: 'closed' }, changesAt: midnight };
}

/**
 * The weekly hours to show in a table at `now`: the rules of the season that `now` falls in,
 * or of the next season during a break. Index 0 = Sunday … 6 = Saturday.
 */
export function weekTable(hours: OpeningHours, now: number): readonly (readonly OpeningSpan[])[] {
  const today = dayOf(now);
  let rules: readonly WeeklyHours[] = [];
  for (let day = today; day <= today + LOOK_AHEAD_DAYS && rules.length === 0; day++) {
    const key = dayKey(day);
    rules = hours.weekly.filter((rule) => inSeason(rule, key));
  }
  return [0, 1, 2, 3, 4, 5, 6].map((weekday) =>
    spansOn(rules, weekday)
      .map((s) => ({ opens: s.opens, closes: s.closes }))
      .sort((a, b) => a.opens - b.opens),
  );
}
