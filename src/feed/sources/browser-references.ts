/**
 * HTML's character references read by the browser's own HTML parser: its table is the WHATWG's,
 * kept by the browser, and costs no byte of ours. Only the references themselves are parsed, each
 * in an element of its own, in a DOMParser document (inert: nothing runs, nothing loads); a
 * reference is `&`, letters, digits, `#` and `;` only, so no feed markup ever reaches the parser.
 */
import { inertHtml } from '../trusted-types.js';
import { decodeEntities, type ReferenceDecoder } from './wire.js';

const REFERENCE = /^&(?:#(?:[xX][0-9A-Fa-f]+|\d+)|[A-Za-z][A-Za-z0-9]*);?$/;

export const browserReferences: ReferenceDecoder = (references) => {
  // Anything else would be markup: never parsed, returned as written.
  const tokens = references.map((r) => (REFERENCE.test(r) ? r : ''));
  try {
    const html = `<!doctype html><body>${tokens.map((t) => `<span>${t}</span>`).join('')}`;
    const cells = new DOMParser().parseFromString(inertHtml(html), 'text/html').body.children;
    return references.map((r, i) => (tokens[i] && cells[i]?.textContent) || r);
  } catch {
    // A page whose Trusted Types policy refuses ours: the common names still read.
    return references.map(decodeEntities);
  }
};
