/**
 * The line-by-line pass over a calendar before ical.js sees it. ical.js rejects a whole file for
 * one malformed line (`RRULE:FREQ=WEEKLY;BYDAY=MO, TU`, an unknown FREQ, a line that lost its
 * folding space) and hangs on some values (`DURATION:P999999999999999999W`). Here every content
 * line is checked on its own: a bad line costs only that property, a bad start only its VEVENT,
 * each with a note naming the VEVENT and why. What is handed on is well-formed and bounded:
 * components are balanced, durations and years are sane, time zone rules are yearly.
 */
import type { Deadline } from './deadline.js';

/** Something the pass left out or changed, for the feed's `dropped` report. */
export interface LineNote {
  /** Index of the VEVENT in the file, or -1 for the calendar itself (a VTIMEZONE, a stray line). */
  readonly index: number;
  /** The VEVENT's UID as written, when it has one. */
  readonly uid?: string;
  readonly reason: string;
  /** True when the whole VEVENT was left out. */
  readonly event: boolean;
}

export interface CleanCalendar {
  /** The calendar with every bad line removed, folded lines joined, components balanced. */
  readonly text: string;
  readonly notes: readonly LineNote[];
  /** For each VEVENT left in `text` (in order), its index in the source. */
  readonly kept: readonly number[];
  /** True when VEVENTs stood without a VCALENDAR around them (read as if inside one). */
  readonly bare: boolean;
}

/** Checks one content line as ical.js would read it; throws its error message. */
export type PropertyCheck = (line: string) => void;

/** Durations longer than this are no event length (and ical.js adds them day by day). */
const MAX_DURATION_SECONDS = 100 * 366 * 86_400;
/** A COUNT past this is "forever" in practice; ical.js would carry it as a float. */
const MAX_COUNT = 100_000;
/** Nesting deeper than a calendar's VCALENDAR > VEVENT > VALARM > …: left out. */
const MAX_DEPTH = 8;

const DATE_PROPS = new Set(['DTSTART', 'DTEND', 'DUE', 'EXDATE', 'RDATE', 'RECURRENCE-ID']);
/** Properties without which a VEVENT has no place in time: a bad one costs the VEVENT. */
const VITAL = new Set(['DTSTART', 'RECURRENCE-ID']);

interface OpenEvent {
  readonly index: number;
  readonly lines: string[];
  readonly reasons: string[];
  uid?: string;
  fatal?: string;
}

export function cleanCalendar(
  text: string,
  checkProperty: PropertyCheck,
  deadline: Deadline,
): CleanCalendar {
  const out: string[] = [];
  const notes: LineNote[] = [];
  const kept: number[] = [];
  const stack: string[] = [];
  let event: OpenEvent | undefined;
  let events = 0;
  let bare = false;
  const emit = (line: string) => (event ? event.lines.push(line) : out.push(line));
  const calendarNote = (reason: string) => notes.push({ index: -1, reason, event: false });

  const closeEvent = () => {
    const e = event!;
    event = undefined;
    const uid = e.uid ? { uid: e.uid } : {};
    if (e.fatal) {
      notes.push({ index: e.index, ...uid, reason: e.fatal, event: true });
      return;
    }
    for (const reason of e.reasons) notes.push({ index: e.index, ...uid, reason, event: false });
    out.push(...e.lines, 'END:VEVENT');
    kept.push(e.index);
  };
  const close = (name: string) => {
    if (name === 'VEVENT' && event && stack.length === 1) closeEvent();
    else emit(`END:${name}`);
  };

  for (const line of unfold(text)) {
    deadline.check();
    if (!line.trim()) continue;
    const edge = /^(BEGIN|END)[ \t]*:[ \t]*([A-Za-z0-9-]+)[ \t]*$/i.exec(line);
    if (edge) {
      const name = edge[2]!.toUpperCase();
      if (edge[1]!.toUpperCase() === 'BEGIN') {
        if (stack.length === 0 && name === 'VEVENT') {
          // A bare VEVENT (some exporters and test calendars write just the component): read
          // as if it stood in a VCALENDAR.
          bare = true;
          stack.push('VCALENDAR');
          out.push('BEGIN:VCALENDAR');
        }
        if (stack.length === 0 ? name !== 'VCALENDAR' : name === 'VCALENDAR') continue;
        if (stack.length >= MAX_DEPTH) {
          calendarNote(`BEGIN:${name} nested too deeply: left out`);
          continue;
        }
        if (name === 'VEVENT' && stack.length === 1) {
          event = { index: events++, lines: [], reasons: [] };
        }
        stack.push(name);
        emit(`BEGIN:${name}`);
        continue;
      }
      if (!stack.includes(name)) {
        if (stack.length)
          (event?.reasons ?? []).push(`END left out (END:${name}: no such component is open)`);
        continue;
      }
      // An END that skips open components closes them too (a VALARM its writer forgot to end).
      while (stack.length) {
        const open = stack.pop()!;
        close(open);
        if (open === name) break;
      }
      continue;
    }
    if (stack.length === 0) continue; // text around the calendar: signatures, HTML of an error page
    const checked = checkLine(line, stack, checkProperty);
    if (typeof checked === 'string') {
      emit(checked);
      if (event && /^UID[;:]/i.test(checked)) event.uid ??= valueOf(checked).trim();
      continue;
    }
    if (event) {
      if (checked.vital) event.fatal ??= checked.reason;
      else event.reasons.push(checked.reason);
    } else {
      calendarNote(checked.reason);
    }
  }
  while (stack.length) close(stack.pop()!);
  return { text: out.join('\r\n'), notes, kept, bare };
}

