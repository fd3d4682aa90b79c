/** "Weiterlesen" looks one way in every card, and an open article's button says "Weniger anzeigen". */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-news.js';
import type { SonnecNews } from '../../../src/components/news/sonnec-news.js';
import { berlinWallTime } from '../../../src/feed/berlin-time.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { settled, spokenText, textOf } from '../../helpers/widgets.js';

const NEWS = '/test/fixtures/news-basic.json';
const NOW = berlinWallTime(2026, 3, 20, 12);

async function news(lang: 'de' | 'en', layout = 'list'): Promise<SonnecNews> {
  const el = await fixture<SonnecNews>(
    html`<sonnec-news src=${NEWS} .now=${NOW} lang=${lang} layout=${layout}></sonnec-news>`,
  );
  await settled(el);
  return el;
}

const more = (el: SonnecNews, id: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="item"][data-id="${id}"] [part~="more"]`)!;

describe('"Weiterlesen" in news', () => {
  afterEach(() => clearFeedCache());

  for (const layout of ['list', 'cards']) {
    it(`looks the same as a button (opens here) and as a link (leads away) (${layout})`, async () => {
      const el = await news('de', layout);
      const button = more(el, 'n-radweg');
      const link = more(el, 'n-hallenbad');
      expect(button.localName).to.equal('button');
      expect(link.localName).to.equal('a');
      const look = (e: Element) => {
        const s = getComputedStyle(e);
        return {
          border: `${s.borderTopWidth} ${s.borderTopStyle}`,
          background: s.backgroundColor,
          color: s.color,
          weight: s.fontWeight,
          size: s.fontSize,
          family: s.fontFamily,
          underline: s.textDecorationLine,
          padding: s.paddingLeft,
        };
      };
      expect(look(button)).to.deep.equal(look(link));
    });
  }

  it('says "Weniger anzeigen" while the article is open, and "Weiterlesen" again once closed', async () => {
    const el = await news('de');
    const button = more(el, 'n-radweg');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(button.querySelector('[aria-hidden="true"]:not(.chevron)'))).to.equal(
      'Weniger anzeigen',
    );
    expect(spokenText(button)).to.equal('Weniger anzeigen: Radweg Sonneberg–Neustadt freigegeben');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="body"]:not([hidden]) h3'));
    await expect(el).to.be.accessible();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(spokenText(button)).to.equal('Weiterlesen: Radweg Sonneberg–Neustadt freigegeben');
  });

  it('says "Show less" in English', async () => {
    const el = await news('en');
    const button = more(el, 'n-radweg');
    button.click();
    await el.updateComplete;
    expect(spokenText(button)).to.match(/^Show less: /);
  });
});
