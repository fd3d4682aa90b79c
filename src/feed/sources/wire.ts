/**
 * What every source adapter shares: its options, and helpers that write the feed's wire format
 * (the plain objects of docs/feed.md). An adapter maps its format onto wire objects and ends with
 * `finish()`, so that every format goes through the one validation path, `validateFeed`.
 */
import { berlinOffsetMinutes, berlinParts } from '../berlin-time.js';
import type { CityId, DroppedItem, Feed } from '../types.js';
import { validateFeed } from '../validate.js';

/** The part of `DOMParser` the XML adapters use; Node has none, so the CLI passes one in. */
export interface XmlParser {
  parseFromString(text: string, type: 'application/xml'): Document;
}

/**
 * Reads HTML character references as a browser reads them in text, each on its own:
 * `['&auml;', '&amp', '&notit;', '&#150;', '&bogus;']` → `['ä', '&', '¬it;', '–', '&bogus;']`.
 * In the browser, the browser's own HTML parser does it (browser-references.ts); Node has none, so
 * the CLI passes one built on xmldom's table (src/cli/table-references.ts).
 */
export type ReferenceDecoder = (references: readonly string[]) => readonly string[];

export interface AdapterOptions {
  /** City of items whose source does not name one. ICS, RSS and Atom never do: default `both`. */
  readonly city?: CityId;
  /** Where the source came from: relative links in it are resolved against this URL. */
  readonly baseUrl?: string;
  /** XML parser for RSS/Atom; defaults to the browser's `DOMParser`. */
  readonly xmlParser?: XmlParser;
  /** HTML's named entities for RSS/Atom; defaults to the browser's own HTML parser. */
  readonly decodeReferences?: ReferenceDecoder;
}

export type Wire = Record<string, unknown>;

/**
 * Validates the wire feed an adapter built and adds the adapter's own dropped items. `origins`
 * maps a section's wire index to the index of the item in the source (a VEVENT, a feature), so
 * that every dropped entry points into the source the webmaster knows.
 */
export function finish(
  wire: Wire,
  dropped: readonly DroppedItem[],
  origins: Readonly<Record<string, readonly number[]>> = {},
): Feed {
  const feed = validateFeed({ version: 1, ...wire });
  if (!dropped.length && !feed.dropped.length) return feed;
  const located = feed.dropped.map((d) => {
    const index = origins[d.section]?.[d.index];
    return index === undefined ? d : { ...d, index };
  });
  const all = [...dropped, ...located];
  const sections = [...new Set(all.map((d) => d.section))];
  const rank = (d: DroppedItem) => sections.indexOf(d.section);
  return { ...feed, dropped: all.sort((a, b) => rank(a) - rank(b) || a.index - b.index) };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `2026-03-29`: the Berlin calendar day of an instant. */
export function berlinDate(epoch: number): string {
  const p = berlinParts(epoch);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `2026-03-29T03:00:00+02:00`: an instant written in Berlin's wall time with its offset. */
export function isoInBerlin(epoch: number): string {
  const p = berlinParts(epoch);
  const offset = berlinOffsetMinutes(epoch);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${berlinDate(epoch)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/**
 * A short id that is the same on every run for the same input (cyrb53, a well-known 53-bit
 * string hash): for items whose source gives no id of its own.
 */
export function stableId(prefix: string, ...parts: readonly unknown[]): string {
  const text = parts.map((part) => String(part ?? '')).join('\u001f');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${prefix}-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}

/** Resolves a link of the source against the source's own URL; leaves it as is otherwise. */
export function absoluteUrl(value: string | null | undefined, base?: string): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  if (!base || !/^https?:/i.test(base)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  bdquo: '„',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  lsquo: '‘',
  rsquo: '’',
  laquo: '«',
  raquo: '»',
  euro: '€',
  copy: '©',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
};

/** Decodes HTML character references (numeric ones and the names German sites use). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && code !== 0xfffe ? String.fromCodePoint(code) : '';
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

const HTML_TAG =
  /<\/?(?:p|br|a|b|i|em|strong|ul|ol|li|div|span|img|h[1-6]|blockquote|figure|table)\b[^<>]*>/i;

/** True when a string of a plain-text field is in fact HTML (TYPO3 and WordPress do this). */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text);
}

const BLOCK_TAG =
  /<\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|figure|figcaption|section|article|hr|dd|dt)\b[^<>]*>/gi;

/**
 * Plain text of an HTML fragment, on one line: for teasers and titles, shown as text, never as HTML.
 * `decode` reads its character references (the RSS/Atom adapter passes HTML's full table).
 */
export function htmlToText(
  html: string,
  decode: (text: string) => string = decodeEntities,
): string {
  return decode(
    html
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(BLOCK_TAG, ' ')
      .replace(/<[^<>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const WEB_ADDRESS = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]']/g;

function linkedParagraph(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    const url = escapeHtml(match[0]);
    html += escapeHtml(text.slice(last, match.index)) + `<a href="${url}">${url}</a>`;
    last = match.index + match[0].length;
  }
  return (html + escapeHtml(text.slice(last))).replace(/\n/g, '<br>');
}

/** Plain text as simple HTML: paragraphs at blank lines, `<br>` at line breaks, linked web addresses. */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${linkedParagraph(paragraph)}</p>`)
    .join('');
}

/** Reads a city name as the sources write it ("Neustadt b. Coburg", "SON"): our id or undefined. */
export function cityFromName(value: unknown): CityId | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().toLowerCase();
  if (name === 'both' || name === 'beide' || name === 'son.nec' || name === 'sonnec') return 'both';
  if (name === 'sonneberg' || name === 'son') return 'sonneberg';
  if (name === 'neustadt' || name === 'nec' || /^neustadt\b.*coburg/.test(name)) return 'neustadt';
  return undefined;
}