/** RFC 5545 §3.1: a line that starts with a space or a tab continues the one before. */
function* unfold(text: string): Generator<string> {
  let current: string | undefined;
  for (const line of text.split(/\r\n|\n|\r/)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && current !== undefined) {
      current += line.slice(1);
      continue;
    }
    if (current !== undefined) yield current;
    current = line;
  }
  if (current !== undefined) yield current;
}

interface Rejected {
  readonly reason: string;
  readonly vital: boolean;
}

/** The line as it may go on (possibly repaired), or why it may not. */
function checkLine(
  line: string,
  stack: readonly string[],
  checkProperty: PropertyCheck,
): string | Rejected {
  const name = /^[A-Za-z0-9-]+/.exec(line)?.[0].toUpperCase();
  const inEvent = stack[1] === 'VEVENT' && stack.length === 2;
  const inZoneRule =
    stack[1] === 'VTIMEZONE' && (stack[2] === 'STANDARD' || stack[2] === 'DAYLIGHT');
  const shown = line.length > 80 ? `${line.slice(0, 77)}…` : line;
  const vital = inEvent && VITAL.has(name ?? '');
  const reject = (why: string): Rejected => ({
    reason: `${vital ? 'unreadable' : `${name ?? 'line'} left out`} (${shown}: ${why})`,
    vital,
  });
  if (!name || !/[:;]/.test(line.charAt(name.length))) return reject('not a content line');
  let repaired = line;
  if (name === 'RRULE') {
    // "BYDAY=MO, TU": spaces never belong in a rule; without them it is unambiguous.
    repaired = repaired.replace(/^([^:]*:)(.*)$/, (_, head: string, value: string) =>
      head.concat(value.replace(/\s+/g, '')),
    );
  }
  if (DATE_PROPS.has(name)) repaired = markBareDates(repaired);
  try {
    checkProperty(repaired);
  } catch (error) {
    return reject((error as Error).message);
  }
  const value = valueOf(repaired);
  const why = problemOf(name, value, paramsOf(repaired), inEvent, inZoneRule);
  return why ? reject(why) : repaired;
}

/** What ical.js would accept but must not get: malformed dates, endless durations, … */
function problemOf(
  name: string,
  value: string,
  params: string,
  inEvent: boolean,
  inZoneRule: boolean,
): string | undefined {
  if (DATE_PROPS.has(name) && (inEvent || inZoneRule)) {
    const period = /;VALUE=PERIOD\b/i.test(params);
    for (const part of value.split(',')) {
      const [start, end] = period ? part.split('/') : [part];
      if (!isDateValue(start!)) return 'not a date or time';
      // A period runs between two times, or from a time for a duration (RFC 5545 §3.3.9).
      const times = end !== undefined && /T/i.test(start!) && (/T/i.test(end) || isDuration(end));
      if (period && !(times && (isDateValue(end!) || isDuration(end!)))) return 'not a period';
    }
  }
  if ((name === 'DURATION' && inEvent) || name === 'TRIGGER' || name === 'REFRESH-INTERVAL') {
    if (!/;VALUE=DATE-TIME\b/i.test(params) && !isDuration(value)) return 'not a usable duration';
  }
  if (name === 'RRULE' && inZoneRule && !/(^|;)FREQ=YEARLY(;|$)/i.test(value)) {
    return 'a time zone rule must be yearly';
  }
  if (name === 'RRULE' && inEvent) {
    const count = /(?:^|;)COUNT=(\d+)/i.exec(value)?.[1];
    if (count && Number(count) > MAX_COUNT) return `COUNT above ${MAX_COUNT}`;
  }
  return undefined;
}

const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/i;

function isDateValue(value: string): boolean {
  const m = DATE_VALUE.exec(value.trim());
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map((n) => Number(n ?? 0));
  return (
    year! >= 1000 &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= 31 &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 60
  );
}

const DURATION =
  /^[+-]?P(?:(\d{1,12})W)?(?:(\d{1,12})D)?(?:T(?:(\d{1,12})H)?(?:(\d{1,12})M)?(?:(\d{1,12})S)?)?$/i;

function isDuration(value: string): boolean {
  const m = DURATION.exec(value.trim());
  if (!m || !/\d/.test(value) || /T$/i.test(value.trim())) return false;
  const [w = 0, d = 0, h = 0, min = 0, s = 0] = m.slice(1).map((n) => Number(n ?? 0));
  return w * 604_800 + d * 86_400 + h * 3_600 + min * 60 + s <= MAX_DURATION_SECONDS;
}

/** `DTSTART:20260601` without `VALUE=DATE`: invalid, but common; ical.js would reject the event. */
function markBareDates(line: string): string {
  return line.replace(
    /^([A-Za-z-]+(?:;(?![^:]*VALUE=)[^:]*)?):(\d{8}(?:,\d{8})*)$/i,
    '$1;VALUE=DATE:$2',
  );
}

/** The value of a content line: after the first colon outside a quoted parameter. */
function valueOf(line: string): string {
  return line.slice(valueStart(line));
}

function paramsOf(line: string): string {
  return line.slice(0, valueStart(line));
}

function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === ':' && !quoted) return i + 1;
  }
  return line.length;
}
