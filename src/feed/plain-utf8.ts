/**
 * The store's fast path for the usual source: UTF-8, no other charset named, no calendar. Any other
 * body (a declared charset, a byte-order mark of UTF-16, bytes that are not UTF-8, a calendar to
 * unfold on octets) gives undefined and is read by decode-bytes.ts, loaded only then.
 * Gives exactly what `decodeBody` gives whenever it gives a text (test/feed/decode-bytes.test.ts).
 */
export function plainUtf8(bytes: ArrayBuffer, contentType: string): string | undefined {
  if (/charset\s*=\s*(?!["']?utf-8\b)|^\s*text\/calendar/i.test(contentType)) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  // UTF-16 without a mark is valid UTF-8 with NULs; an XML declaration may name another charset.
  const other = /^\s*(BEGIN:(VCALENDAR|VEVENT)\b|<\?xml[^>]*encoding\s*=\s*["'](?!utf-8["']))/i;
  return text.includes('\0') || other.test(text) ? undefined : text;
}
