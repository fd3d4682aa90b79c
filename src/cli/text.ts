/** Small text helpers of the CLI's writers (calendars, Atom): hashes, slugs, plain text. */
import { decodeHtml } from '../feed/sources/html-entities.js';
import type { ReferenceDecoder } from '../feed/sources/index.js';
import type { Text } from '../feed/types.js';

/** A feed text in German (else English, else any language): the calendars' and Atom's text. */
export const germanText = (text: Text | undefined): string =>
  text === undefined
    ? ''
    : typeof text === 'string'
      ? text
      : (text.de ?? text.en ?? Object.values(text)[0] ?? '');

/** A feed text in English, else as `germanText`. */
export const englishText = (text: Text | undefined): string =>
  text === undefined ? '' : typeof text === 'string' ? text : (text.en ?? germanText(text));

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** SHA-256 of the text's UTF-8, in hex (Web Crypto: Node 20 and browsers alike). */
export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** The URL namespace of RFC 9562 (UUID version 5 names). */
const URL_NAMESPACE = '6ba7b8119dad11d180b400c04fd430c8';

/** A name-based UUID (version 5, SHA-1) as a `urn:uuid:` IRI: the same name, the same id. */
export async function uuidUrn(name: string): Promise<string> {
  const ns = new Uint8Array(URL_NAMESPACE.match(/../g)!.map((h) => parseInt(h, 16)));
  const bytes = new TextEncoder().encode(name);
  const data = new Uint8Array(ns.length + bytes.length);
  data.set(ns);
  data.set(bytes, ns.length);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', data)).slice(0, 16);
  digest[6] = (digest[6]! & 0x0f) | 0x50;
  digest[8] = (digest[8]! & 0x3f) | 0x80;
  const h = hex(digest.buffer);
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Letters and digits of `text` in lower case, joined by hyphens (`Märkte & Feste` → `maerkte-feste`). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Feed HTML as plain text: paragraphs and breaks as new lines, tags left out, entities read. */
export function plainText(html: string, decode: ReferenceDecoder): string {
  return decodeHtml(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6])\s*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
    decode,
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
