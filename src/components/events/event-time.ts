/**
 * How an occurrence's date and time read: "19:00–21:00 Uhr", "ganztägig", "Sa, 6. Dez.",
 * machine-readable `datetime` values with the Berlin offset. Formatters come from the cache in
 * internal/format.ts.
 */
import { berlinOffset, startOfBerlinDay } from '../../feed/berlin-time.js';
import {
  formatShortWeekday as shortWeekday,
  formatShortWeekdayDate as shortDate,
  formatTime,
  isoDay,
} from '../../internal/format.js';
import type { Lang } from '../../internal/i18n.js';
import type { Occurrence } from './events-query.js';
import type { EventMessages } from './events.messages.js';

/** "Sa., 6. Dez." / "Sat 6 Dec"; "Sa" / "Sat": the same cached formatters as every widget's. */
export { shortDate, shortWeekday };

/** `2026-12-06T19:00:00+01:00` for `<time datetime>` and schema.org. */
export function isoDateTime(epoch: number): string {
  const offset = berlinOffset(epoch);
  const wall = new Date(epoch + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset >= 0 ? '+' : '-';
  const h = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const m = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${wall}${sign}${h}:${m}`;
}

/** The machine-readable start of an occurrence: a date for all-day events. */
export function datetimeAttr(o: Occurrence): string {
  return o.event.allDay ? isoDay(o.start) : isoDateTime(o.start);
}

/** The last day of an occurrence (its exclusive end minus a moment), when it ends on a later day. */
export function lastDay(o: Occurrence): number | undefined {
  if (o.end === undefined) return undefined;
  const last = startOfBerlinDay(o.end - 1);
  return last > startOfBerlinDay(o.start) ? last : undefined;
}

/** "19:00–21:00 Uhr", "19:00 Uhr", "ganztägig", with the last day for multi-day events. */
export function timeText(o: Occurrence, lang: Lang, t: EventMessages): string {
  const last = lastDay(o);
  const until = last !== undefined ? `, ${t.until} ${shortDate(last, lang)}` : '';
  if (o.event.allDay) return t.allDay + until;
  const start = formatTime(o.start, lang);
  if (o.end === undefined || o.end === o.start) return start + t.oclock;
  const end = formatTime(o.end, lang) + t.oclock;
  return until ? `${start}${t.oclock}${until} ${end}` : `${start}–${end}`;
}
