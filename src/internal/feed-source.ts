/**
 * Where a widget's feed comes from: its `src` attribute, else the nearest ancestor
 * `<sonnec-feed src>` (also across shadow roots), else `<meta name="sonnec:feed">`. The value is
 * one URL or several separated by spaces (the store merges them).
 * Read on every update, since CMS pages that morph the DOM may change any of them.
 */
export function findFeedSource(element: Element, ownSrc?: string): string | undefined {
  // The property, not the attribute: a reflected attribute is written only after the update starts.
  let src = ownSrc ?? element.getAttribute('src');
  for (let node: Node | null = element; !src?.trim() && node;) {
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    if ((node as Element | null)?.localName === 'sonnec-feed') {
      src = (node as Element).getAttribute('src');
    }
  }
  return (
    src?.trim() ||
    document.querySelector<HTMLMetaElement>('meta[name="sonnec:feed"]')?.content.trim() ||
    undefined
  );
}
