/**
 * The allow-list for every URL the feed gives us. Anything else (`javascript:`, `data:`,
 * `vbscript:`, obfuscated variants) becomes undefined and is never rendered as a link or source.
 */
const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
// Browsers drop ASCII control characters and whitespace inside a scheme ("java\tscript:").
// eslint-disable-next-line no-control-regex
const IGNORED_BY_BROWSERS = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** A plain absolute web address, as almost every feed URL is: nothing for the checks below. */
const PLAIN_HTTP = /^https?:\/\/[\w.~:@!$&'()*+,;=%/?#[\]-]*$/i;

export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  if (PLAIN_HTTP.test(trimmed)) return trimmed;
  const compact = trimmed.replace(IGNORED_BY_BROWSERS, '');
  if (compact.includes('\\')) return undefined; // backslashes are read as slashes by browsers
  const scheme = SCHEME.exec(compact);
  if (scheme) {
    if (!ALLOWED_SCHEMES.has(scheme[1]!.toLowerCase() + ':')) return undefined;
    return compact;
  }
  // A colon before any slash, ? or # would make the browser read a scheme we did not see.
  const firstColon = compact.indexOf(':');
  if (firstColon !== -1 && !/[/?#]/.test(compact.slice(0, firstColon))) return undefined;
  return compact;
}

/** Only http(s) and relative URLs are fit for images. */
export function safeImageUrl(value: unknown): string | undefined {
  const url = safeUrl(value);
  if (!url || /^(mailto|tel):/i.test(url)) return undefined;
  return url;
}
