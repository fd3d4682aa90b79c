/**
 * What a page with a plain news list loads: the filter bar, the article renderer (rich text,
 * QR codes), the JSON-LD writer and the timeline come on first need. One page per test file: the first test
 * sees the module graph before anything else loaded.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-news.js';
import type { SonnecNews } from '../../../src/components/news/sonnec-news.js';
import { berlinWallTime } from '../../../src/feed/berlin-time.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { loaded, settled, textOf } from '../../helpers/widgets.js';

const NEWS = '/test/fixtures/news-basic.json';
const NOW = berlinWallTime(2026, 3, 20, 12);

async function news(attrs: Partial<SonnecNews> = {}): Promise<SonnecNews> {
  const el = await fixture<SonnecNews>(html`<sonnec-news src=${NEWS} .now=${NOW}></sonnec-news>`);
  Object.assign(el, attrs);
  await settled(el);
  return el;
}

describe('<sonnec-news> lazy parts', () => {
  afterEach(() => clearFeedCache());

  it('a plain list loads no filter bar, article renderer, sanitizer, JSON-LD writer or timeline', async () => {
    const el = await news();
    expect(el.state).to.equal('ready');
    const parts = ['news-filters', 'filter-bar', 'news-article', 'rich-text', 'sanitize'];
    for (const name of [...parts, 'news-timeline']) {
      expect(loaded(name), name).to.deep.equal([]);
    }
    expect(loaded('structured-data')).to.deep.equal([]);
  });

  it('starts loading the article when the keyboard reaches "Weiterlesen", before the click', async () => {
    const el = await news();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.focus();
    await waitUntil(() => loaded('/news-article.ts').length === 1, 'the article did not load');
  });

  // Before any other test loads the timeline's part.
  it('keeps the cards on screen until the timeline is there, never a list between', async () => {
    const el = await news({ layout: 'cards' });
    const layouts = new Set<string>();
    const observer = new MutationObserver(() => {
      const list = el.shadowRoot!.querySelector('[part~="list"]');
      if (list) layouts.add(list.localName === 'ol' ? 'timeline' : list.className);
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    el.layout = 'timeline';
    await waitUntil(() => el.shadowRoot!.querySelector('ol.timeline'), 'no timeline');
    observer.disconnect();
    expect([...layouts]).to.deep.equal(['timeline']);
  });

  it('opens an article: its text appears once its renderer has loaded', async () => {
    const el = await news();
    const item = el.shadowRoot!.querySelector<HTMLElement>('[data-id="n-radweg"]')!;
    item.querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
    await waitUntil(() => item.querySelector('.rich-text h3'), 'the article did not render');
    expect(textOf(item.querySelector('.rich-text h3'))).to.equal('Zwölf Kilometer');
    expect(loaded('news-article').length).to.equal(1);
    // The article's styles come with its part: the accent line, headings at text size.
    const body = getComputedStyle(item.querySelector('[part~="body"]')!);
    expect([body.borderLeftStyle, body.borderLeftWidth]).to.deep.equal(['solid', '4px']);
    const h3 = getComputedStyle(item.querySelector('.rich-text h3')!);
    expect(h3.fontSize).to.equal(getComputedStyle(el).fontSize);
    await expect(el).to.be.accessible();
  });

  it('shows the filter bar and writes JSON-LD when turned on after the list is shown', async () => {
    const el = await news();
    el.filters = true;
    el.structuredData = true;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="filter"]'), 'no filter bar');
    await waitUntil(() => el.querySelector('script[data-sonnec-jsonld]'), 'no JSON-LD');
    const items = JSON.parse(el.querySelector('script[data-sonnec-jsonld]')!.textContent!);
    expect(items).to.not.be.empty;
    el.structuredData = false;
    await el.updateComplete;
    expect(el.querySelector('script[data-sonnec-jsonld]')).to.equal(null);
  });

  it('shows the timeline, styled, when the layout changes after the list is shown', async () => {
    const el = await news();
    el.layout = 'timeline';
    await waitUntil(() => el.shadowRoot!.querySelector('ol.timeline'), 'no timeline');
    expectTimelineStyled(el, el.shadowRoot!.querySelector<HTMLElement>('ol.timeline')!);
    const museum = el.shadowRoot!.querySelector('[data-id="h-spielzeug"] time')!;
    expect([textOf(museum), museum.getAttribute('datetime')]).to.deep.equal(['1901', '1901']);
    expect(loaded('news-timeline').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows a timeline page styled from the first content', async () => {
    const el = await fixture<SonnecNews>(
      html`<sonnec-news src=${NEWS} layout="timeline" .now=${NOW}></sonnec-news>`,
    );
    // The first content waits for the timeline's part: no list shows before it.
    await settled(el);
    expectTimelineStyled(el, el.shadowRoot!.querySelector<HTMLElement>('ol.timeline')!);
    await expect(el).to.be.accessible();
  });
});

/** The timeline's own styles are adopted: the line down the years, and items as boxes. */
function expectTimelineStyled(el: SonnecNews, timeline: HTMLElement): void {
  expect(getComputedStyle(timeline).position).to.equal('relative');
  expect(getComputedStyle(timeline, '::before').width).to.equal('3px');
  const item = el.shadowRoot!.querySelector('.timeline-items > .item')!;
  expect(getComputedStyle(item).borderTopStyle).to.equal('solid');
  expect(getComputedStyle(item.querySelector('time')!).fontWeight).to.equal('700');
}
