/**
 * Relative links in a feed mean "relative to the feed", not to the page that shows it
 * (a feed at /feeds/sonnec.json says "docs/ilrek.pdf" for /feeds/docs/ilrek.pdf).
 * The store resolves them once, right after validation. Links inside feed HTML (descriptions,
 * article bodies) are resolved when the HTML is sanitized, against `feedBaseOf(item)`.
 */
import type { Feed, Image } from './types.js';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The address of the feed each item came from (items with HTML only). */
const itemBases = new WeakMap<object, string>();

/** The feed address relative links in an item's HTML mean; undefined when it has none. */
export function feedBaseOf(item: object): string | undefined {
  return itemBases.get(item);
}

function resolver(base: string): (url: string) => string {
  let baseUrl: URL | undefined;
  try {
    baseUrl = new URL(base);
  } catch {
    baseUrl = undefined;
  }
  // Blob and data bases cannot anchor a relative path; leave such links as they are.
  if (!baseUrl || !/^https?:$/.test(baseUrl.protocol)) return (url) => url;
  // Feeds name the same few relative images and pages again and again: each is resolved once.
  const resolved = new Map<string, string>();
  return (url) => {
    if (HAS_SCHEME.test(url)) return url;
    let href = resolved.get(url);
    if (href === undefined) {
      try {
        href = new URL(url, baseUrl).href;
      } catch {
        href = url;
      }
      resolved.set(url, href);
    }
    return href;
  };
}

export function resolveFeedUrls(feed: Feed, base: string): Feed {
  const resolve = resolver(base);
  const image = (img: Image | undefined) => {
    if (!img) return img;
    const src = resolve(img.src);
    return src === img.src ? img : { ...img, src };
  };
  // An item is copied only when one of its links changes (most feeds use absolute links).
  const withUrl = <T extends { url?: string; image?: Image }>(item: T): T => {
    const url = item.url !== undefined ? resolve(item.url) : undefined;
    const img = image(item.image);
    if (url === item.url && img === item.image) return item;
    const out = { ...item };
    if (url !== undefined) out.url = url;
    if (img !== undefined) out.image = img;
    return out;
  };
  const events = feed.events.map(withUrl);
  const news = feed.news.map(withUrl);
  if (/^https?:/i.test(base)) {
    for (const event of events) if (event.description !== undefined) itemBases.set(event, base);
    for (const item of news) if (item.body !== undefined) itemBases.set(item, base);
  }
  return {
    ...feed,
    ...(feed.calendars && {
      calendars: feed.calendars.map((c) => ({ ...c, url: resolve(c.url) })),
    }),
    cities: feed.cities.map(withUrl),
    events,
    news,
    places: feed.places.map(withUrl),
    downloads: feed.downloads.map(withUrl),
  };
}
