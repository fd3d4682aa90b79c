/**
 * Loads a widget's module when its tag first appears on the page, so a page pays only for the
 * widgets it uses. Lit and the feed store sit in a shared chunk that every widget module imports.
 */
/** Per tag, what loads its code; it gets the page's elements of that tag (to pick by attribute). */
export type Loaders = Readonly<Record<string, (elements: Element[]) => Promise<unknown>>>;

/**
 * `found` is called for each element of a tag whose module starts loading now (the loader
 * starts their feeds with it, beside the module).
 */
export function autoload(
  loaders: Loaders,
  found?: (element: Element) => void,
  root: Document = document,
): void {
  const pending = new Map(Object.entries(loaders));
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return;
    pending.delete(tag);
    const elements = [...root.querySelectorAll(tag)];
    loader(elements).catch((error: unknown) =>
      console.warn(`[sonnec] <${tag}> could not be loaded:`, error),
    );
    if (found) for (const element of elements) found(element);
    if (pending.size === 0) observer.disconnect();
  };
  const scan = (node: ParentNode) => {
    for (const tag of pending.keys()) {
      if (node instanceof Element && node.localName === tag) load(tag);
      else if (node.querySelector(tag)) load(tag);
    }
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  scan(root);
}
