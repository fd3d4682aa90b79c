/**
 * Relative links in a feed: `xml:base` on the feed, an entry or any element says what they are
 * relative to, and the source's own URL is the base of the outermost one (RFC 3986 §5.1, XML Base).
 * Resolved at read time, so the CLI's output and the browser's model hold absolute links.
 */

/** The base URL of an element: its own and its ancestors' `xml:base`, over the source's URL. */
export function baseOf(el: Element, sourceUrl: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = el; node; node = node.parentNode as Element | null) {
    if (node.nodeType !== 1) break;
    const base = node.getAttribute('xml:base');
    if (base) bases.push(base.trim());
  }
  let base = sourceUrl && /^https?:/i.test(sourceUrl) ? sourceUrl : undefined;
  for (const value of bases.reverse()) base = resolve(value, base) ?? base;
  return base;
}

/** An absolute URL, or undefined when `url` is relative and there is no base to anchor it. */
function resolve(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** A link of the feed made absolute; left as written when it cannot be. */
export function absoluteLink(
  value: string | null | undefined,
  base: string | undefined,
): string | undefined {
  const url = value?.trim();
  if (!url) return undefined;
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#')
    ? url
    : (resolve(url, base) ?? url);
}

const LINK_ATTRIBUTE =
  /(<[a-z][^<>]*?\s(?:href|src|poster)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** `href`, `src` and `poster` inside feed HTML made absolute against `base`. */
export function resolveHtmlLinks(html: string, base: string | undefined): string {
  if (!base) return html;
  return html.replace(
    LINK_ATTRIBUTE,
    (whole, start: string, dq?: string, sq?: string, bare?: string) => {
      const value = dq ?? sq ?? bare ?? '';
      const url = absoluteLink(value.replace(/&amp;/g, '&'), base);
      return url === undefined || url === value
        ? whole
        : `${start}"${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
    },
  );
}
