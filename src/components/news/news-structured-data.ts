/**
 * schema.org `NewsArticle` objects for the items a `<sonnec-news>` shows (written as JSON-LD
 * by internal/structured-data.ts). `newsArticle` is pure: the base URL is passed in.
 */
import type { NewsItem } from '../../feed/types.js';
import { findFeedSource } from '../../internal/feed-source.js';
import { common, localText, type Lang } from '../../internal/i18n.js';
import { htmlToText } from '../../internal/sanitize.js';
import { writeStructuredData } from '../../internal/structured-data.js';

function absolute(url: string | undefined, base: string): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

export function newsArticle(item: NewsItem, lang: Lang, base: string): Record<string, unknown> {
  const article: Record<string, unknown> = {
    '@type': 'NewsArticle',
    headline: localText(item.title, lang).slice(0, 110),
    datePublished: new Date(item.date).toISOString(),
    inLanguage: lang,
    contentLocation: { '@type': 'Place', name: common[lang].cities[item.city] },
  };
  const description =
    item.summary !== undefined
      ? localText(item.summary, lang)
      : item.body !== undefined
        ? htmlToText(localText(item.body, lang)).slice(0, 300)
        : '';
  if (description) article.description = description;
  const url = absolute(item.url, base);
  if (url) article.url = url;
  const image = absolute(item.image?.src, base);
  if (image) article.image = image;
  if (item.categories.length > 0) {
    article.articleSection = item.categories.map((c) => localText(c, lang));
  }
  return article;
}

/** The feed's address (the page's when the feed has none fit for it, such as a blob: URL). */
function feedBase(host: Element & { src?: string | undefined }): string {
  const src = findFeedSource(host, host.src);
  try {
    const feed = new URL(src ?? '', document.baseURI);
    return /^https?:$/.test(feed.protocol) ? feed.href : document.baseURI;
  } catch {
    return document.baseURI;
  }
}

/** Writes the `NewsArticle` JSON-LD of the shown items into the widget's light DOM. */
export function writeNewsJsonLd(
  host: Element & { src?: string | undefined },
  items: readonly NewsItem[],
  lang: Lang,
): void {
  const base = feedBase(host);
  writeStructuredData(
    host,
    items.map((item) => newsArticle(item, lang, base)),
  );
}
