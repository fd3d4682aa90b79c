/**
 * A VTIMEZONE (RFC 5545, 3.6.5) for any IANA zone, read from Intl: what a calendar file needs for
 * a series that recurs in its own zone (`DTSTART;TZID=America/New_York:…`). Only the event dialog
 * loads this, when a series of a zone other than Berlin (whose VTIMEZONE is written by hand) and
 * UTC (which needs none) asks for it.
 *
 * The zone's offset changes are found week by week and then to the minute. Changes that follow a
 * yearly rule to the end of the span (the second Sunday of March, the last Sunday of October…)
 * become one observance with that RRULE, so calendars apply it after the span too; others are
 * listed one by one.
 */
import { civil, DAY_MS } from '../feed/berlin-time.js';
import { WEEKDAYS } from '../feed/recurrence-rule.js';
import { zoneOffset } from '../feed/zone-time.js';

interface Change {
  /** Wall time before the change, floating ms (what DTSTART of an observance names). */
  readonly wall: number;
  readonly from: number;
  readonly to: number;
}

const MINUTE = 60_000;
const WEEK = 7 * DAY_MS;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function wallText(wall: number): string {
  const day = Math.floor(wall / DAY_MS);
  const [y, m, d] = civil(day);
  const s = (wall - day * DAY_MS) / 1000;
  return `${pad(y, 4)}${pad(m)}${pad(d)}T${pad(Math.floor(s / 3600))}${pad(Math.floor(s / 60) % 60)}${pad(s % 60)}`;
}

/** The zone's offset changes in [from, to). */
function changes(zone: string, from: number, to: number): Change[] {
  const out: Change[] = [];
  let before = zoneOffset(zone, from);
  for (let t = from; t < to; t += WEEK) {
    const offset = zoneOffset(zone, t + WEEK);
    if (offset === before) continue;
    let [lo, hi] = [t, t + WEEK]; // lo has the old offset, hi the new one
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (zoneOffset(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    out.push({ wall: hi + before * MINUTE, from: before, to: offset });
    before = offset;
  }
  return out;
}

/** `2SU` or `-1SU` for the day of a change in its month; month; and a key of the yearly rule. */
function yearlyRule(c: Change): { key: string; rrule: string; year: number } {
  const day = Math.floor(c.wall / DAY_MS);
  const [year, month, date] = civil(day);
  const length = civil(Date.UTC(year, month, 0) / DAY_MS)[2];
  const nth = date > length - 7 ? -1 : Math.ceil(date / 7);
  const rrule = `FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth}${WEEKDAYS[(((day + 4) % 7) + 7) % 7]}`;
  return { key: `${rrule}|${c.wall - day * DAY_MS}|${c.from}|${c.to}`, rrule, year };
}

function observance(c: Change, extra: readonly string[] = []): string[] {
  const kind = c.to > c.from ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${offsetText(c.from)}`,
    `TZOFFSETTO:${offsetText(c.to)}`,
    `DTSTART:${wallText(c.wall)}`,
    ...extra,
    `END:${kind}`,
  ];
}

/** The VTIMEZONE lines of `zone` for the years `fromYear` … `toYear`. */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const from = Date.UTC(fromYear, 0, 1);
  const found = changes(zone, from, Date.UTC(toYear + 1, 0, 1));
  const initial = zoneOffset(zone, from);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  // The offset in force from the start of the span.
  lines.push(...observance({ wall: from + initial * MINUTE, from: initial, to: initial }));
  const groups = new Map<string, { rrule: string; list: Change[]; years: number[] }>();
  for (const c of found) {
    const { key, rrule, year } = yearlyRule(c);
    const group = groups.get(key) ?? { rrule, list: [], years: [] };
    group.list.push(c);
    group.years.push(year);
    groups.set(key, group);
  }
  for (const { rrule, list, years } of groups.values()) {
    // A rule for every year up to the end of the span: it goes on after it.
    const yearly = years[years.length - 1] === toYear && years.every((y, i) => y === years[0]! + i);
    if (yearly) lines.push(...observance(list[0]!, [`RRULE:${rrule}`]));
    else for (const c of list) lines.push(...observance(c));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
