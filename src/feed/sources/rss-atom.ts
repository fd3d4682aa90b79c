/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom → the feed's news. Parsed as XML ("application/xml") by the
 * browser's DOMParser, never as live HTML: no script runs and nothing is fetched while parsing.
 * Node has no DOMParser, so the CLI passes one in (`xmlParser`). Only DOM Level 2 calls are used
 * (childNodes, localName, namespaceURI, getAttribute, textContent), which every XML DOM has.
 *
 * HTML (content:encoded, description with markup, Atom html/xhtml content) goes to `body` and is
 * sanitized by the widgets; a plain-text teaser goes to `summary`.
 */
import { FeedError } from '../errors.js';
import type { Feed } from '../types.js';
import {
  absoluteUrl,
  decodeEntities,
  escapeHtml,
  finish,
  htmlToText,
  isoInBerlin,
  looksLikeHtml,
  stableId,
  type AdapterOptions,
  type Wire,
  type XmlParser,
} from './wire.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const RSS1 = 'http://purl.org/rss/1.0/';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const MEDIA = 'http://search.yahoo.com/mrss/';
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

/** Parses an RSS or Atom document; which one it is, the root element tells. */
export function parseRssOrAtom(text: string, options: AdapterOptions = {}): Feed {
  const root = parseXml(text, options.xmlParser);
  switch (root.localName) {
    case 'rss':
    case 'RDF':
      return readRss(root, options);
    case 'feed':
      return readAtom(root, options);
    default:
      throw new FeedError('parse', `The XML source is no RSS or Atom feed (<${root.localName}>).`);
  }
}

function parseXml(text: string, parser: XmlParser | undefined): Element {
  const xml = parser ?? (typeof DOMParser === 'function' ? new DOMParser() : undefined);
  if (!xml) throw new FeedError('parse', 'No XML parser available for RSS/Atom.');
  let doc: Document;
  try {
    doc = xml.parseFromString(text, 'application/xml');
  } catch (error) {
    throw new FeedError('parse', `The XML is not well-formed (${(error as Error).message}).`);
  }
  const root = doc?.documentElement;
  // Browsers answer malformed XML with a <parsererror> document instead of throwing.
  if (!root || root.localName === 'parsererror' || doc.getElementsByTagName('parsererror')[0]) {
    throw new FeedError('parse', 'The XML is not well-formed.');
  }
  return root;
}

// ---------------------------------------------------------------- RSS 2.0 and RSS 1.0

function readRss(root: Element, options: AdapterOptions): Feed {
  const channel = child(root, 'channel');
  // RSS 2.0 nests items in <channel>; RSS 1.0 puts them beside it.
  const items = [...children(channel ?? root, 'item'), ...(channel ? children(root, 'item') : [])];
  const news = items.map((item) => rssItem(item, options));
  const title = textOf(channel && child(channel, 'title'));
  const updated = rssDate(
    channel && (child(channel, 'lastBuildDate') ?? child(channel, 'date', DC)),
  );
  return finish({ ...(title && { title }), ...(updated && { updated }), news }, []);
}

function rssItem(item: Element, options: AdapterOptions): Wire {
  const title = plainTitle(textOf(child(item, 'title')));
  const guid = child(item, 'guid');
  const guidText = textOf(guid);
  const permalink =
    guidText && guid?.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(guidText)
      ? guidText
      : undefined;
  const url = absoluteUrl(textOf(child(item, 'link')) ?? permalink, options.baseUrl);
  const date = rssDate(child(item, 'pubDate') ?? child(item, 'date', DC));
  const full = textOf(child(item, 'encoded', CONTENT));
  const teaser = textOf(child(item, 'description'));
  const categories = [...children(item, 'category'), ...children(item, 'subject', DC)]
    .map((el) => textOf(el))
    .filter((c): c is string => !!c);
  return {
    id: guidText ?? (item.getAttributeNS(RDF, 'about') || url || stableId('news', title, date)),
    title,
    ...(date && { date }),
    city: options.city ?? 'both',
    ...(categories.length && { categories: [...new Set(categories)] }),
    ...bodyAndSummary(full, teaser),
    ...(url && { url }),
    ...imageOf(item, options),
  };
}

