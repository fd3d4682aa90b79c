/**
 * Small repairs that let a strict XML parser read what feedparser's lenient one reads: namespace
 * prefixes used without a declaration (`<itunes:subtitle>`, `<content:encoded>` in feeds that forgot
 * the xmlns), a last end tag cut short (`</rss` at the end of the file) and an XML declaration in
 * upper case (`<?XML VERSION="1.0"?>`, as the CDF Note's examples write it; decode-bytes.ts has
 * read its encoding already).
 */

/** The namespaces of prefixes feeds use, so that their elements are read even undeclared. */
const KNOWN: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};

export function repairXml(xml: string): string {
  const text = xml
    .replace(/^\s*<\?(?!xml\b)[Xx][Mm][Ll]\s[^<>]*?\?>/, '')
    .replace(/<\/([\w:.-]+)\s*$/, '</$1>');
  const declared = new Set(Array.from(text.matchAll(/\sxmlns:([\w.-]+)\s*=/g), (m) => m[1]!));
  const used = new Set(
    Array.from(
      text.matchAll(/<\/?([A-Za-z_][\w.-]*):[\w.-]+|\s([A-Za-z_][\w.-]*):[\w.-]+\s*=/g),
      (m) => (m[1] ?? m[2])!,
    ),
  );
  const missing = [...used].filter((p) => p !== 'xml' && p !== 'xmlns' && !declared.has(p));
  if (!missing.length) return text;
  const declarations = missing
    .map((p) => ` xmlns:${p}="${KNOWN[p] ?? `urn:undeclared:${p}`}"`)
    .join('');
  // Onto the root element: the first start tag after the prolog.
  return text.replace(
    /^((?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*<[\w:.-]+)/,
    `$1${declarations}`,
  );
}
