/**
 * RSS 0.90–2.0, RSS 1.0 (RDF), Atom 0.3, Atom 1.0 and CDF (cdf.ts) → the feed's news. Parsed as XML
 * ("application/xml") by the browser's DOMParser, never as live HTML: no script runs and nothing is
 * fetched while parsing. Node has no DOMParser, so the CLI passes one in (`xmlParser`), and a
 * reader of HTML's entities (`decodeReferences`), which the browser's HTML parser is here.
 *
 * HTML (content:encoded, description with markup, Atom html/xhtml content) goes to `body` and is
 * sanitized by the widgets; a plain-text teaser goes to `summary`. Links, also inside that HTML,
 * are made absolute here (xml-base.ts). An item without a date takes its channel's, an item without
 * a title gets one from its text; both are noted in `dropped` as `kept`.
 */
import { FeedError } from '../errors.js';
import { inertXml } from '../trusted-types.js';
import type { DroppedItem, Feed } from '../types.js';
import { readFeedDate } from './feed-dates.js';
import { browserReferences } from './browser-references.js';
import { isCdf, readCdf } from './cdf.js';
import { declareHtmlEntities, decodeHtml, remembering } from './html-entities.js';
import {
  escapeHtml,
  finish,
  htmlToText,
  looksLikeHtml,
  stableId,
  type AdapterOptions,
  type ReferenceDecoder,
  type Wire,
} from './wire.js';
import { absoluteLink, baseOf, resolveHtmlLinks } from './xml-base.js';
import { repairXml } from './xml-repair.js';
import { childElements, nodesOf, serialize, textOf } from './xml-nodes.js';

const RSS090 = 'http://my.netscape.com/rdf/simple/0.9/';
const RSS1 = 'http://purl.org/rss/1.0/';
const USERLAND = 'http://backend.userland.com/rss2';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';
const MEDIA = 'http://search.yahoo.com/mrss/';
/** Namespaces RSS's own elements live in (2.0 uses none); anything else is an extension's. */
const RSS_NAMESPACES = new Set(['', RSS090, RSS1, USERLAND]);
const TITLE_LENGTH = 80;

/** The adapter's options, with the entity reader settled. */
type Options = AdapterOptions & { readonly decodeReferences: ReferenceDecoder };

/** Parses an RSS or Atom document; which one it is, the root element tells. */
export function parseRssOrAtom(text: string, adapterOptions: AdapterOptions = {}): Feed {
  const hasDom = typeof DOMParser === 'function';
  const xml = adapterOptions.xmlParser ?? (hasDom ? new DOMParser() : undefined);
  if (!xml) throw new FeedError('parse', 'No XML parser available for RSS/Atom.');
  const decoder = adapterOptions.decodeReferences ?? (hasDom ? browserReferences : undefined);
  if (!decoder)
    throw new FeedError('parse', "No reader of HTML's entities available for RSS/Atom.");
  const decodeReferences = remembering(decoder);
  const options: Options = { ...adapterOptions, decodeReferences };
  const root = parseXml(text, xml, decodeReferences);
  switch (root.localName) {
    case 'rss':
    case 'RDF':
      return readRss(root, options);
    case 'feed':
      return readAtom(root, options);
    default:
      if (isCdf(root)) return readChannelDefinition(root, options);
      throw new FeedError('parse', `The XML source is no RSS or Atom feed (<${root.localName}>).`);
  }
}

const TRUSTED_TYPES_REFUSED =
  'RSS/Atom cannot be read on this page: its Content-Security-Policy requires Trusted Types ' +
  'and does not allow the policy "sonnec" (add it: trusted-types lit-html dompurify sonnec).';

function parseXml(
  text: string,
  xml: NonNullable<AdapterOptions['xmlParser']>,
  decode: ReferenceDecoder,
): Element {
  // Feeds use HTML's entities without declaring them, stray `&`, undeclared prefixes: feedparser
  // reads them, so do we.
  const source = repairXml(declareHtmlEntities(text.replace(/^[\s\ufeff]+/, ''), decode));
  let doc: Document;
  try {
    // Under Trusted Types, DOMParser takes only trusted input, also for XML: the sonnec policy.
    doc = xml.parseFromString(inertXml(source), 'application/xml');
  } catch (error) {
    const message = (error as Error).message;
    // A page whose CSP refuses our policy name: say what the webmaster can change.
    if (error instanceof TypeError && /Trusted/i.test(message)) {
      throw new FeedError('parse', TRUSTED_TYPES_REFUSED);
    }
    throw new FeedError('parse', `The XML is not well-formed (${message}).`);
  }
  const root = doc?.documentElement;
  // Browsers answer malformed XML with a <parsererror> document instead of throwing.
  if (!root || root.localName === 'parsererror' || doc.getElementsByTagName('parsererror')[0]) {
    throw new FeedError('parse', 'The XML is not well-formed.');
  }
  return root;
}

