/**
 * Filter bars wrap rather than cut their selects' text off: with "Filter zurücksetzen" shown,
 * "Neustadt b. Coburg" and "Dieses Wochenende" are still read whole (not "Neustadt b. Cobu").
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { choose, GOOD_FEED, settled, until } from '../helpers/widgets.js';

const canvas = document.createElement('canvas').getContext('2d')!;
/** Chromium's select arrow and its gap, at most (measured: 16–20 px at 16 px text). */
const ARROW = 20;

/** The width a select needs to show its chosen option whole. */
function needed(select: HTMLSelectElement): number {
  const style = getComputedStyle(select);
  canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  const text = select.selectedOptions[0]!.textContent!.trim();
  const px = (v: string) => parseFloat(v) || 0;
  return (
    canvas.measureText(text).width +
    px(style.paddingLeft) +
    px(style.paddingRight) +
    px(style.borderLeftWidth) +
    px(style.borderRightWidth) +
    ARROW
  );
}

function clipped(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part="filter"] select')]
    .filter((s) => s.getBoundingClientRect().width + 0.5 < needed(s))
    .map((s) => `${s.name}: "${s.selectedOptions[0]!.textContent!.trim()}" in ${s.offsetWidth} px`);
}

async function inBox<T extends SonnecElement>(width: number, widget: unknown): Promise<T> {
  const holder = await fixture<HTMLElement>(html`<div style="width: ${width}px">${widget}</div>`);
  const el = holder.firstElementChild as T;
  await settled(el);
  await until(() => el.shadowRoot!.querySelector('[part="filter"] select'), 'the filter bar');
  return el;
}

describe('filter bars', () => {
  afterEach(() => clearFeedCache());

  for (const width of [390, 560, 720, 1000]) {
    it(`show every chosen option whole once "Filter zurücksetzen" appears (${width} px)`, async () => {
      const map = await inBox(width, html`<sonnec-map src=${GOOD_FEED} filters></sonnec-map>`);
      await choose(map, 'city', 'neustadt');
      expect(map.shadowRoot!.querySelector('.reset'), 'reset shown').to.exist;
      expect(clipped(map)).to.deep.equal([]);

      const events = await inBox(
        width,
        html`<sonnec-events src=${GOOD_FEED} filters now="2026-12-04T12:00"></sonnec-events>`,
      );
      await choose(events, 'city', 'neustadt');
      await choose(events, 'date', 'weekend');
      expect(events.shadowRoot!.querySelector('.reset'), 'reset shown').to.exist;
      expect(clipped(events)).to.deep.equal([]);

      const news = await inBox(width, html`<sonnec-news src=${GOOD_FEED} filters></sonnec-news>`);
      await choose(news, 'city', 'neustadt');
      expect(clipped(news)).to.deep.equal([]);
    });
  }

  it('still fit a phone: no field is wider than its bar', async () => {
    const map = await inBox(320, html`<sonnec-map src=${GOOD_FEED} filters></sonnec-map>`);
    await choose(map, 'city', 'neustadt');
    const bar = map.shadowRoot!.querySelector('[part="filter"]')!.getBoundingClientRect();
    for (const field of map.shadowRoot!.querySelectorAll('.filter-field'))
      expect(field.getBoundingClientRect().right).to.be.at.most(bar.right + 0.5);
  });
});
