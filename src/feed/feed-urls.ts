/** A widget's `src` value as the URLs the store fetches (shared by the loader and the store). */

/** The URLs of a `src` value: one, or several separated by white space. */
export function splitSources(src: string): string[] {
  return [...new Set(src.split(/\s+/).filter(Boolean))];
}

/** The absolute URL of one source: the key of the store and of the loader's prefetch. */
export function resolveFeedUrl(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}
