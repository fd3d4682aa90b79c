/**
 * WCAG 1.4.3 in the error state: the webmaster's fallback content keeps the page's own colours
 * on the page's own background, however deeply it nests, even when the widget is dark.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import { clearFeedCache } from '../../src/feed/store.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { contrast } from '../themes/contrast.js';
import { GOOD_FEED, settled, uniqueName } from '../helpers/widgets.js';

/** rgb()/rgba() → [#rrggbb, alpha]. */
function parse(colour: string): [string, number] {
  const [r, g, b, a = 1] = colour.match(/[\d.]+/g)!.map(Number) as [
    number,
    number,
    number,
    number?,
  ];
  return [`#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`, a];
}

/** The first opaque background behind `el` in the flat tree (slots and shadow hosts included). */
function backgroundBehind(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const [colour, alpha] = parse(getComputedStyle(node).backgroundColor);
    if (alpha > 0) return colour;
    node =
      node.assignedSlot ??
      node.parentElement ??
      ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ??
      null;
  }
  return '#ffffff'; // the canvas
}

describe('fallback content in the error state', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    // A city page's stylesheet: dark link and text colours for its white page.
    style = document.createElement('style');
    style.textContent = 'body { background: #fff; color: #222; } a { color: #1a0dab; }';
    document.head.append(style);
  });
  afterEach(() => {
    style.remove();
    clearFeedCache();
  });

  // The error state, and the empty state (a category with nothing in it).
  const CASES = [
    ['dark', 'error', `/__fault/status/500?run=${uniqueName('fb')}`, ''],
    ['light', 'error', `/__fault/status/500?run=${uniqueName('fb')}`, ''],
    ['dark', 'empty', GOOD_FEED, 'keine-solche-kategorie'],
  ] as const;
  for (const [theme, state, src, category] of CASES) {
    it(`keeps nested fallback links and text readable on a ${theme} widget (${state})`, async () => {
      const el = await fixture<SonnecElement>(html`
        <sonnec-downloads theme=${theme} src=${src} category=${category}>
          <div class="fallback">
            <p>
              Die Dokumente finden Sie auch <span><a href="/dokumente">im Archiv</a></span
              >.
            </p>
          </div>
        </sonnec-downloads>
      `);
      await settled(el);
      expect(el.state).to.equal(state);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().length).to.equal(1);
      for (const selector of ['a', 'p']) {
        const node = el.querySelector(selector)!;
        const [colour] = parse(getComputedStyle(node).color);
        const ground = backgroundBehind(node);
        expect(contrast(colour, ground), `${selector}: ${colour} on ${ground}`).to.be.at.least(4.5);
      }
    });
  }
});
