/**
 * The set-up the end-to-end robustness tests share: widgets made from a tag, a `src` and the
 * webmaster's fallback content, and, for each test, a fresh root for them on the page and the
 * console's warnings, cleaned up (and the feed cache cleared) after it.
 */
import { clearFeedCache } from '../../src/feed/store.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';

/** A widget for `src` with `attrs`, holding `fallback` as the webmaster's own content. */
export function widgetWithFallback(
  tag: string,
  src: string,
  attrs: Record<string, string>,
  fallback: string,
): SonnecElement {
  const el = document.createElement(tag) as SonnecElement;
  el.setAttribute('src', src);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.innerHTML = fallback;
  return el;
}

export interface WidgetPage {
  /** Where the test puts its widgets; a new one for each test. */
  readonly root: HTMLElement;
  /** What the test's widgets and store wrote with `console.warn`, one string per call. */
  readonly warnings: readonly string[];
}

/** Call inside a `describe`: registers the hooks that give each test its page. */
export function widgetPage(): WidgetPage {
  let root: HTMLElement | undefined;
  const warnings: string[] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    console.warn = originalWarn;
    root?.remove();
    clearFeedCache();
  });
  return {
    get root() {
      return root!;
    },
    warnings,
  };
}
