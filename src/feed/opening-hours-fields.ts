/**
 * Reads a place's `openingHours` (modelled on schema.org's OpeningHoursSpecification) from an
 * untrusted feed. A bad rule is left out and its reason passed to `note`; the good ones stay.
 */
import { isRecord, readText } from './normalize-fields.js';
import type { OpeningHours, OpeningSpan, SpecialHours, WeeklyHours } from './types.js';

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;
const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** More rules than any place needs; the rest is dropped so a hostile feed cannot hang a page. */
const MAX_RULES = 100;

/** `Tuesday`, `https://schema.org/Tuesday`, `schema:Tuesday` or `Tu` → 2. */
function readDay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value
    .trim()
    .replace(/^(https?:\/\/schema\.org\/|schema:)/i, '')
    .toLowerCase();
  const index = DAY_NAMES.findIndex((day) => day === name || day.slice(0, 2) === name);
  return index >= 0 ? index : undefined;
}

/** `10:00` or `10:00:00` → minutes after midnight; `24:00` is allowed (the end of the day). */
function readTime(value: unknown): number | undefined {
  const m = typeof value === 'string' ? TIME.exec(value.trim()) : null;
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[2]) < 60 && minutes <= 1440 ? minutes : undefined;
}

function readDayKey(value: unknown): string | undefined {
  const key = typeof value === 'string' ? value.trim().slice(0, 10) : undefined;
  return key && DAY_KEY.test(key) ? key : undefined;
}

function readSpan(raw: Record<string, unknown>): OpeningSpan | string {
  const opens = readTime(raw.opens);
  const closes = readTime(raw.closes);
  if (opens === undefined || opens === 1440) return 'missing or malformed "opens" (HH:MM)';
  if (closes === undefined || closes === 0) return 'missing or malformed "closes" (HH:MM)';
  return { opens, closes };
}

function readSeason(
  raw: Record<string, unknown>,
): { validFrom?: string; validThrough?: string } | string {
  const validFrom = readDayKey(raw.validFrom);
  const validThrough = readDayKey(raw.validThrough);
  if (raw.validFrom !== undefined && !validFrom) return 'malformed "validFrom" (YYYY-MM-DD)';
  if (raw.validThrough !== undefined && !validThrough)
    return 'malformed "validThrough" (YYYY-MM-DD)';
  if (validFrom && validThrough && validThrough < validFrom)
    return '"validThrough" before "validFrom"';
  return { ...(validFrom && { validFrom }), ...(validThrough && { validThrough }) };
}

function readWeekly(value: unknown): WeeklyHours | string {
  if (!isRecord(value)) return 'not an object';
  const list = Array.isArray(value.dayOfWeek) ? value.dayOfWeek : [value.dayOfWeek];
  const days = list.map(readDay);
  if (days.length === 0 || days.some((d) => d === undefined)) {
    return 'missing or unknown "dayOfWeek" (Monday … Sunday)';
  }
  const span = readSpan(value);
  if (typeof span === 'string') return span;
  const season = readSeason(value);
  if (typeof season === 'string') return season;
  return { days: [...new Set(days as number[])].sort(), ...span, ...season };
}

function readSpecial(value: unknown): SpecialHours | string {
  if (!isRecord(value)) return 'not an object';
  const season = readSeason(value);
  if (typeof season === 'string') return season;
  if (!season.validFrom) return 'missing "validFrom" (YYYY-MM-DD)';
  const dates = {
    validFrom: season.validFrom,
    validThrough: season.validThrough ?? season.validFrom,
  };
  // schema.org writes "closed" as opens = closes = 00:00.
  if (value.closed === true || (readTime(value.opens) === 0 && readTime(value.closes) === 0)) {
    return { ...dates, spans: [] };
  }
  const span = readSpan(value);
  return typeof span === 'string' ? span : { ...dates, spans: [span] };
}

function readList<T>(
  value: unknown,
  name: string,
  read: (entry: unknown) => T | string,
  note: (reason: string) => void,
): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    note(`openingHours.${name} is not a list`);
    return [];
  }
  const out: T[] = [];
  value.slice(0, MAX_RULES).forEach((entry, index) => {
    const result = read(entry);
    if (typeof result === 'string') note(`openingHours.${name}[${index}]: ${result}`);
    else out.push(result);
  });
  if (value.length > MAX_RULES) note(`openingHours.${name}: more than ${MAX_RULES} entries`);
  return out;
}

/**
 * A place's opening hours, or undefined when the feed gives none (or nothing usable). Special
 * days with several spans are given as several entries for the same dates; they are merged.
 */
export function readOpeningHours(
  value: unknown,
  note: (reason: string) => void,
): OpeningHours | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) {
    // schema.org's `openingHoursSpecification` list: rules with days are weekly, others special.
    const weekly = value.filter((v) => isRecord(v) && v.dayOfWeek !== undefined);
    const special = value.filter((v) => !weekly.includes(v));
    value = { regular: weekly, special };
  }
  if (!isRecord(value)) {
    note('openingHours is not an object');
    return undefined;
  }
  const weekly = readList(value.regular, 'regular', readWeekly, note);
  const special: SpecialHours[] = [];
  for (const entry of readList(value.special, 'special', readSpecial, note)) {
    const same = special.find(
      (s) => s.validFrom === entry.validFrom && s.validThrough === entry.validThrough,
    );
    if (same) special[special.indexOf(same)] = { ...same, spans: [...same.spans, ...entry.spans] };
    else special.push(entry);
  }
  const holidays = value.publicHolidays;
  if (
    holidays !== undefined &&
    holidays !== 'closed' &&
    holidays !== 'sunday' &&
    holidays !== 'open'
  ) {
    note('openingHours.publicHolidays is not "closed", "sunday" or "open"; read as "closed"');
  }
  if (weekly.length === 0 && special.length === 0) {
    note('openingHours has no usable rule');
    return undefined;
  }
  const text = readText(value.note);
  return {
    weekly,
    special,
    publicHolidays: holidays === 'sunday' || holidays === 'open' ? holidays : 'closed',
    ...(text !== undefined && { note: text }),
  };
}

const DAY_LABELS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The model written back in the feed's format: `readOpeningHours` of it gives the same model. */
export function openingHoursToWire(hours: OpeningHours): Record<string, unknown> {
  const special = hours.special.flatMap((s): Record<string, unknown>[] =>
    s.spans.length === 0
      ? [{ validFrom: s.validFrom, validThrough: s.validThrough, closed: true }]
      : s.spans.map((span) => ({
          validFrom: s.validFrom,
          validThrough: s.validThrough,
          opens: hhmm(span.opens),
          closes: hhmm(span.closes),
        })),
  );
  return {
    regular: hours.weekly.map((w) => ({
      dayOfWeek: w.days.map((d) => DAY_LABELS[d]),
      opens: hhmm(w.opens),
      closes: hhmm(w.closes),
      ...(w.validFrom && { validFrom: w.validFrom }),
      ...(w.validThrough && { validThrough: w.validThrough }),
    })),
    ...(special.length > 0 && { special }),
    publicHolidays: hours.publicHolidays,
    ...(hours.note !== undefined && { note: hours.note }),
  };
}
