// Calendar days for the sample feed: days are UTC midnights (no local time zone involved),
// times are Berlin wall clock written with their offset.

export const DAY = 86_400_000;
export const pad = (n) => String(n).padStart(2, '0');

export function parseDay(text) {
  const [y, m, d] = text.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}
export const day = (y, m, d) => Date.UTC(y, m - 1, d);
export const fmt = (t) => new Date(t).toISOString().slice(0, 10);
export const addDays = (t, n) => t + n * DAY;
export const weekday = (t) => new Date(t).getUTCDay(); // 0 = Sunday
export const yearOf = (t) => new Date(t).getUTCFullYear();
export const monthOf = (t) => new Date(t).getUTCMonth() + 1;
export const dateOf = (t) => new Date(t).getUTCDate();
export function addMonths(t, n) {
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate());
}

/** Today in Berlin, as `YYYY-MM-DD` (the default day the feed is made for). */
export function berlinToday(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

function lastSunday(year, month) {
  const last = day(year, month + 1, 0);
  return dateOf(last) - weekday(last);
}

/** True when Berlin keeps summer time (CEST) at a UTC instant (EU rule since 1996). */
function isCest(utc) {
  const y = new Date(utc).getUTCFullYear();
  const begin = Date.UTC(y, 2, lastSunday(y, 3), 1);
  const end = Date.UTC(y, 9, lastSunday(y, 10), 1);
  return utc >= begin && utc < end;
}

/** A Berlin wall-clock time as ISO 8601 with its offset: "2026-12-06T19:00:00+01:00". */
export function at(t, hhmm) {
  const [h, m] = hhmm.split(':').map(Number);
  const wall = t + (h * 60 + m) * 60_000;
  const offset = isCest(wall - 2 * 3_600_000) ? '+02:00' : '+01:00';
  return `${fmt(t)}T${pad(h)}:${pad(m)}:00${offset}`;
}

/** The n-th (1-based; -1 = last) given weekday of a month (month may overflow: 13 = January). */
export function nthWeekday(year, month, wd, n) {
  if (n > 0) {
    const first = day(year, month, 1);
    return addDays(first, ((wd - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const last = day(year, month + 1, 0);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** The first day on or after t with the given weekday. */
export const onOrAfter = (t, wd) => addDays(t, (wd - weekday(t) + 7) % 7);

/** First Sunday of Advent: the fourth Sunday before Christmas. */
export function firstAdvent(y) {
  const christmas = day(y, 12, 25);
  return addDays(christmas, -(weekday(christmas) || 7) - 21);
}