/** What an item reader found: the wire item, and the date it would need from its channel. */
interface Read {
  readonly wire: Wire;
  readonly date?: string | undefined;
  readonly problem?: string | undefined;
}

/**
 * Wire items, each with its date or the channel's (noted), a title from its text when it has none,
 * and the notes for `dropped`.
 */
function finishItems(
  reads: readonly Read[],
  channelDate: string | undefined,
): [Wire[], DroppedItem[]] {
  const notes: DroppedItem[] = [];
  const news = reads.map(({ wire, date, problem }, index) => {
    const id = typeof wire.id === 'string' ? wire.id : undefined;
    const note = (reason: string) =>
      notes.push({ section: 'news', index, ...(id && { id }), reason, kept: true });
    if (date) {
      if (problem) note(problem);
      return { ...wire, date };
    }
    if (!channelDate) return wire; // the validator leaves it out, with its reason
    note(`${problem ? `${problem}; ` : ''}no date of its own: the channel's date is shown`);
    return { ...wire, date: channelDate };
  });
  return [news, notes];
}

function withTitle(wire: Wire, options: Options): Wire {
  if (wire.title) return wire;
  const source = typeof wire.body === 'string' ? toText(wire.body, options) : wire.summary;
  const text = typeof source === 'string' ? source.trim() : '';
  if (!text) return wire;
  if (text.length <= TITLE_LENGTH) return { ...wire, title: text };
  const cut = text.slice(0, TITLE_LENGTH);
  const word = cut.replace(/\s+\S*$/, '');
  return {
    ...wire,
    title: `${(word.length > TITLE_LENGTH / 2 ? word : cut).replace(/[\s,.;:–-]+$/, '')}…`,
  };
}

// ---------------------------------------------------------------- RSS 0.9x, 2.0 and 1.0

function readRss(root: Element, options: Options): Feed {
  const channel = child(root, 'channel');
  // RSS 2.0 nests items in <channel>; RSS 0.90 and 1.0 put them beside it.
  const items = [...children(channel ?? root, 'item'), ...(channel ? children(root, 'item') : [])];
  const title = channel && textOf(child(channel, 'title'));
  const dateEl = (name: string, ns?: string) => (channel ? child(channel, name, ns) : undefined);
  const channelDate = readFeedDate(
    textOf(dateEl('pubDate') ?? dateEl('lastBuildDate') ?? dateEl('date', DC)),
  )?.wire;
  const updated =
    readFeedDate(textOf(dateEl('lastBuildDate') ?? dateEl('date', DC)))?.wire ?? channelDate;
  const [news, notes] = finishItems(
    items.map((item) => rssItem(item, options)),
    channelDate,
  );
  return finish(
    { ...(title && { title: plainTitle(title, options) }), ...(updated && { updated }), news },
    notes,
  );
}

function rssItem(item: Element, options: Options): Read {
  const base = baseOf(item, options.baseUrl);
  const title = plainTitle(textOf(child(item, 'title')), options);
  const guid = child(item, 'guid');
  const guidText = textOf(guid);
  const permalink =
    guidText && guid?.getAttribute('isPermaLink') !== 'false' && /^https?:/i.test(guidText)
      ? guidText
      : undefined;
  const linkEl = child(item, 'link');
  const url = absoluteLink(
    textOf(linkEl) ?? permalink,
    linkEl ? baseOf(linkEl, options.baseUrl) : base,
  );
  const dateEl = ['issued', 'modified', 'created'].reduce(
    (found, name) => found ?? child(item, name, DCTERMS),
    child(item, 'pubDate') ?? child(item, 'date', DC),
  );
  const { wire: date, problem } = readFeedDate(textOf(dateEl)) ?? {};
  const fullEl = child(item, 'encoded', CONTENT);
  const teaserEl = child(item, 'description');
  const full = htmlIn(fullEl, options);
  const teaser = htmlIn(teaserEl, options);
  const categories = [...children(item, 'category'), ...children(item, 'subject', DC)]
    .map((el) => textOf(el))
    .filter((c): c is string => !!c);
  const wire = withTitle(
    {
      id: guidText ?? (item.getAttributeNS(RDF, 'about') || url || stableId('news', title, date)),
      ...(title && { title }),
      city: options.city ?? 'both',
      ...(categories.length && { categories: [...new Set(categories)] }),
      ...bodyAndSummary(full, teaser, options),
      ...(url && { url }),
      ...imageOf(item, base),
    },
    options,
  );
  return { wire, date, problem };
}

