/**
 * Readers for single fields of untrusted feed items. Each returns a clean value or undefined;
 * they never throw. Strings are capped so that a hostile feed cannot bloat the page.
 */
import { parseIsoDate, TIME_ZONE, type ParsedDate } from './berlin-time.js';
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
  return (
    (typeof value === 'string' && readOffsetDate(value)) ||
    (zone ? parseIsoDate(value, (wall) => fromZoneWall(zone, wall)) : parseIsoDate(value))
  );
}

const WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)$/;

/**
 * `2026-12-05T19:00:00+01:00` or `…Z`, as `sonnec-feed build` writes dates, read without the
 * general expression's captures: a feed of 10,000 events has 20,000 dates, and the captures
 * made a fifth of validation's time. Undefined for anything else (24:00, leap seconds, another
 * form), which `parseIsoDate` reads or rejects; the values are its own (read-date.test.ts).
 */
function readOffsetDate(s: string): ParsedDate | undefined {
  if (!WITH_OFFSET.test(s)) return undefined;
  const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5) - 1;
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  if (month < 0 || month > 11 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  // A day past the month's end (Date.UTC would run on into the next month).
  if (day > 28 && Date.UTC(year, month, day) >= Date.UTC(year, month + 1, 1)) return undefined;
  const offset =
    s.length > 20
      ? (twoDigits(s, 20) * 60 + twoDigits(s, 23)) * (s[19] === '-' ? -60_000 : 60_000)
      : 0;
  return { epoch: Date.UTC(year, month, day, hour, minute, second) - offset, dateOnly: false };
}

/** The number written by the two ASCII digits at `i` of `s` (48 is the code of '0'). */
function twoDigits(s: string, i: number): number {
  return s.charCodeAt(i) * 10 + s.charCodeAt(i + 1) - 528;
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
