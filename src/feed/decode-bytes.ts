/**
 * A source's bytes → text, by what the bytes and the server say, in this order: a byte-order mark,
 * the HTTP charset, the XML declaration's encoding, then UTF-8, falling back to windows-1252 when
 * the bytes are no valid UTF-8 (as feedparser does). ISO-8859-1 labels decode as windows-1252,
 * as in browsers (the WHATWG Encoding Standard maps them so). UTF-32, which `TextDecoder` does not
 * know, is decoded here by hand (`decodeUtf32`).
 *
 * Calendars are unfolded on the octets first (RFC 5545 §3.1: CRLF + space/tab is removed), so a
 * line folded inside a UTF-8 character is whole again before it is decoded.
 * Pure: the CLI (Node) calls it with the body and its content type, the store (browser) when
 * `plainUtf8` cannot read the body (so that this module loads only for such sources).
 */

/** The text of a source body; `contentType` is the HTTP header or the one a file's name implies. */
export function decodeBody(body: ArrayBuffer | Uint8Array, contentType = ''): string {
  let bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const bom = bomEncoding(bytes);
  if (bom === 'utf-8') bytes = bytes.subarray(3);
  // UTF-16's and UTF-32's line ends are several octets: such a calendar is unfolded by its
  // parser, after decoding.
  if (!/^utf-(16|32)/.test(bom ?? '') && isCalendar(bytes, contentType))
    bytes = unfoldOctets(bytes);
  for (const label of [
    bom,
    charsetOf(contentType),
    bom ? undefined : xmlDeclEncoding(bytes),
    'utf-8',
  ]) {
    const text = label && tryDecode(bytes, label);
    if (text !== undefined) return text;
  }
  return tryDecode(bytes, 'windows-1252')!;
}

/** Bytes 0x80–0x9F of windows-1252 (five of them unassigned, kept as C1 controls as browsers do). */
const CP1252_C1 =
  '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f' +
  '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function bomEncoding(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  // UTF-32 before UTF-16: FF FE 00 00 starts like UTF-16 LE's mark. Without a mark, "<" in
  // UTF-32 (XML 1.0 appendix F).
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0 && b[3] === 0x3c) return 'utf-32be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  // No mark, but "<?" in UTF-16 (XML 1.0 appendix F).
  if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) return 'utf-16le';
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) return 'utf-16be';
  return undefined;
}

function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1];
}

/** The start of the body as ASCII (the XML declaration and BEGIN:VCALENDAR are ASCII). */
function head(bytes: Uint8Array, length: number): string {
  return String.fromCharCode(...bytes.subarray(0, length));
}

function xmlDeclEncoding(bytes: Uint8Array): string | undefined {
  const label = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(
    head(bytes, 200),
  )?.[1];
  // A declaration readable as ASCII cannot be in UTF-16 (which would have had a mark, above).
  return label && !/^utf-?(16|32)/i.test(label) ? label : undefined;
}

function isCalendar(bytes: Uint8Array, contentType: string): boolean {
  return (
    /^text\/calendar\b/i.test(contentType.trim()) ||
    /^\s*BEGIN:(VCALENDAR|VEVENT)\b/i.test(head(bytes, 64))
  );
}

/** Removes every CRLF (or bare LF) followed by one space or tab: RFC 5545's unfolding. */
export function unfoldOctets(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d && bytes[i + 1] === 0x0a && isBlank(bytes[i + 2])) {
      i += 2;
      continue;
    }
    if (b === 0x0a && isBlank(bytes[i + 1])) {
      i += 1;
      continue;
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

const isBlank = (b: number | undefined) => b === 0x20 || b === 0x09;

/** Decodes strictly; undefined when the label is unknown or the bytes are not in that encoding. */
function tryDecode(bytes: Uint8Array, label: string): string | undefined {
  const utf32 = /^(?:utf-?32|ucs-?4)(le|be)?$/i.exec(label.trim());
  if (utf32) return decodeUtf32(bytes, utf32[1] ? utf32[1].toLowerCase() === 'le' : undefined);
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase(), { fatal: true });
    const text = decoder.decode(bytes);
    // Node's decoder (without full ICU) reads windows-1252 as ISO-8859-1: "€" would be U+0080.
    return decoder.encoding === 'windows-1252'
      ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!)
      : text;
  } catch {
    return undefined;
  }
}

/**
 * UTF-32 (which `TextDecoder` does not know). The byte order is the mark's, else `littleEndian`'s
 * (else big-endian, as RFC 2781 says for UTF-16); the mark is dropped. Code points beyond
 * U+10FFFF, surrogates and a cut-off last unit become U+FFFD. Built in chunks, so a large body
 * does not overflow the call stack.
 */
export function decodeUtf32(bytes: Uint8Array, littleEndian?: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const units = Math.floor(bytes.length / 4);
  let le = littleEndian ?? false;
  let i = 0;
  if (units > 0) {
    if (view.getUint32(0, true) === 0xfeff) [le, i] = [true, 1];
    else if (view.getUint32(0, false) === 0xfeff) [le, i] = [false, 1];
  }
  const chunks: string[] = [];
  for (; i < units; i += CHUNK) {
    const points: number[] = [];
    for (let k = i; k < Math.min(units, i + CHUNK); k++) {
      const code = view.getUint32(k * 4, le);
      points.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    }
    chunks.push(String.fromCodePoint(...points));
  }
  if (bytes.length % 4) chunks.push('\ufffd');
  return chunks.join('');
}

const CHUNK = 8192;
