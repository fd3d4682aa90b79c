/**
 * HTML's character references for the CLI, where Node has no HTML parser: read from a table of
 * the WHATWG's named references (the launcher passes xmldom's, `@xmldom/xmldom/lib/entities.js`:
 * all 2,125 names, without their semicolons), by the rules of HTML's tokenizer in text, so that
 * the CLI reads a feed exactly as the widgets read it in a browser (test/feed/sources/
 * references.test.ts compares both on every name).
 */
import type { ReferenceDecoder } from '../feed/sources/index.js';

/**
 * The references HTML also reads without their semicolon (`&amp`, `&nbsp`, `&auml`): the
 * HTML 3.2 ones, Latin-1 and the markup characters. xmldom's table does not mark them; the
 * test above checks this list against the browser's.
 */
const LEGACY = new Set(
  (
    'AElig AMP Aacute Acirc Agrave Aring Atilde Auml COPY Ccedil ETH Eacute Ecirc Egrave Euml GT ' +
    'Iacute Icirc Igrave Iuml LT Ntilde Oacute Ocirc Ograve Oslash Otilde Ouml QUOT REG THORN ' +
    'Uacute Ucirc Ugrave Uuml Yacute aacute acirc acute aelig agrave amp aring atilde auml brvbar ' +
    'ccedil cedil cent copy curren deg divide eacute ecirc egrave eth euml frac12 frac14 frac34 gt ' +
    'iacute icirc iexcl igrave iquest iuml laquo lt macr micro middot nbsp not ntilde oacute ' +
    'ocirc ograve ordf ordm oslash otilde ouml para plusmn pound quot raquo reg sect shy sup1 ' +
    'sup2 sup3 szlig thorn times uacute ucirc ugrave uml uuml yacute yen yuml'
  ).split(' '),
);
const LONGEST_LEGACY = 6;

/** `&#150;` means what byte 150 means in windows-1252 (`–`), as HTML reads it. */
const windows1252 = new TextDecoder('windows-1252');

function numeric(digits: string): string {
  const code = /^[xX]/.test(digits) ? parseInt(digits.slice(1), 16) : parseInt(digits, 10);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  if (code >= 0x80 && code <= 0x9f) return windows1252.decode(Uint8Array.of(code));
  return String.fromCodePoint(code);
}

/** A decoder reading `table` (names without `;` → text) as HTML reads references in text. */
export function tableReferences(table: Readonly<Record<string, string>>): ReferenceDecoder {
  const has = (name: string) => Object.prototype.hasOwnProperty.call(table, name);
  const one = (reference: string): string => {
    const m = /^&(?:#([xX][0-9A-Fa-f]+|\d+)|([A-Za-z][A-Za-z0-9]*));?$/.exec(reference);
    if (!m) return reference;
    const [, digits, name] = m;
    if (digits !== undefined) return numeric(digits);
    if (reference.endsWith(';') && has(name!)) return table[name!]!;
    // Without its semicolon (or unknown with it): the longest HTML 3.2 name it starts with.
    for (let length = Math.min(name!.length, LONGEST_LEGACY); length > 1; length--) {
      const prefix = name!.slice(0, length);
      if (LEGACY.has(prefix) && has(prefix)) return table[prefix]! + reference.slice(length + 1);
    }
    return reference;
  };
  return (references) => references.map(one);
}
