/**
 * Loads a widget's code when its tag first appears on the page, so a page pays only for the
 * widgets it uses. Lit and the feed store sit in a shared chunk that every widget module imports.
 */

/**
 * For each of `tags`, `load(tag, elements)` runs once, when the tag first appears, with the
 * page's elements of that tag (to pick by attribute); `found(element)` for each of those
 * elements (the loader starts their feeds with it, beside the code).
 */
export function autoload(
  tags: readonly string[],
  load: (tag: string, elements: Element[]) => Promise<unknown>,
  found: (element: Element) => void,
): void {
  const pending = new Set(tags);
  const start = (tag: string) => {
    if (!pending.delete(tag)) return;
    const elements = [...document.querySelectorAll(tag)];
    load(tag, elements).catch((error: unknown) =>
      console.warn(`[sonnec] <${tag}> could not be loaded:`, error),
    );
    for (const element of elements) found(element);
    if (pending.size === 0) observer.disconnect();
  };
  const scan = (node: ParentNode) => {
    // `matches` is undefined on the document itself.
    for (const tag of pending)
      if ((node as Element).matches?.(tag) || node.querySelector(tag)) start(tag);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);
}