/** English and German month abbreviations → 1…12. */
const MONTHS = new Map(
  'jan feb mar|mär apr may|mai jun jul aug sep oct|okt nov dec|dez'
    .split(' ')
    .flatMap((names, i) => names.split('|').map((name) => [name, i + 1] as const)),
);
/** Zone names RFC 822 allows, and the ones German servers write anyway; minutes east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  CET: 60,
  CEST: 120,
  MEZ: 60,
  MESZ: 120,
  WET: 0,
  WEST: 60,
};
const RFC822 =
  /^(?:[a-zäöü]{2,3}\.?,?\s*)?(\d{1,2})\.?\s+([a-zäöü]{3})[a-zäöü]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{4}|[a-z]{1,5})?\s*$/i;

/**
 * An RSS date (RFC 822, as servers write it: "Sun, 29 Mar 2026 10:00:00 +0200", "GMT", "CEST",
 * German month names) or an ISO date (dc:date) as wire text. A date without zone is Berlin's.
 */
function rssDate(el: Element | undefined | null): string | undefined {
  const value = textOf(el);
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const m = RFC822.exec(value);
  const month = m && MONTHS.get(m[2]!.toLowerCase());
  if (!m || !month) return undefined;
  let year = Number(m[3]);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const [hour, minute, second] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const pad = (n: number) => String(n).padStart(2, '0');
  const wall = `${year}-${pad(month)}-${pad(Number(m[1]))}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  const zone = m[7]?.toUpperCase();
  if (!zone) return wall;
  const offset = /^[+-]/.test(zone)
    ? (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)))
    : ZONES[zone];
  // An unknown zone or an impossible date (31 Feb) stays as written: Berlin wall time, or the
  // validator's reason. Date.parse would roll 31 Feb over into March.
  const real = Number(m[1]) <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  const epoch = Date.parse(`${wall}Z`) - (offset ?? 0) * 60_000;
  return offset === undefined || !real || !Number.isFinite(epoch) ? wall : isoInBerlin(epoch);
}

// ---------------------------------------------------------------- Atom

function readAtom(root: Element, options: AdapterOptions): Feed {
  const news = children(root, 'entry', ATOM).map((entry) => atomEntry(entry, options));
  const title = atomText(child(root, 'title', ATOM));
  const updated = textOf(child(root, 'updated', ATOM));
  return finish({ ...(title && { title }), ...(updated && { updated }), news }, []);
}

function atomEntry(entry: Element, options: AdapterOptions): Wire {
  const title = atomText(child(entry, 'title', ATOM));
  const links = children(entry, 'link', ATOM);
  const alternate =
    links.find(
      (l) =>
        (l.getAttribute('rel') ?? 'alternate') === 'alternate' &&
        /html/.test(l.getAttribute('type') ?? 'text/html'),
    ) ?? links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
  const url = absoluteUrl(alternate?.getAttribute('href'), options.baseUrl);
  const date =
    textOf(child(entry, 'published', ATOM)) ??
    textOf(child(entry, 'updated', ATOM)) ??
    textOf(child(entry, 'date', DC));
  const content = child(entry, 'content', ATOM);
  // Out-of-line content (src="…") has nothing to show here.
  const full = content && !content.hasAttribute('src') ? atomHtml(content) : undefined;
  const teaserEl = child(entry, 'summary', ATOM);
  const teaser = teaserEl && atomHtml(teaserEl);
  const categories = children(entry, 'category', ATOM)
    .map((c) => c.getAttribute('label')?.trim() || c.getAttribute('term')?.trim())
    .filter((c): c is string => !!c);
  const enclosure = links.find(
    (l) => l.getAttribute('rel') === 'enclosure' && /^image\//i.test(l.getAttribute('type') ?? ''),
  );
  const enclosureSrc = absoluteUrl(enclosure?.getAttribute('href'), options.baseUrl);
  return {
    id: textOf(child(entry, 'id', ATOM)) ?? url ?? stableId('news', title, date),
    title,
    ...(date && { date }),
    city: options.city ?? 'both',
    ...(categories.length && { categories: [...new Set(categories)] }),
    ...bodyAndSummary(full, teaser),
    ...(url && { url }),
    ...(enclosureSrc ? { image: { src: enclosureSrc, alt: '' } } : imageOf(entry, options)),
  };
}

/** An Atom text construct as plain text. */
function atomText(el: Element | undefined): string | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'text') return textOf(el);
  const html = atomHtml(el);
  return html ? htmlToText(html) || undefined : undefined;
}

/** An Atom text construct as HTML (plain text is escaped, so that it stays text). */
function atomHtml(el: Element): string | undefined {
  const type = el.getAttribute('type') ?? 'text';
  if (type === 'xhtml') {
    const div = childElements(el).find((c) => c.localName === 'div');
    const html = div ? nodesOf(div).map(serialize).join('').trim() : '';
    return html || undefined;
  }
  const text = textOf(el);
  if (!text) return undefined;
  return type === 'html' || /html/i.test(type) ? text : escapeHtml(text);
}

// ---------------------------------------------------------------- shared

const WORDPRESS_FOOTER =
  /<p>\s*(?:Der Beitrag|The post)\b[\s\S]*?(?:erschien zuerst auf|appeared first on)[\s\S]*?<\/p>\s*$/i;

/**
 * Full HTML → body; the teaser → summary as text. Without full content, a teaser with markup is
 * the body (WordPress and TYPO3 put HTML into RSS descriptions) and a plain one the summary.
 */
function bodyAndSummary(full: string | undefined, teaser: string | undefined): Wire {
  // WordPress SEO plugins append "Der Beitrag … erschien zuerst auf …" to every teaser.
  teaser = teaser?.replace(WORDPRESS_FOOTER, '').trim() || undefined;
  if (full) {
    const summary =
      teaser && (looksLikeHtml(teaser) ? htmlToText(teaser) : decodeEntities(teaser).trim());
    return { body: full, ...(summary && summary !== htmlToText(full) && { summary }) };
  }
  if (!teaser) return {};
  return looksLikeHtml(teaser) ? { body: teaser } : { summary: decodeEntities(teaser).trim() };
}

/** enclosure, media:content, media:thumbnail (also inside media:group): the first image. */
function imageOf(item: Element, options: AdapterOptions): Wire {
  const group = child(item, 'group', MEDIA);
  const candidates = [
    ...children(item, 'enclosure'),
    ...children(item, 'content', MEDIA),
    ...(group ? children(group, 'content', MEDIA) : []),
    ...children(item, 'thumbnail', MEDIA),
    ...(group ? children(group, 'thumbnail', MEDIA) : []),
  ];
  for (const el of candidates) {
    const type = el.getAttribute('type') ?? '';
    const medium = el.getAttribute('medium') ?? '';
    const isImage =
      el.localName === 'thumbnail' ||
      /^image\//i.test(type) ||
      medium === 'image' ||
      (!type && !medium && /\.(jpe?g|png|gif|webp|avif)(\?|$)/i.test(el.getAttribute('url') ?? ''));
    const src = isImage ? absoluteUrl(el.getAttribute('url'), options.baseUrl) : undefined;
    if (!src) continue;
    const credit = textOf(child(el, 'credit', MEDIA) ?? child(item, 'credit', MEDIA));
    const alt = textOf(child(el, 'description', MEDIA)) ?? '';
    return { image: { src, alt, ...(credit && { credit }) } };
  }
  return {};
}

/** RSS titles are plain text, but many CMSs put (double-)escaped entities or tags into them. */
function plainTitle(title: string | undefined): string | undefined {
  if (!title) return undefined;
  return /[<&]/.test(title) ? htmlToText(title) : title;
}

/** Child nodes by index: an XML DOM's NodeList need not be iterable. */
function nodesOf(parent: Node): Node[] {
  const out: Node[] = [];
  for (let i = 0; i < parent.childNodes.length; i++) out.push(parent.childNodes.item(i)!);
  return out;
}

function childElements(parent: Element): Element[] {
  return nodesOf(parent).filter((node): node is Element => node.nodeType === ELEMENT_NODE);
}

/** Direct children by local name; with `ns`, only in that namespace (RSS 2.0 has none). */
function children(parent: Element, name: string, ns?: string): Element[] {
  return childElements(parent).filter(
    (el) => el.localName === name && (ns === undefined ? !isExtension(el) : el.namespaceURI === ns),
  );
}

/** RSS's own elements live in no namespace (2.0) or the RSS 1.0 one, never in an extension's. */
function isExtension(el: Element): boolean {
  return !!el.namespaceURI && el.namespaceURI !== RSS1;
}

function child(parent: Element, name: string, ns?: string): Element | undefined {
  return children(parent, name, ns)[0];
}

function textOf(el: Element | undefined | null): string | undefined {
  const text = el?.textContent?.trim();
  return text ? text : undefined;
}

/** Serializes XHTML nodes of Atom content as HTML; text is escaped, comments and PIs dropped. */
function serialize(node: Node): string {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
    return escapeHtml(node.nodeValue ?? '');
  }
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  let attrs = '';
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (!a.name.startsWith('xmlns')) attrs += ` ${a.localName}="${escapeHtml(a.value)}"`;
  }
  const inner = nodesOf(el).map(serialize).join('');
  return /^(br|hr|img|wbr)$/.test(el.localName)
    ? `<${el.localName}${attrs}>`
    : `<${el.localName}${attrs}>${inner}</${el.localName}>`;
}
