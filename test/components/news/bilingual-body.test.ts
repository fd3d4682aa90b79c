import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-news.js';
import type { SonnecNews } from '../../../src/components/news/sonnec-news.js';
import { berlinWallTime } from '../../../src/feed/berlin-time.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { parseSonnecJson } from '../../../src/feed/sources/sonnec-json.js';
import { settled, textOf } from '../../helpers/widgets.js';

const FEED = '/test/fixtures/bilingual-html.json';
const NOW = berlinWallTime(2026, 12, 4, 10);

async function openArticle(lang: 'de' | 'en'): Promise<HTMLElement> {
  const el = await fixture<SonnecNews>(
    html`<sonnec-news src=${FEED} lang=${lang} .now=${NOW}></sonnec-news>`,
  );
  await settled(el);
  const item = el.shadowRoot!.querySelector<HTMLElement>('[part~="item"][data-id="n-radweg"]')!;
  item.querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
  await el.updateComplete;
  const body = item.querySelector<HTMLElement>('[part~="body"]')!;
  await waitUntil(() => body.querySelector('h3'), 'the article renders');
  return body;
}

describe('description and body in several languages', () => {
  afterEach(() => clearFeedCache());

  it('reads language maps of HTML, keeping valid language keys only', async () => {
    const feed = parseSonnecJson(await (await fetch(FEED)).text());
    expect(feed.events[0]!.description).to.deep.equal({
      de: '<p>Chöre aus beiden Städten singen gemeinsam.</p>',
      en: '<p>Choirs from both towns sing together.</p>',
    });
    expect(feed.events[1]!.description).to.deep.equal({ de: '<p>Nur auf Deutsch.</p>' });
    expect(feed.dropped).to.deep.equal([]);
  });

  it('shows the English article in an English widget, the German one in a German widget', async () => {
    const en = await openArticle('en');
    expect(textOf(en.querySelector('h3'))).to.equal('Twelve kilometres');
    expect(en.querySelector('.rich-text')!.hasAttribute('lang')).to.equal(false);
    clearFeedCache();
    const de = await openArticle('de');
    expect(textOf(de.querySelector('h3'))).to.equal('Zwölf Kilometer');
  });
});

describe('picture credits', () => {
  afterEach(() => clearFeedCache());

  it('adds "Foto:" only to a credit that does not name its own kind', async () => {
    const el = await fixture<SonnecNews>(
      html`<sonnec-news src=${FEED} lang="de" .now=${NOW}></sonnec-news>`,
    );
    await settled(el);
    const credit = (id: string) =>
      textOf(el.shadowRoot!.querySelector(`[part~="item"][data-id="${id}"] .credit`));
    expect(credit('n-radweg')).to.equal('Illustration: SON.NEC Widgets, CC0');
    expect(credit('n-foto')).to.equal('Foto: Stadt Sonneberg');
  });
});
