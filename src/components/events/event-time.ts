/**
 * How an occurrence's date and time read: "19:00–21:00 Uhr", "ganztägig", "Sa, 6. Dez.",
 * machine-readable `datetime` values with the Berlin offset. Formatters come from the cache in
 * internal/format.ts or, for the two short forms it lacks, from the cache here.
 */
import { berlinOffset, startOfBerlinDay, TIME_ZONE, toWall } from '../../feed/berlin-time.js';
import { formatTime, isoDay } from '../../internal/format.js';
import type { Lang } from '../../internal/i18n.js';
import type { Occurrence } from './events-query.js';
import type { EventMessages } from './events.messages.js';

const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const formats = new Map<string, Intl.DateTimeFormat>();

function cached(lang: Lang, kind: 'short' | 'weekday'): Intl.DateTimeFormat {
  const key = lang + kind;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      LOCALES[lang],
      kind === 'short'
        ? { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short' }
        : { timeZone: TIME_ZONE, weekday: 'short' },
    );
    formats.set(key, f);
  }
  return f;
}

/** "Sa., 6. Dez." / "Sat 6 Dec" */
export function shortDate(epoch: number, lang: Lang): string {
  return cached(lang, 'short').format(epoch);
}

/** "Sa." / "Sat" */
export function shortWeekday(epoch: number, lang: Lang): string {
  return cached(lang, 'weekday').format(epoch);
}

/** "06.12." (both languages: the compact layout's date block) */
export function dayMonth(epoch: number): string {
  const d = new Date(toWall(epoch));
  return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.`;
}

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
  if (o.event.allDay) {
    return last !== undefined ? `${t.allDay}, ${t.until} ${shortDate(last, lang)}` : t.allDay;
  }
  const start = formatTime(o.start, lang);
  if (o.end === undefined || o.end === o.start) return start + t.oclock;
  if (last !== undefined) {
    return `${start}${t.oclock}, ${t.until} ${shortDate(last, lang)} ${formatTime(o.end, lang)}${t.oclock}`;
  }
  return `${start}–${formatTime(o.end, lang)}${t.oclock}`;
}
