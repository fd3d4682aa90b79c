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

/**
 * Makes XML that uses HTML's entities without declaring them (`&nbsp;` in an RSS 0.91 feed) well
 * formed, as feedparser recovers from it: an undeclared HTML entity becomes a numeric reference,
 * an unknown one and a bare `&` text. The five XML entities and declared ones stay.
 */
export function declareHtmlEntities(xml: string): string {
  if (!xml.includes('&')) return xml;
  const declared = new Set(Array.from(xml.matchAll(/<!ENTITY\s+([\w.-]+)/g), (m) => m[1]!));
  return xml
    .split(VERBATIM)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(BARE_AMPERSAND, '&amp;')
            .replace(/&([A-Za-z_][\w.-]*);/g, (whole, name: string) => {
              if (XML_ENTITIES.has(name) || declared.has(name)) return whole;
              const text = decodeHTMLStrict(whole);
              if (text === whole) return `&amp;${name};`;
              return Array.from(text, (c) => `&#${c.codePointAt(0)};`).join('');
            }),
    )
    .join('');
}
