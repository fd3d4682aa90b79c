/** Readers for the reflow tests (WCAG 1.4.10): what sticks out of a box, and text spacing. */
import { setViewport } from '@web/test-runner-commands';
import { expect } from '@open-wc/testing';

/** The narrowest viewport WCAG 1.4.10 asks for (1280 px at 400 %). */
export const NARROW = { width: 320, height: 640 };

export async function narrowViewport(): Promise<void> {
  await setViewport(NARROW);
}

/** The runner's own viewport, for the tests that run after ours. */
export async function defaultViewport(): Promise<void> {
  await setViewport({ width: 800, height: 600 });
}

/** Subtrees that are clipped on purpose: screen-reader text, and Leaflet's panes (checked apart). */
const SKIP = '.visually-hidden, .leaflet-container';

/**
 * Every rendered element under `root` whose content is wider than its box: text that runs out of
 * its card, a title pushing its row, a scroll container that would scroll sideways.
 */
export function overflowing(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    const skipped = el.closest(SKIP);
    if ((skipped && root.contains(skipped)) || el.getClientRects().length === 0) continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
      found.push(`${describe(el)}: ${el.scrollWidth} > ${el.clientWidth}`);
    }
  }
  return found;
}

function describe(el: Element): string {
  const classes = [...el.classList].join('.');
  return `${el.localName}${classes ? `.${classes}` : ''}`;
}

/** The page does not scroll sideways, nor does `el` or anything in its shadow root. */
export function expectFits(el: HTMLElement, what: string): void {
  const page = document.documentElement;
  expect(page.scrollWidth, `${what}: page scrolls sideways`).to.be.at.most(page.clientWidth);
  expect(el.scrollWidth, `${what}: widget scrolls sideways`).to.be.at.most(el.clientWidth);
  const inside = overflowing(el.shadowRoot!);
  expect(inside, `${what}: ${inside.join(', ')}`).to.deep.equal([]);
}

/** Whether `inner`'s box lies within `outer`'s (1 px of rounding), and the two boxes. */
export function boxWithin(inner: Element, outer: Element | DOMRect): [boolean, string] {
  const a = inner.getBoundingClientRect();
  const b = outer instanceof DOMRect ? outer : outer.getBoundingClientRect();
  const box = (r: DOMRect) =>
    `${Math.round(r.left)},${Math.round(r.top)} – ${Math.round(r.right)},${Math.round(r.bottom)}`;
  const within =
    a.left >= b.left - 1 &&
    a.right <= b.right + 1 &&
    a.top >= b.top - 1 &&
    a.bottom <= b.bottom + 1;
  return [within, `${box(a)} in ${box(b)}`];
}

export function expectInside(inner: Element, outer: Element | DOMRect, what: string): void {
  const [within, boxes] = boxWithin(inner, outer);
  expect(within, `${what}: ${boxes}`).to.equal(true);
}

/**
 * WCAG 1.4.12 text spacing, as a visitor's bookmarklet or extension applies it, inside the
 * widget's shadow root (a page-level style would not reach it).
 */
export function applyTextSpacing(el: HTMLElement): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    * { line-height: 1.5 !important; letter-spacing: 0.12em !important;
        word-spacing: 0.16em !important; }
    p { margin-bottom: 2em !important; }
  `);
  const root = el.shadowRoot!;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
