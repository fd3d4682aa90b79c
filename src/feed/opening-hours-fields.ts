/**
 * Reads a place's `openingHours` (modelled on schema.org's OpeningHoursSpecification) from an
 * untrusted feed. A bad rule is left out and its reason passed to `note`; the good ones stay.
 */
import { isRecord, readText } from './normalize-fields.js';
import type { OpeningHours, SpecialHours, WeeklyHours } from './types.js';

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const TIME = /^([01]?\d|2[0-4]):([0-5]\d)(?::[0-5]\d)?$/;
const DAY_KEY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** More rules than any place needs; the rest is dropped so a hostile feed cannot hang a page. */
const MAX_RULES = 100;

/** `10:00` or `10:00:00` → minutes after midnight; `24:00` is allowed (the end of the day). */
function readTime(value: unknown): number | undefined {
  const m = typeof value === 'string' ? TIME.exec(value.trim()) : null;
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Infinity;
  return minutes <= 1440 ? minutes : undefined;
}

function readDayKey(value: unknown): string | undefined {
  const key = typeof value === 'string' ? value.trim() : '';
  return DAY_KEY.test(key) ? key : undefined;
}

/** `Tuesday`, `https://schema.org/Tuesday`, `schema:Tuesday` or `Tu` → 2. */
function readDay(value: unknown): number | undefined {
  const name =
    typeof value === 'string'
      ? value
          .trim()
          .replace(/^.*[/:]/, '')
          .toLowerCase()
      : '';
  const index = DAY_NAMES.findIndex((day) => day === name || day.slice(0, 2) === name);
  return index < 0 ? undefined : index;
}

/**
 * One rule: weekly (with `dayOfWeek`) or special (dates, closed or with hours); or the name of
 * the field that makes it unusable.
 */
function readRule(raw: unknown, weekly: boolean): WeeklyHours | SpecialHours | string {
  if (!isRecord(raw)) return 'not an object';
  const from = readDayKey(raw.validFrom);
  const through = readDayKey(raw.validThrough);
  if (raw.validFrom !== undefined ? !from : !weekly) return 'bad or missing "validFrom"';
  if ((raw.validThrough !== undefined && !through) || (from && through && through < from)) {
    return 'bad "validThrough" (YYYY-MM-DD, not before "validFrom")';
  }
  const opens = readTime(raw.opens);
  const closes = readTime(raw.closes);
  const dates = { validFrom: from!, validThrough: through ?? from! };
  // schema.org writes "closed" as opens = closes = 00:00.
  if (!weekly && (raw.closed === true || (opens === 0 && closes === 0))) {
    return { ...dates, spans: [] };
  }
  if (opens === undefined || opens === 1440) return 'bad or missing "opens" (HH:MM)';
  if (!closes) return 'bad or missing "closes" (HH:MM)';
  if (!weekly) return { ...dates, spans: [{ opens, closes }] };
  const days = [raw.dayOfWeek].flat().map(readDay);
  if (days.length === 0 || days.includes(undefined)) return 'bad or missing "dayOfWeek"';
  return {
    days: [...new Set(days as number[])].sort(),
    opens,
    closes,
    ...(from && { validFrom: from }),
    ...(through && { validThrough: through }),
  };
}

function readList<T>(value: unknown, name: string, note: (reason: string) => void): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    note(`openingHours.${name}: not a list`);
    return [];
  }
  const out: T[] = [];
  value.slice(0, MAX_RULES).forEach((entry, index) => {
    const result = readRule(entry, name === 'regular');
    if (typeof result === 'string') note(`openingHours.${name}[${index}]: ${result}`);
    else out.push(result as T);
  });
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
    value = { regular: weekly, special: value.filter((v) => !weekly.includes(v)) };
  }
  if (!isRecord(value)) {
    note('openingHours: not an object');
    return undefined;
  }
  const weekly = readList<WeeklyHours>(value.regular, 'regular', note);
  const special: SpecialHours[] = [];
  for (const entry of readList<SpecialHours>(value.special, 'special', note)) {
    const same = special.findIndex(
      (s) => s.validFrom === entry.validFrom && s.validThrough === entry.validThrough,
    );
    if (same < 0) special.push(entry);
    else special[same] = { ...entry, spans: [...special[same]!.spans, ...entry.spans] };
  }
  const holidays = value.publicHolidays;
  const known = holidays === 'sunday' || holidays === 'open';
  if (holidays !== undefined && holidays !== 'closed' && !known) {
    note('openingHours.publicHolidays: not "closed", "sunday" or "open"; read as "closed"');
  }
  if (weekly.length === 0 && special.length === 0) {
    note('openingHours: no usable rule');
    return undefined;
  }
  const text = readText(value.note);
  return {
    weekly,
    special,
    publicHolidays: known ? holidays : 'closed',
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
