/**
 * HTML's named character references, from the `entities` package (the WHATWG table, kept by its
 * authors; about 11 kB gzipped). Imported only by the RSS/Atom adapter, so the table loads with
 * that lazy chunk and never with the main bundle.
 */
import { decodeHTML, decodeHTMLStrict } from 'entities/decode';

/** Decodes every character reference as a browser does in HTML text (`&nbsp;`, `&szlig;`, `&#223;`). */
export function decodeHtml(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const BARE_AMPERSAND = /&(?!(?:[A-Za-z_][\w.-]*|#\d+|#x[0-9A-Fa-f]+);)/g;

/** Internal entities whose value is plain text are expanded here, up to this many characters. */
const MAX_EXPANSION = 1_000_000;

/**
 * Makes XML that uses HTML's entities without declaring them (`&nbsp;` in an RSS 0.91 feed) well
 * formed, as feedparser recovers from it: an undeclared HTML entity becomes a numeric reference,
 * an unknown one and a bare `&` text. The five XML entities stay; a declared entity whose value is
 * plain text is expanded (xmldom, the CLI's parser, reads no internal subset), others stay.
 */
export function declareHtmlEntities(xml: string): string {
  if (!xml.includes('&')) return xml;
  const parts = splitVerbatim(xml);
  const doctype = parts.find((part, i) => i % 2 === 1 && /^<!DOCTYPE/i.test(part)) ?? '';
  const declared = new Map<string, string | undefined>();
  for (const m of doctype.matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"<]*)"|'([^'<]*)'|)/g)) {
    const value = m[2] ?? m[3];
    declared.set(m[1]!, value !== undefined && !/[&<%]/.test(value) ? value : undefined);
  }
  let budget = MAX_EXPANSION;
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(BARE_AMPERSAND, '&amp;')
            .replace(/&([A-Za-z_][\w.-]*);/g, (whole, name: string) => {
              if (XML_ENTITIES.has(name)) return whole;
              if (declared.has(name)) {
                const value = declared.get(name);
                if (value === undefined || value.length > budget) return whole;
                budget -= value.length;
                return value;
              }
              const text = decodeHTMLStrict(whole);
              if (text === whole) return `&amp;${name};`;
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
