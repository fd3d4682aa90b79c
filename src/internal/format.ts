/**
 * Date and time formatting in Europe/Berlin, and sorting, with the `Intl` formatters cached:
 * building one costs far more than using it, and lists format thousands of dates. File sizes
 * and language names are in format-file.ts (only the document list needs them).
 */
import { addBerlinDays, berlinDayKey, berlinParts, TIME_ZONE } from '../feed/berlin-time.js';
import type { Lang } from './i18n.js';

export const LOCALES: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };
const cache = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter for `options`; `name` identifies the options (no JSON per call). */
function dateFormat(
  lang: Lang,
  name: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = lang + name;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { timeZone: TIME_ZONE, ...options });
    cache.set(key, format);
  }
  return format;
}

/** "6. Dezember 2026" / "6 December 2026" */
export function formatDate(epoch: number, lang: Lang): string {
  return dateFormat(lang, 'date', { day: 'numeric', month: 'long', year: 'numeric' }).format(epoch);
}

/** "Samstag, 6. Dezember" / "Saturday 6 December" */
export function formatWeekdayDate(epoch: number, lang: Lang, withYear = false): string {
  return dateFormat(lang, withYear ? 'weekday-date-year' : 'weekday-date', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear && { year: 'numeric' }),
  }).format(epoch);
}

/** "So., 6. Dez." / "Sun 6 Dec": a date where space is short. */
export function formatShortWeekdayDate(epoch: number, lang: Lang): string {
  return dateFormat(lang, 'short-weekday-date', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(epoch);
}

/** "So" / "Sun": the weekday of a date tile. */
export function formatShortWeekday(epoch: number, lang: Lang): string {
  return dateFormat(lang, 'short-weekday', { weekday: 'short' }).format(epoch);
}

/** "06.12.2026" / "06/12/2026" */
export function formatShortDate(epoch: number, lang: Lang): string {
  return dateFormat(lang, 'short-date', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(epoch);
}

/**
 * "19:00" in both languages (24-hour clock, as the region reads it). Without Intl: a list
 * formats a time per event, and the Berlin wall clock is already at hand.
 */
export function formatTime(epoch: number, _lang?: Lang): string {
  const { hour, minute } = berlinParts(epoch);
  return `${hour < 10 ? '0' : ''}${hour}:${minute < 10 ? '0' : ''}${minute}`;
}

/** The year in Berlin. */
export function formatYear(epoch: number, lang: Lang): string {
  return dateFormat(lang, 'year', { year: 'numeric' }).format(epoch);
}

/** A machine-readable date for `<time datetime>`: `2026-12-06`. */
export function isoDay(epoch: number): string {
  return berlinDayKey(epoch);
}

/** 'today', 'tomorrow' or undefined, relative to `now`, in Berlin days. */
export function relativeDay(epoch: number, now: number): 'today' | 'tomorrow' | undefined {
  const key = berlinDayKey(epoch);
  if (key === berlinDayKey(now)) return 'today';
  if (key === berlinDayKey(addBerlinDays(now, 1))) return 'tomorrow';
  return undefined;
}

const collators = new Map<Lang, Intl.Collator>();
/** Sorting by title or name as a reader of `lang` expects ("Ä" with "A", "10" after "9"). */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}
