/**
 * HTML's character references in feed text (`&nbsp;`, `&szlig;`, `&#223;`, `&amp` without its
 * semicolon), read by a `ReferenceDecoder`: the browser's own HTML parser, or in the CLI xmldom's
 * copy of the WHATWG table. No table of our own ships to phones.
 */
import type { ReferenceDecoder } from './wire.js';

/** A character reference as HTML's tokenizer reads one in text; a name runs to its last letter. */
const REFERENCE = /&(?:#(?:[xX][0-9A-Fa-f]+|\d+)|[A-Za-z][A-Za-z0-9]*);?/g;

/** The decoded text of each distinct reference, asked of the decoder in one batch. */
function decodedAll(references: Iterable<string>, decode: ReferenceDecoder): Map<string, string> {
  const tokens = [...new Set(references)];
  const decoded = tokens.length ? decode(tokens) : [];
  return new Map(tokens.map((token, i) => [token, decoded[i] ?? token]));
}

/** Decodes every character reference as a browser does in HTML text (`&nbsp;`, `&szlig;`, `&#223;`). */
export function decodeHtml(text: string, decode: ReferenceDecoder): string {
  if (!text.includes('&')) return text;
  const decoded = decodedAll(text.match(REFERENCE) ?? [], decode);
  return decoded.size ? text.replace(REFERENCE, (token) => decoded.get(token)!) : text;
}

/**
 * The names among these that are a named reference with their semicolon (`auml` → `ä`), as XML
 * reads an entity. `&notit;` is none: HTML reads `&not` without a semicolon, and then `it;`, which
 * is exactly what it reads in `&notit`; a full name's reference never reads so.
 */
function namedReferences(
  names: ReadonlySet<string>,
  decode: ReferenceDecoder,
): Map<string, string> {
  const candidates = [...names].filter((name) => /^[A-Za-z][A-Za-z0-9]*$/.test(name));
  const full = decodedAll(
    candidates.map((name) => `&${name};`),
    decode,
  );
  // Only a reference that read as something may be a name's: then ask how it reads without `;`.
  const read = candidates.filter((name) => full.get(`&${name};`) !== `&${name};`);
  const bare = decodedAll(
    read.map((name) => `&${name}`),
    decode,
  );
  const named = new Map<string, string>();
  for (const name of read) {
    const text = full.get(`&${name};`)!;
    if (text !== `${bare.get(`&${name}`)!};`) named.set(name, text);
  }
  return named;
}

/**
 * The decoder, remembering what it read: one feed asks for the same references in its XML and
 * again in its texts (`&amp;nbsp;`), hostile ones by the hundred thousand. One per feed.
 */
export function remembering(decode: ReferenceDecoder): ReferenceDecoder {
  const known = new Map<string, string>();
  return (references) => {
    const fresh = [...new Set(references.filter((r) => !known.has(r)))];
    if (fresh.length) {
      const decoded = decode(fresh);
      fresh.forEach((r, i) => known.set(r, decoded[i] ?? r));
    }
    return references.map((r) => known.get(r)!);
  };
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const BARE_AMPERSAND = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g;
const ENTITY_REFERENCE = /&([A-Za-z_][\w.-]*);/g;

/** Internal entities whose value is plain text are expanded here, up to this many characters. */
const MAX_EXPANSION = 1_000_000;

/**
 * Makes XML that uses HTML's entities without declaring them (`&nbsp;` in an RSS 0.91 feed) well
 * formed, as feedparser recovers from it: an undeclared HTML entity becomes a numeric reference,
 * an unknown one and a bare `&` text. The five XML entities stay; a declared entity whose value is
 * plain text is expanded (xmldom, the CLI's parser, reads no internal subset), others stay.
 */
export function declareHtmlEntities(xml: string, decode: ReferenceDecoder): string {
  if (!xml.includes('&')) return xml;
  const parts = splitVerbatim(xml).map((part, i) =>
    i % 2 === 1 ? part : part.replace(BARE_AMPERSAND, '&amp;'),
  );
  const doctype = parts.find((part, i) => i % 2 === 1 && /^<!DOCTYPE/i.test(part)) ?? '';
  const declared = new Map<string, string | undefined>();
  for (const m of doctype.matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"<]*)"|'([^'<]*)'|)/g)) {
    const value = m[2] ?? m[3];
    declared.set(m[1]!, value !== undefined && !/[&<%]/.test(value) ? value : undefined);
  }
  const undeclared = new Set<string>();
  parts.forEach((part, i) => {
    if (i % 2 === 1) return;
    for (const [, name] of part.matchAll(ENTITY_REFERENCE)) {
      if (!XML_ENTITIES.has(name!) && !declared.has(name!)) undeclared.add(name!);
    }
  });
  const html = namedReferences(undeclared, decode);
  let budget = MAX_EXPANSION;
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(ENTITY_REFERENCE, (whole, name: string) => {
            if (XML_ENTITIES.has(name)) return whole;
            if (declared.has(name)) {
              const value = declared.get(name);
              if (value === undefined || value.length > budget) return whole;
              budget -= value.length;
              return value;
            }
            const text = html.get(name);
            if (text === undefined) return `&amp;${name};`;
            return Array.from(text, (c) => `&#${c.codePointAt(0)};`).join('');
          }),
    )
    .join('');
}

const OPENERS = /<!(\[CDATA\[|--|DOCTYPE)/gi;
const SUBSET_END = /\]\s*>/g;

/**
 * Splits XML into markup (even indices) and what is not the document's text (odd: CDATA
 * sections, comments, the doctype), whose `&` are no references. By indexOf, in linear time
 * whatever the input (a regular expression would rescan for every unclosed `<![CDATA[`).
 */
function splitVerbatim(xml: string): string[] {
  const parts: string[] = [];
  let from = 0;
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(xml); m; m = OPENERS.exec(xml)) {
    const opener = m[1]!.toUpperCase();
    const after = (token: string, start: number) => {
      const at = xml.indexOf(token, start);
      return at === -1 ? 0 : at + token.length;
    };
    let end: number;
    if (opener === '--') end = after('-->', m.index + 4);
    else if (opener !== 'DOCTYPE') end = after(']]>', m.index + 9);
    else {
      const close = xml.indexOf('>', m.index);
      const subset = xml.indexOf('[', m.index);
      SUBSET_END.lastIndex = subset;
      end = subset !== -1 && subset < close ? (SUBSET_END.exec(xml)?.index ?? -1) : close;
      end = end === -1 ? 0 : after('>', end);
    }
    if (end <= 0) end = xml.length; // unclosed: the rest is not text either
    parts.push(xml.slice(from, m.index), xml.slice(m.index, end));
    from = OPENERS.lastIndex = end;
  }
  parts.push(xml.slice(from));
  return parts;
}
