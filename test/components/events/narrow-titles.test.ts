/**
 * On a narrow widget (a phone, a sidebar) the title has the whole width: no word of the sample
 * region's event titles is broken in two ("Beobachtungsabe|nd"), which happened while the
 * picture sat beside the title.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sonnec-events.js';
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { feedUrl, settled } from '../../helpers/widgets.js';

/** Every German event title in the sample region's content files. */
async function sampleTitles(): Promise<string[]> {
  const titles: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const { title } = value as { title?: { de?: unknown } };
      if (typeof title?.de === 'string') titles.push(title.de);
      Object.values(value).forEach(walk);
    }
  };
  for (const file of ['events-annual', 'events-monthly', 'events-recurring'])
    walk(await (await fetch(`/demo/content/${file}.json`)).json());
  return [...new Set(titles)];
}

/** Each word of the element's text that the layout broke over two lines. */
function brokenWords(element: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    // Words as a reader sees them: between spaces and hyphens (a break after a hyphen is fine).
    for (const match of text.matchAll(/[^\s\-–]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

describe('<sonnec-events> on a narrow widget', () => {
  afterEach(() => clearFeedCache());

  // A phone's window, and the page column a phone leaves a widget (the demo's at 390 px).
  for (const width of [390, 290]) {
    it(`breaks no word of a title in two (${width} px, with pictures)`, async () => {
      const titles = await sampleTitles();
      expect(titles.length).to.be.greaterThan(40);
      const feed = {
        version: 1,
        events: titles.map((title, i) => ({
          id: `e${i}`,
          title,
          start: '2026-12-05T19:00',
          city: 'sonneberg',
          image: { src: '/test/fixtures/news-photo.svg', alt: 'Bild' },
        })),
      };
      const holder = await fixture<HTMLElement>(html`
        <div style="width: ${width}px">
          <sonnec-events src=${feedUrl(feed)} page-size="100" lang="de"></sonnec-events>
        </div>
      `);
      const el = holder.querySelector<SonnecEvents>('sonnec-events')!;
      await settled(el);
      const buttons = [...el.shadowRoot!.querySelectorAll('[part~="title"]')];
      expect(buttons).to.have.length(titles.length);
      expect(buttons.flatMap(brokenWords)).to.deep.equal([]);
      // The pictures are still there, at their size.
      const thumb = el.shadowRoot!.querySelector<HTMLImageElement>('.thumb')!;
      expect(thumb.getBoundingClientRect().width).to.be.greaterThan(50);
    });
  }
});
