/**
 * Where a widget's feed comes from: its `src` attribute, else the nearest ancestor
 * `<sonnec-feed src>` (also across shadow roots), else `<meta name="sonnec:feed">`. The value is
 * one URL or several separated by spaces (the store merges them).
 * Read on every update, since CMS pages that morph the DOM may change any of them.
 */
export function findFeedSource(element: Element, ownSrc?: string): string | undefined {
  // The property, not the attribute: a reflected attribute is written only after the update starts.
  const own = (ownSrc ?? element.getAttribute('src'))?.trim();
  if (own) return own;
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === 'sonnec-feed') {
      const src = node.getAttribute('src')?.trim();
      if (src) return src;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  const meta = document.querySelector<HTMLMetaElement>('meta[name="sonnec:feed"]');
  return meta?.content.trim() || undefined;
}
