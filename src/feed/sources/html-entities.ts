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
/** CDATA sections, comments and the doctype: their `&` are not references of the document. */
const VERBATIM = /(<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)/i;
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
  const declared = new Map<string, string | undefined>();
  for (const m of xml.matchAll(/<!ENTITY\s+([\w.-]+)\s+(?:"([^"]*)"|'([^']*)'|)/g)) {
    const value = m[2] ?? m[3];
    declared.set(m[1]!, value !== undefined && !/[&<%]/.test(value) ? value : undefined);
  }
  let budget = MAX_EXPANSION;
  return xml
    .split(VERBATIM)
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
