// The public holidays of each town, read from the widgets' own table (src/feed/holidays.ts),
// so the sample feed and the opening hours the widgets show can never disagree. The file has
// no imports; esbuild (a dev dependency) strips its types.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import { DAY, addDays, firstAdvent, fmt, yearOf } from './calendar.mjs';

const source = readFileSync(new URL('../../src/feed/holidays.ts', import.meta.url), 'utf8');
const { code } = transformSync(source, { loader: 'ts', format: 'esm' });
const table = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** True when day `t` is a public holiday of `city` ("both": of either town). */
export function isHoliday(city, t) {
  const towns = city === 'both' ? ['sonneberg', 'neustadt'] : [city];
  return towns.some((town) => table.holidayOn(town, fmt(t)) !== undefined);
}

/**
 * Silent days (stille Tage) in both states that are no public holidays: Volkstrauertag and
 * Totensonntag, the two Sundays before the first of Advent. No music or market on them.
 */
export function isSilentDay(t) {
  const advent = firstAdvent(yearOf(t));
  return t === addDays(advent, -7) || t === addDays(advent, -14);
}

/** The days of [from, until) on the weekday `wd` that are public holidays of `city`. */
export function holidaysOnWeekday(city, from, until, wd) {
  const out = [];
  for (let t = from; t < until; t += DAY) {
    if (new Date(t).getUTCDay() === wd && isHoliday(city, t)) out.push(t);
  }
  return out;
}
