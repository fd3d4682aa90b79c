/**
 * Dates as feeds write them → the feed's wire dates (docs/feed.md): RFC 822 and what servers make
 * of it (full weekday names, English and German, "Montag, 29. März 2027", `+01:00` offsets, zone
 * names), asctime, JavaScript's `Date.toString()`, and ISO 8601 / W3CDTF. A date without a zone is
 * Berlin wall time. A zone name we do not know is reported, never silently read as Berlin.
 */
import { isoInBerlin } from './wire.js';

/** `wire`: an ISO date the validator reads; `problem`: why there is none, or why it is approximate. */
export interface FeedDate {
  readonly wire?: string;
  readonly problem?: string;
}

const MONTHS = new Map<string, number>();
[
  'january januar jänner jan',
  'february februar feber feb',
  'march märz maerz mär mrz mar',
  'april apr',
  'may mai',
  'june juni jun',
  'july juli jul',
  'august aug',
  'september sept sep',
  'october oktober okt oct',
  'november nov',
  'december dezember dez dec',
].forEach((names, i) => names.split(' ').forEach((name) => MONTHS.set(name, i + 1)));

const WEEKDAY =
  /^(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so)[a-z]*\.?,?$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag),?$/i;

/** Zone names RFC 822 defines and those servers write anyway, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MET: 60,
  MEST: 120,
  MEZ: 60,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  AST: -240,
  ADT: -180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};
// RFC 822's military zones: A–I and K–M west (-1…-12 h), N–Y east (+1…+12 h), Z is UTC.
for (const [i, letter] of [...'ABCDEFGHIKLM'].entries()) ZONES[letter] = -(i + 1) * 60;
for (const [i, letter] of [...'NOPQRSTUVWXY'].entries()) ZONES[letter] = (i + 1) * 60;

const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?$/;
const YEAR = /^\d{2}$|^\d{4}$/;

/** Reads a feed's date; undefined when there is none. */
export function readFeedDate(value: string | undefined | null): FeedDate | undefined {
  const text = value?.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  // No date is longer; a longer text is not worth the regular expressions' time.
  if (text.length > 100) return { problem: `unreadable date "${text.slice(0, 40)}…"` };
  return readIso(text) ?? readWritten(text) ?? { problem: `unreadable date "${text}"` };
}

function readIso(text: string): FeedDate | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  if (m[4] === undefined) return dateOnly(year, month, day);
  const offset =
    m[7] === undefined ? undefined : (ZONES[m[7].toUpperCase()] ?? numericOffset(m[7]));
  return build(year, month, day, [Number(m[4]), Number(m[5] ?? 0), Number(m[6] ?? 0)], offset);
}

/**
 * RFC 822 and its relatives, as words: an optional weekday, then the day and month in either
 * order, the year, a time and a zone, wherever asctime and `Date.toString()` put them.
 */
function readWritten(text: string): FeedDate | undefined {
  const words = text
    .replace(/\(.*\)$/, '') // "(Mitteleuropäische Sommerzeit)" after Date.toString()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words[0] && WEEKDAY.test(words[0]) && !MONTHS.has(words[0].toLowerCase())) words.shift();
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let time: number[] | undefined;
  let zone: string | undefined;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/\.$/, '');
    const t = TIME.exec(word);
    if (month === undefined && MONTHS.has(lower)) month = MONTHS.get(lower);
    else if (t && !time) time = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
    else if (day === undefined && /^\d{1,2}\.?$/.test(word)) day = parseInt(word);
    else if (year === undefined && YEAR.test(word) && day !== undefined) year = twoDigitYear(word);
    else if (year === undefined && /^\d{4}$/.test(word)) year = Number(word);
    else if (zone === undefined && (time || year !== undefined)) zone = word;
    else return undefined;
  }
  if (day === undefined || month === undefined || year === undefined) return undefined;
  if (!time) return zone === undefined ? dateOnly(year, month, day) : undefined;
  if (zone === undefined) return build(year, month, day, time, undefined);
  const offset = zoneOffset(zone);
  if (offset !== undefined) return build(year, month, day, time, offset);
  const wall = build(year, month, day, time, undefined);
  if (/^Europe\/Berlin$/i.test(zone)) return wall;
  return wall.wire
    ? { wire: wall.wire, problem: `unknown time zone "${zone}": read as Berlin time` }
    : wall;
}

function twoDigitYear(word: string): number {
  const year = Number(word);
  // RFC 2822 §4.3: 00–49 are 2000–2049, 50–99 are 1950–1999.
  return word.length > 2 ? year : year + (year < 50 ? 2000 : 1900);
}

/** Minutes east of UTC for `+0200`, `+02:00`, `+02`, `GMT+0200`, `UTC+2`, `Etc/GMT-2`, names. */
function zoneOffset(zone: string): number | undefined {
  const upper = zone.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  // IANA's Etc zones are POSIX-signed: Etc/GMT-2 is two hours east of Greenwich.
  const etc = /^ETC\/(?:GMT|UTC|UT)(?:([+-])(\d{1,2}))?$/.exec(upper);
  if (etc) return etc[1] ? (etc[1] === '-' ? 1 : -1) * Number(etc[2]) * 60 : 0;
  const named = /^(?:GMT|UTC|UT)([+-].*)$/.exec(upper);
  return numericOffset(named ? named[1]! : zone);
}

function numericOffset(zone: string): number | undefined {
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!m || Number(m[2]) > 14 || Number(m[3] ?? 0) > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function realDay(year: number, month: number, day: number): boolean {
  return (
    month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
  );
}

function dateOnly(year: number, month: number, day: number): FeedDate {
  return realDay(year, month, day)
    ? { wire: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }
    : { problem: `no such day: ${year}-${pad(month)}-${pad(day)}` };
}

/** Berlin wall time without an offset; with one, the instant written in Berlin's time. */
function build(
  year: number,
  month: number,
  day: number,
  time: number[],
  offset: number | undefined,
): FeedDate {
  const [hour, minute, second] = time as [number, number, number];
  const date = dateOnly(year, month, day);
  if (!date.wire) return date;
  if (hour > 24 || minute > 59 || second > 60)
    return { problem: `no such time: ${time.join(':')}` };
  if (offset === undefined)
    return { wire: `${date.wire}T${pad(hour)}:${pad(minute)}:${pad(second)}` };
  return {
    wire: isoInBerlin(
      Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * 60_000,
    ),
  };
}
