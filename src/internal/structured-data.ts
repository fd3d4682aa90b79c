/**
 * schema.org JSON-LD in the light DOM (search engines index shadow DOM poorly). Written only
 * when a widget has `structured-data`. The JSON is escaped so that no feed text can close the
 * script element or start markup.
 */
import { trustedScript } from '../feed/trusted-types.js';

const MARK = 'data-sonnec-jsonld';

function escapeJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Writes (or, with `items` undefined, removes) the host's JSON-LD script. */
export function writeStructuredData(host: Element, items: readonly object[] | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${MARK}]`);
  if (!items || items.length === 0) {
    script?.remove();
    return;
  }
  const json = escapeJson(JSON.stringify({ '@context': 'https://schema.org', '@graph': items }));
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(MARK, '');
    host.append(script);
  }
  if (script.textContent !== json) script.textContent = trustedScript(json);
}