/** Microsoft's Channel Definition Format: its items, finished as RSS items are. */
function readChannelDefinition(root: Element, options: Options): Feed {
  const channel = readCdf(root, options.baseUrl);
  const reads = channel.items.map(({ url, abstract, image, date, problem, ...item }): Read => {
    const title = plainTitle(item.title, options);
    const wire = {
      id: url ?? stableId('news', title, date),
      ...(title && { title }),
      city: options.city ?? 'both',
      ...bodyAndSummary(undefined, abstract, options),
      ...(url && { url }),
      ...(image && { image: { src: image, alt: '' } }),
    };
    return { wire: withTitle(wire, options), date, problem };
  });
  const [news, notes] = finishItems(reads, channel.date);
  const title = plainTitle(channel.title, options);
  const updated = channel.date;
  return finish({ ...(title && { title }), ...(updated && { updated }), news }, notes);
}

/** The text of an RSS element with its links made absolute (it may be HTML). */
function htmlIn(el: Element | undefined, options: Options): string | undefined {
  const text = textOf(el);
  return text && resolveHtmlLinks(text, baseOf(el!, options.baseUrl));
}

// ---------------------------------------------------------------- Atom 1.0 and 0.3

function readAtom(root: Element, options: Options): Feed {
  // Atom 1.0 (http://www.w3.org/2005/Atom), 0.3 (http://purl.org/atom/ns#) or, as feedparser
  // reads it, a <feed> in no namespace at all: its elements are in the root's namespace.
  const ns = root.namespaceURI ?? '';
  const title = atomText(child(root, 'title', ns), options);
  const feedDate = readFeedDate(
    textOf(child(root, 'updated', ns) ?? child(root, 'modified', ns) ?? child(root, 'date', DC)),
  )?.wire;
  const [news, notes] = finishItems(
    children(root, 'entry', ns).map((entry) => atomEntry(entry, ns, options)),
    feedDate,
  );
  return finish({ ...(title && { title }), ...(feedDate && { updated: feedDate }), news }, notes);
}

function atomEntry(entry: Element, ns: string, options: Options): Read {
  const title = atomText(child(entry, 'title', ns), options);
  const links = children(entry, 'link', ns);
  const rel = (l: Element) => l.getAttribute('rel') ?? 'alternate';
  const alternate =
    links.find(
      (l) => rel(l) === 'alternate' && /html/.test(l.getAttribute('type') ?? 'text/html'),
    ) ?? links.find((l) => rel(l) === 'alternate');
  const linkUrl = (l: Element | undefined) =>
    l && absoluteLink(l.getAttribute('href'), baseOf(l, options.baseUrl));
  const url = linkUrl(alternate);
  const dateText =
    textOf(child(entry, 'published', ns)) ??
    textOf(child(entry, 'issued', ns)) ??
    textOf(child(entry, 'updated', ns)) ??
    textOf(child(entry, 'modified', ns)) ??
    textOf(child(entry, 'created', ns)) ??
    textOf(child(entry, 'date', DC));
  const { wire: date, problem } = readFeedDate(dateText) ?? {};
  const content = child(entry, 'content', ns);
  // Out-of-line content (src="…") has nothing to show here.
  const full = content && !content.hasAttribute('src') ? atomHtml(content, options) : undefined;
  const teaserEl = child(entry, 'summary', ns);
  const teaser = teaserEl && atomHtml(teaserEl, options);
  const categories = children(entry, 'category', ns)
    .map((c) => c.getAttribute('label')?.trim() || c.getAttribute('term')?.trim())
    .filter((c): c is string => !!c);
  const enclosure = links.find(
    (l) => rel(l) === 'enclosure' && /^image\//i.test(l.getAttribute('type') ?? ''),
  );
  const enclosureSrc = linkUrl(enclosure);
  const wire = withTitle(
    {
      id: textOf(child(entry, 'id', ns)) ?? url ?? stableId('news', title, dateText),
      ...(title && { title }),
      city: options.city ?? 'both',
      ...(categories.length && { categories: [...new Set(categories)] }),
      ...bodyAndSummary(full, teaser, options),
      ...(url && { url }),
      ...(enclosureSrc
        ? { image: { src: enclosureSrc, alt: '' } }
        : imageOf(entry, baseOf(entry, options.baseUrl))),
    },
    options,
  );
  return { wire, date, problem };
}

