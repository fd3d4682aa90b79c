/**
 * Readers for single fields of untrusted feed items. Each returns a clean value or undefined;
 * they never throw. Strings are capped so that a hostile feed cannot bloat the page.
 */
import {
  berlinWallTime,
  fromWall,
  parseIsoDate,
  TIME_ZONE,
  type ParsedDate,
} from './berlin-time.js';
import type { CityId, Image, Location, Text } from './types.js';
import { safeImageUrl } from './url.js';
import { canonicalZone, fromZoneWall } from './zone-time.js';

const MAX_TEXT = 5_000;
const MAX_HTML = 100_000;
const LANGUAGE_KEY = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export type Raw = Record<string, unknown>;

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function cleanString(value: unknown, max = MAX_TEXT): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}

/** A string or a language map `{ de, en, … }` with at least one non-empty entry. */
export function readText(value: unknown): Text | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return readLanguages(value, MAX_TEXT);
}

/** An HTML fragment: a string, or a language map of fragments `{ de: '<p>…</p>', en: … }`. */
export function readHtml(value: unknown): Text | undefined {
  return readLanguages(value, MAX_HTML);
}

/** The two languages of the region's feeds pass without the regular expression. */
function isLanguageKey(key: string): boolean {
  return key === 'de' || key === 'en' || LANGUAGE_KEY.test(key);
}

/**
 * The feed's own language map is kept when it is already clean (every key a language, every
 * entry a trimmed string within `max`): the usual case, and 10,000 events have ten maps each,
 * so copying them made most of validation's garbage. Otherwise a cleaned copy.
 */
function readLanguages(value: unknown, max: number): Text | undefined {
  if (typeof value === 'string') return cleanString(value, max);
  if (!isRecord(value)) return undefined;
  let clean = true;
  let any = false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    const entry = value[key];
    const text = cleanString(entry, max);
    if (text === undefined || text !== entry || !isLanguageKey(key)) clean = false;
    else any = true;
    if (!clean) break;
  }
  if (clean) return any ? (value as Record<string, string>) : undefined;
  const map: Record<string, string> = {};
  any = false;
  for (const key of Object.keys(value)) {
    const text = cleanString(value[key], max);
    if (text !== undefined && isLanguageKey(key)) {
      map[key] = text;
      any = true;
    }
  }
  return any ? map : undefined;
}

export function readId(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return cleanString(value, 200);
}

export function readCity(value: unknown): CityId | undefined {
  const id = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  return id === 'sonneberg' || id === 'neustadt' || id === 'both' ? id : undefined;
}

/** A date; one without offset is read in `zone` (default Berlin). */
export function readDate(value: unknown, zone?: string): ParsedDate | undefined {
  const fromWallTime = zone ? (wall: number) => fromZoneWall(zone, wall) : fromWall;
  return (
    (typeof value === 'string' && readCommonDate(value, fromWallTime)) ||
    parseIsoDate(value, fromWallTime)
  );
}

/** The number of the two digits at `s[i]`, or -1 when either is no digit. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The forms feeds write, read without the regular expression: `2026-12-05`,
 * `2026-12-05T19:00:00` and the same with `Z` or `+01:00`. A feed of 10,000 events has
 * 20,000 dates or more, and the expression's captures made a fifth of validation's time.
 * Undefined for anything else, which `parseIsoDate` then reads (or rejects) as before; the
 * values are `parseIsoDate`'s (test/feed/read-date.test.ts compares them).
 */
function readCommonDate(s: string, fromWallTime: (wall: number) => number): ParsedDate | undefined {
  const length = s.length;
  if (length !== 10 && length !== 19 && length !== 20 && length !== 25) return undefined;
  if (s[4] !== '-' || s[7] !== '-') return undefined;
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const year = century * 100 + yy;
  if (day > 28 && day > daysInMonth(year, month)) return undefined;
  if (length === 10) return { epoch: berlinWallTime(year, month, day), dateOnly: true };
  if (s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return undefined;
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  // 24:00:00 and leap seconds are rare: `parseIsoDate` reads them.
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
    return undefined;
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (length === 19) return { epoch: fromWallTime(wall), dateOnly: false, wall };
  if (length === 20) return s[19] === 'Z' ? { epoch: wall, dateOnly: false } : undefined;
  const sign = s[19] === '+' ? 1 : s[19] === '-' ? -1 : 0;
  const offsetHours = twoDigits(s, 20);
  const offsetMinutes = twoDigits(s, 23);
  if (!sign || s[22] !== ':' || offsetHours < 0 || offsetMinutes < 0) return undefined;
  return { epoch: wall - sign * (offsetHours * 60 + offsetMinutes) * 60_000, dateOnly: false };
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/**
 * A series' time zone: undefined for none (Berlin), the canonical IANA name, or the reason it
 * cannot be used. Berlin itself reads as undefined (the fast path, and one way to write it).
 */
export function readTimeZone(value: unknown): string | undefined | { reason: string } {
  if (value === undefined || value === null || value === '') return undefined;
  const name = typeof value === 'string' ? canonicalZone(value.trim()) : undefined;
  if (name === undefined) return { reason: `unknown time zone ${JSON.stringify(value)}` };
  return name === TIME_ZONE ? undefined : name;
}

export function readNumber(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

export function readTextList(value: unknown): Text[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const out: Text[] = [];
  for (let i = 0; i < list.length && i < 20; i++) {
    const text = readText(list[i]);
    if (text !== undefined) out.push(text);
  }
  return out;
}

export function readImage(value: unknown): Image | undefined {
  if (typeof value === 'string') {
    const src = safeImageUrl(value);
    return src ? { src, alt: '' } : undefined;
  }
  if (!isRecord(value)) return undefined;
  const src = safeImageUrl(value.src);
  if (!src) return undefined;
  const image: { src: string; alt: Text; credit?: Text } = { src, alt: readText(value.alt) ?? '' };
  const credit = readText(value.credit);
  if (credit !== undefined) image.credit = credit;
  return image;
}

export function readLocation(value: unknown): Location | undefined {
  if (typeof value === 'string') {
    const name = readText(value);
    return name !== undefined ? { name } : undefined;
  }
  if (!isRecord(value)) return undefined;
  const name = readText(value.name);
  if (name === undefined) return undefined;
  // Assigned one by one: spreads of `cond && { … }` cost an object each, per event.
  const location: { -readonly [K in keyof Location]: Location[K] } = { name };
  const address = readText(value.address);
  if (address !== undefined) location.address = address;
  const lat = readNumber(value.lat, -90, 90);
  const lon = readNumber(value.lon, -180, 180);
  if (lat !== undefined && lon !== undefined) {
    location.lat = lat;
    location.lon = lon;
  }
  const placeId = readId(value.placeId);
  if (placeId !== undefined) location.placeId = placeId;
  return location;
}
