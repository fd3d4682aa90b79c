/**
 * Reading an RRULE value (RFC 5545, 3.3.10) into the parts the expander supports. Anything else
 * reads as null, and the series shows its first date only (`ruleProblem` in rule-problem.ts
 * tells the webmaster why).
 */

export type Freq = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
/** RRULE's weekday codes, by `Date#getDay()` number. */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

export interface ByDay {
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  /** 0 = every such weekday of the period; 1 = first, -1 = last, … */
  readonly nth: number;
}

export interface Rule {
  readonly freq: Freq;
  readonly interval: number;
  readonly count?: number;
  /** UNTIL with a `Z`: epoch ms. */
  readonly until?: number;
  /**
   * UNTIL as a wall time of the series' zone (floating ms, see berlin-time's `toWall`); a plain
   * date stands for the end of that day.
   */
  readonly untilWall?: number;
  /** Whether UNTIL was a plain date (for writing it back). */
  readonly untilDate?: boolean;
  readonly byDay: readonly ByDay[];
  readonly byMonthDay: readonly number[];
  readonly byMonth: readonly number[];
  readonly bySetPos: readonly number[];
  /** The day weeks start on (WKST), 0 = Sunday; Monday by default. */
  readonly wkst: number;
}

/** The parts we expand; any other part makes a rule unsupported. */
export const SUPPORTED_PARTS = [
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYDAY',
  'BYMONTHDAY',
  'BYMONTH',
  'BYSETPOS',
  'WKST',
];

function intList(value: string, min: number, max: number): number[] | null {
  const out: number[] = [];
  for (const part of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/.test(part)) return null;
    const n = Number(part);
    if (n < min || n > max || n === 0) return null;
    out.push(n);
  }
  return out;
}

/** The parts of an RRULE value, upper case; null for a malformed or repeated part. */
export function ruleParts(text: string): Map<string, string> | null {
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
  return parts;
}

/** Reads an RRULE value (with or without the `RRULE:` prefix); null when unsupported. */
export function parseRule(text: string): Rule | null {
  const parts = ruleParts(text);
  if (!parts) return null;
  const get = (key: string) => parts.get(key);
  const freq = get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    return null;
  }
  for (const key of parts.keys()) if (!SUPPORTED_PARTS.includes(key)) return null;
  const interval = parts.has('INTERVAL') ? Number(get('INTERVAL')) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 1000) return null;
  const count = parts.has('COUNT') ? Number(get('COUNT')) : undefined;
  if (count !== undefined && (!Number.isInteger(count) || count < 1)) return null;
  const untilText = get('UNTIL');
  const u = untilText && /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(untilText);
  // RFC 5545: COUNT and UNTIL MUST NOT occur together.
  if (untilText !== undefined && (!u || count !== undefined)) return null;
  let until: number | undefined;
  let untilWall: number | undefined;
  if (u) {
    const time = Date.UTC(+u[1]!, +u[2]! - 1, +u[3]!, +(u[4] ?? 23), +(u[5] ?? 59), +(u[6] ?? 59));
    if (u[7]) until = time;
    else untilWall = time;
  }
  const byDay: ByDay[] = [];
  for (const entry of get('BYDAY')?.split(',') ?? []) {
    const m = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(entry);
    if (!m) return null;
    const nth = m[1] ? Number(m[1]) : 0;
    // Ordinals only in MONTHLY and YEARLY rules (RFC 5545 MUST NOT).
    if (nth !== 0 && (freq === 'DAILY' || freq === 'WEEKLY')) return null;
    if (Math.abs(nth) > 53 || (m[1] && nth === 0)) return null;
    byDay.push({ weekday: WEEKDAYS.indexOf(m[2]!), nth });
  }
  const list = (key: string, min: number, max: number) => {
    const value = get(key);
    return value === undefined ? [] : intList(value, min, max);
  };
  const byMonthDay = list('BYMONTHDAY', -31, 31);
  const byMonth = list('BYMONTH', 1, 12);
  const bySetPos = list('BYSETPOS', -366, 366);
  if (!byMonthDay || !byMonth || !bySetPos) return null;
  // RFC 5545: BYMONTHDAY MUST NOT be specified when FREQ is WEEKLY.
  if (freq === 'WEEKLY' && byMonthDay.length > 0) return null;
  const wkst = WEEKDAYS.indexOf(get('WKST') ?? 'MO');
  if (wkst < 0) return null;
  return {
    freq,
    interval,
    ...(count !== undefined && { count }),
    ...(until !== undefined && { until }),
    ...(untilWall !== undefined && { untilWall }),
    ...(u && !u[4] && { untilDate: true }),
    byDay,
    byMonthDay,
    byMonth,
    bySetPos,
    wkst,
  };
}
