/**
 * A CMS page with hostile global CSS (resets and base styles as common frameworks and themes
 * write them). The widgets keep their own type, spacing and touch targets: computed styles are
 * compared with the same widgets on a plain page.
 */
import { expect } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { GOOD_FEED, settled } from '../helpers/widgets.js';

const HOSTILE_CSS = `
  html { font-size: 40px; }
  body { line-height: 3; letter-spacing: 5px; word-spacing: 9px; text-transform: uppercase;
         direction: rtl; text-align: justify; font-style: italic; font-weight: 900;
         color: #f0f; font-family: "Comic Sans MS", cursive; }
  * { box-sizing: content-box !important; }
  img { max-width: none; }
  button { all: unset; }
  a { color: red !important; text-decoration: none; }
  ul, ol, p, li { margin: 3em; padding: 2em; }
  select, input { font-size: 8px; height: 10px; }
`;

/** What must not change: the text style of a few parts of each widget. */
const PROPS = [
  'font-size',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'font-style',
  'font-weight',
  'font-family',
  'direction',
] as const;

const PARTS = ['[part~="title"]', '[part~="meta"]', '[part~="item"]', 'button', 'select'];

async function render(): Promise<SonnecElement[]> {
  const widgets = [
    Object.assign(document.createElement('sonnec-downloads'), { src: GOOD_FEED }),
    Object.assign(document.createElement('sonnec-news'), { src: GOOD_FEED }),
    Object.assign(document.createElement('sonnec-events'), { src: GOOD_FEED }),
  ] as SonnecElement[];
  for (const w of widgets) w.setAttribute('filters', '');
  document.body.append(...widgets);
  await Promise.all(widgets.map(settled));
  return widgets;
}

function styles(widgets: readonly SonnecElement[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const w of widgets) {
    const host = getComputedStyle(w);
    for (const p of PROPS) out[`${w.localName} ${p}`] = host.getPropertyValue(p);
    for (const selector of PARTS) {
      const el = w.shadowRoot!.querySelector(selector);
      if (!el) continue;
      const style = getComputedStyle(el);
      for (const p of PROPS) out[`${w.localName} ${selector} ${p}`] = style.getPropertyValue(p);
    }
  }
  return out;
}

/**
 * Sizes of the visible controls: buttons, selects, inputs, "more" links. Title buttons of the
 * events list are text set as headings; they are measured for shrinking, not against 44 px.
 */
function targets(widgets: readonly SonnecElement[]): { name: string; w: number; h: number }[] {
  const out: { name: string; w: number; h: number }[] = [];
  for (const widget of widgets) {
    // Days far below the fold skip layout (content-visibility: auto): lay out all to measure.
    const root = widget.shadowRoot!;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, layOutEverything()];
    const all = widget.shadowRoot!.querySelectorAll<HTMLElement>(
      'button, select, input, a.more, [part~="load-more"]',
    );
    all.forEach((t, i) => {
      const box = t.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) return; // not displayed
      out.push({
        name: `${widget.localName} #${i} ${t.localName}.${t.className}`,
        w: box.width,
        h: box.height,
      });
    });
  }
  return out;
}

const isControl = (name: string) => !name.includes('.title-button');

function layOutEverything(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  return sheet;
}

describe('hostile host-page CSS', function () {
  this.timeout(30_000);
  let sheet: HTMLStyleElement;
  let plain: Record<string, string>;
  let plainTargets: { name: string; w: number; h: number }[];

  before(async () => {
    const widgets = await render();
    plain = styles(widgets);
    plainTargets = targets(widgets);
    for (const w of widgets) w.remove();
    clearFeedCache();
    sheet = document.createElement('style');
    sheet.textContent = HOSTILE_CSS;
    document.head.append(sheet);
  });

  after(() => sheet.remove());

  it('keeps the widgets’ own font size, line height, spacing, case, style and direction', async () => {
    expect(getComputedStyle(document.body).letterSpacing).to.equal('5px'); // the page is hostile
    const widgets = await render();
    expect(styles(widgets)).to.deep.equal(plain);
    for (const w of widgets) w.remove();
  });

  it('keeps touch targets of at least 44 px, and none shrinks', async () => {
    const small = (list: typeof plainTargets) =>
      list.filter((t) => isControl(t.name) && (t.w < 44 || t.h < 44)).map((t) => t.name);
    expect(small(plainTargets), 'on a plain page').to.deep.equal([]);
    const widgets = await render();
    const hostile = targets(widgets);
    expect(small(hostile), 'on the hostile page').to.deep.equal([]);
    const shrunk = hostile.filter((t) => {
      const before = plainTargets.find((p) => p.name === t.name);
      return before !== undefined && t.h < before.h - 0.5;
    });
    expect(shrunk.map((t) => t.name)).to.deep.equal([]);
    expect(hostile.map((t) => t.name)).to.deep.equal(plainTargets.map((t) => t.name));
    for (const w of widgets) w.remove();
  });
});
