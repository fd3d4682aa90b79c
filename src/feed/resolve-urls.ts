/**
 * Relative links in a feed mean "relative to the feed", not to the page that shows it
 * (a feed at /feeds/sonnec.json says "docs/ilrek.pdf" for /feeds/docs/ilrek.pdf).
 * The store resolves them once, right after validation.
 */
import type { Feed, Image } from './types.js';

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function resolver(base: string): (url: string) => string {
  let baseUrl: URL | undefined;
  try {
    baseUrl = new URL(base);
  } catch {
    baseUrl = undefined;
  }
  // Blob and data bases cannot anchor a relative path; leave such links as they are.
  if (!baseUrl || !/^https?:$/.test(baseUrl.protocol)) return (url) => url;
  return (url) => {
    if (HAS_SCHEME.test(url)) return url;
    try {
      return new URL(url, baseUrl).href;
    } catch {
      return url;
    }
  };
}

export function resolveFeedUrls(feed: Feed, base: string): Feed {
  const resolve = resolver(base);
  const image = (img: Image | undefined) => (img ? { ...img, src: resolve(img.src) } : img);
  const withUrl = <T extends { url?: string; image?: Image }>(item: T): T => {
    const out = { ...item };
    if (item.url !== undefined) out.url = resolve(item.url);
    if (item.image !== undefined) out.image = image(item.image);
    return out;
  };
  return {
    ...feed,
    cities: feed.cities.map(withUrl),
    events: feed.events.map(withUrl),
    news: feed.news.map(withUrl),
    places: feed.places.map(withUrl),
    downloads: feed.downloads.map((d) => ({ ...d, url: resolve(d.url) })),
  };
}
