/**
 * `sonnec-feed build --atom FILE`: the joint news as an Atom feed (RFC 4287) for feed readers.
 * Ids are name-based UUIDs of the feed's name and the item's id, so they stay the same from build
 * to build; no clock is read: the feed's `updated` is its newest item's date.
 */
import type { Feed, NewsItem } from '../feed/types.js';
import { germanText, uuidUrn } from './text.js';

export interface AtomOptions {
  /** The feed's title (and its author's name): the `--title`, else `SON.NEC`. */
  readonly title: string;
  /** What the ids are made from: the same name as the calendars' UIDs. */
  readonly idName: string;
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

/** RFC 3339 in UTC, whole seconds. */
function date(epoch: number): string {
  return new Date(Math.floor(epoch / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export async function toAtom(feed: Feed, options: AtomOptions): Promise<string> {
  const news = feed.news; // newest first (the build sorts them)
  const newest = news.reduce((max, n) => Math.max(max, n.date), -Infinity);
  // Without news, the feed's own date; without that, the epoch (never the clock).
  const updated = Number.isFinite(newest) ? newest : (feed.updated ?? 0);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">',
    `  <id>${await uuidUrn(`sonnec-feed:${options.idName}:news`)}</id>`,
    `  <title type="text">${xmlEscape(`${options.title} – Nachrichten`)}</title>`,
    `  <updated>${date(updated)}</updated>`,
    `  <author><name>${xmlEscape(options.title)}</name></author>`,
    '  <generator>sonnec-feed</generator>',
  ];
  for (const item of news) lines.push(...(await entry(item, options)));
  lines.push('</feed>', '');
  return lines.join('\n');
}

async function entry(item: NewsItem, options: AtomOptions): Promise<string[]> {
  const out = [
    '  <entry>',
    `    <id>${await uuidUrn(`sonnec-feed:${options.idName}:news:${item.id}`)}</id>`,
    `    <title type="text">${xmlEscape(germanText(item.title))}</title>`,
    `    <updated>${date(item.date)}</updated>`,
    `    <published>${date(item.date)}</published>`,
  ];
  const alternate = item.url !== undefined && /^https?:\/\//i.test(item.url);
  if (alternate) {
    out.push(`    <link rel="alternate" type="text/html" href="${xmlEscape(item.url)}"/>`);
  }
  for (const category of item.categories) {
    const term = germanText(category);
    if (term) out.push(`    <category term="${xmlEscape(term)}"/>`);
  }
  const summary = germanText(item.summary);
  if (summary) out.push(`    <summary type="text">${xmlEscape(summary)}</summary>`);
  // The feed's HTML as escaped text: the reader sanitizes it, as our widgets do.
  const body = germanText(item.body);
  if (body) out.push(`    <content type="html">${xmlEscape(body)}</content>`);
  // RFC 4287, 4.1.1.1: an entry without content needs an alternate link; else the text itself.
  else if (!alternate) {
    out.push(`    <content type="text">${xmlEscape(summary || germanText(item.title))}</content>`);
  }
  out.push('  </entry>');
  return out;
}