/** An Atom text construct as plain text. */
function atomText(el: Element | undefined, options: Options): string | undefined {
  if (!el) return undefined;
  if (isPlainText(el) && el.getAttribute('mode') !== 'base64') return textOf(el);
  const html = atomHtml(el, options);
  return html ? toText(html, options) || undefined : undefined;
}

function isPlainText(el: Element): boolean {
  return /^(text|text\/plain)?$/i.test(el.getAttribute('type') ?? 'text');
}

/**
 * An Atom text construct as HTML (plain text is escaped, so that it stays text). Atom 0.3 adds
 * `mode`: "escaped" (the default), "xml" (inline XHTML) and "base64".
 */
function atomHtml(el: Element, options: Options): string | undefined {
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  const mode = el.getAttribute('mode');
  let html: string | undefined;
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml') {
    const kids = childElements(el);
    const div = kids.length === 1 && kids[0]!.localName === 'div' ? kids[0]! : el;
    html = nodesOf(div).map(serialize).join('').trim() || undefined;
  } else {
    let text = textOf(el);
    if (text && mode === 'base64') text = fromBase64(text);
    if (!text) return undefined;
    html = /html/.test(type) ? text : escapeHtml(text);
  }
  return html && resolveHtmlLinks(html, baseOf(el, options.baseUrl));
}

function fromBase64(text: string): string | undefined {
  try {
    return new TextDecoder().decode(
      Uint8Array.from(atob(text.replace(/\s+/g, '')), (c) => c.charCodeAt(0)),
    );
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- shared

const WORDPRESS_FOOTER =
  /<p>\s*(?:Der Beitrag|The post)\b[\s\S]*?(?:erschien zuerst auf|appeared first on)[\s\S]*?<\/p>\s*$/i;

/** Plain text of feed HTML, with all of HTML's named entities. */
const toText = (html: string, options: Options) =>
  htmlToText(html, (text) => decodeHtml(text, options.decodeReferences));

/**
 * Full HTML → body; the teaser → summary as text. Without full content, a teaser with markup is
 * the body (WordPress and TYPO3 put HTML into RSS descriptions) and a plain one the summary.
 */
function bodyAndSummary(
  full: string | undefined,
  teaser: string | undefined,
  options: Options,
): Wire {
  const plain = (text: string) => decodeHtml(text, options.decodeReferences).trim();
  // WordPress SEO plugins append "Der Beitrag … erschien zuerst auf …" to every teaser.
  teaser = teaser?.replace(WORDPRESS_FOOTER, '').trim() || undefined;
  if (full) {
    const summary = teaser && (looksLikeHtml(teaser) ? toText(teaser, options) : plain(teaser));
    return { body: full, ...(summary && summary !== toText(full, options) && { summary }) };
  }
  if (!teaser) return {};
  return looksLikeHtml(teaser) ? { body: teaser } : { summary: plain(teaser) };
}

/** enclosure, media:content, media:thumbnail (also inside media:group): the first image. */
function imageOf(item: Element, base: string | undefined): Wire {
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
    const src = isImage ? absoluteLink(el.getAttribute('url'), base) : undefined;
    if (!src) continue;
    const credit = textOf(child(el, 'credit', MEDIA) ?? child(item, 'credit', MEDIA));
    const alt = textOf(child(el, 'description', MEDIA)) ?? '';
    return { image: { src, alt, ...(credit && { credit }) } };
  }
  return {};
}

/** RSS titles are plain text, but many CMSs put (double-)escaped entities or tags into them. */
function plainTitle(title: string | undefined, options: Options): string | undefined {
  if (!title) return undefined;
  return /[<&]/.test(title) ? toText(title, options) || undefined : title;
}

/** Direct children by local name; with `ns`, only in that namespace (RSS 2.0 has none). */
function children(parent: Element, name: string, ns?: string): Element[] {
  return childElements(parent).filter(
    (el) =>
      el.localName === name &&
      (ns === undefined
        ? RSS_NAMESPACES.has(el.namespaceURI ?? '')
        : (el.namespaceURI ?? '') === ns),
  );
}

function child(parent: Element, name: string, ns?: string): Element | undefined {
  return children(parent, name, ns)[0];
}
