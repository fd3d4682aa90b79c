import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys as press } from '@web/test-runner-commands';
import '../../../src/define/sonnec-news.js';
import type { SonnecNews } from '../../../src/components/news/sonnec-news.js';
import { berlinWallTime } from '../../../src/feed/berlin-time.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { choose, feedUrl, settled, spokenText, textOf } from '../../helpers/widgets.js';

const NEWS = '/test/fixtures/news-basic.json';
const HOSTILE = '/test/fixtures/news-hostile.json';
/** The tests' clock: 20 March 2026, noon in Berlin (the browser runs in Los Angeles). */
const NOW = berlinWallTime(2026, 3, 20, 12);

const ALL_NEWEST_FIRST = [
  'n-buergerbuero',
  'n-radweg',
  'n-hallenbad',
  'n-neujahr',
  'n-puppenmuseum',
  'h-besuch',
  'h-bruecke',
  'h-grenze',
  'h-spielzeug',
  'h-zeitzeugen',
];

function root(el: SonnecNews): ShadowRoot {
  return el.shadowRoot!;
}
function ids(el: SonnecNews): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part~="item"]')].map((li) => li.dataset.id!);
}
function itemOf(el: SonnecNews, id: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[part~="item"][data-id="${id}"]`);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}
function status(el: SonnecNews): string {
  return textOf(root(el).querySelector('[role="status"]'));
}
function select(el: SonnecNews, name: string): HTMLSelectElement {
  return root(el).querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
}
async function news(template: ReturnType<typeof html>): Promise<SonnecNews> {
  const el = await fixture<SonnecNews>(template);
  await settled(el);
  return el;
}

describe('<sonnec-news>', () => {
  afterEach(() => clearFeedCache());

  it('shows a loading state with a live region from the first render', async () => {
    const el = await fixture<SonnecNews>(html`<sonnec-news src="/__fault/slow/300"></sonnec-news>`);
    expect(el.state).to.equal('loading');
    expect(status(el), 'silent while aria-busy').to.equal('');
    await expect(el).to.be.accessible();
    await settled(el);
  });

  it('lists news newest first with Berlin dates, city badge, categories and summary', async () => {
    const el = await news(html`<sonnec-news src=${NEWS} .now=${NOW}></sonnec-news>`);
    expect(el.state).to.equal('ready');
    expect(ids(el)).to.deep.equal(ALL_NEWEST_FIRST);
    expect(status(el), 'the first content is not announced').to.equal('');

    const first = itemOf(el, 'n-buergerbuero');
    const title = first.querySelector('[part~="title"]')!;
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('2');
    expect(textOf(title)).to.equal('Neues Bürgerbüro im Rathaus Sonneberg');
    const meta = textOf(first.querySelector('[part~="meta"]'));
    expect(meta).to.contain('18. März 2026');
    expect(meta).to.contain('Sonneberg');
    expect(meta).to.contain('Kategorien: Bürgerservice');
    expect(first.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-18');
    expect(textOf(first.querySelector('[part~="summary"]'))).to.equal(
      'Längere Öffnungszeiten und Termine ohne Wartezeit.',
    );
    // 23:30 UTC on New Year's Eve is New Year's Day in Berlin (and still 2025 in Los Angeles).
    const newYear = itemOf(el, 'n-neujahr').querySelector('time')!;
    expect(newYear.getAttribute('datetime')).to.equal('2026-01-01');
    expect(textOf(newYear)).to.equal('1. Januar 2026');
    expect(textOf(itemOf(el, 'n-neujahr').querySelector('.badge'))).to.equal(
      'Sonneberg & Neustadt',
    );
    await expect(el).to.be.accessible();
  });

  it('marks news of the last seven Berlin days as "Neu", by the `now` clock', async () => {
    const el = await news(html`<sonnec-news src=${NEWS} .now=${NOW}></sonnec-news>`);
    const marked = ids(el).filter((id) => itemOf(el, id).querySelector('[part~="new"]'));
    expect(marked).to.deep.equal(['n-buergerbuero', 'n-radweg']);
    expect(textOf(itemOf(el, 'n-radweg').querySelector('[part~="new"]'))).to.equal('Neu');
    el.now = berlinWallTime(2027, 1, 1);
    await el.updateComplete;
    expect(root(el).querySelector('[part~="new"]')).to.equal(null);
  });

  it('links "Weiterlesen" to the item page, with the title in the link text', async () => {
    const el = await news(html`<sonnec-news src=${NEWS} .now=${NOW}></sonnec-news>`);
    const link = itemOf(el, 'n-hallenbad').querySelector<HTMLAnchorElement>('a[part~="more"]')!;
    expect(link.getAttribute('href')).to.equal('https://www.neustadt-bei-coburg.de/hallenbad');
    expect(spokenText(link)).to.equal('Weiterlesen: Hallenbad Neustadt: neue Öffnungszeiten');
    expect(textOf(link.querySelector('[aria-hidden="true"]'))).to.equal('Weiterlesen');
    // Neither url nor body: no "Weiterlesen" at all.
    expect(itemOf(el, 'n-neujahr').querySelector('[part~="more"]')).to.equal(null);

    link.addEventListener('click', (e) => e.preventDefault());
    const selected = oneEvent(el, 'sonnec-select');
    link.click();
    expect(((await selected).detail.item as { id: string }).id).to.equal('n-hallenbad');
  });

  it('shows pictures with alt text and credit; without alt they are decorative', async () => {
    const el = await news(html`<sonnec-news src=${NEWS} .now=${NOW}></sonnec-news>`);
    const withAlt = itemOf(el, 'n-buergerbuero').querySelector('img')!;
    expect(withAlt.getAttribute('alt')).to.equal('Eingang des Rathauses');
    expect(textOf(itemOf(el, 'n-buergerbuero').querySelector('figcaption'))).to.equal(
      'Foto: Stadt Sonneberg',
    );
    const decorative = itemOf(el, 'n-radweg').querySelector('img')!;
    expect(decorative.hasAttribute('alt')).to.equal(true);
    expect(decorative.getAttribute('alt')).to.equal('');
    // A relative picture is relative to the feed, not to the page.
    expect(decorative.src).to.equal(new URL('/test/fixtures/news-photo.svg', location.href).href);
    await waitUntil(() => decorative.complete && decorative.naturalWidth > 0, 'the picture loads');
    expect(textOf(itemOf(el, 'n-radweg'))).not.to.contain('news-photo');
    await expect(el).to.be.accessible();
  });

  it('loads no picture from a third-party host unless `external-images` allows it', async () => {
    const el = await news(html`<sonnec-news src=${NEWS} .now=${NOW}></sonnec-news>`);
    expect(itemOf(el, 'n-puppenmuseum').querySelector('img')).to.equal(null);
    expect(root(el).querySelector('img[src*="example.com"]')).to.equal(null);
  });

  it('opens and closes the article in place with Enter and Space, focus staying on the button', async () => {
    const el = await news(html`<sonnec-news src=${NEWS} .now=${NOW}></sonnec-news>`);
    const item = itemOf(el, 'n-radweg');
    const button = item.querySelector<HTMLButtonElement>('button[part~="more"]')!;
    const body = item.querySelector<HTMLElement>('[part~="body"]')!;
    expect(spokenText(button)).to.equal('Weiterlesen: Radweg Sonneberg–Neustadt freigegeben');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(body.id);
    expect(body.hidden).to.equal(true);

    button.focus();
    const selected = oneEvent(el, 'sonnec-select');
    await press({ press: 'Enter' });
    expect(((await selected).detail.item as { id: string }).id).to.equal('n-radweg');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(body.hidden).to.equal(false);
    expect(root(el).activeElement).to.equal(button);
    await waitUntil(() => body.querySelector('h3'), 'the sanitized article renders');
    expect(textOf(body.querySelector('h3'))).to.equal('Zwölf Kilometer');
    expect(body.querySelectorAll('li')).to.have.length(2);
    expect(body.querySelector('.rich-text a')!.getAttribute('rel')).to.equal('noopener noreferrer');
    // The item page, as well, for the whole story.
    expect(body.querySelector('.source a')!.getAttribute('href')).to.equal(
      'https://www.neustadt-bei-coburg.de/radweg',
    );
    await expect(el).to.be.accessible();

    await press({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(body.hidden).to.equal(true);
    expect(root(el).activeElement).to.equal(button);
  });

  it('renders a hostile article harmless', async () => {
    const w = window as unknown as { __newsPwned?: number };
    delete w.__newsPwned;
    const el = await news(html`<sonnec-news src=${HOSTILE}></sonnec-news>`);
    const item = itemOf(el, 'evil');
    expect(textOf(item.querySelector('[part~="title"]'))).to.equal(
      '<img src=x onerror="window.__newsPwned=1">Böse Meldung',
    );
    // The javascript: url and image were dropped when the feed was read.
    expect(item.querySelector('img')).to.equal(null);
    expect(itemOf(el, 'bad-url').querySelector('a')).to.equal(null);

    item.querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
    await el.updateComplete;
    const body = item.querySelector<HTMLElement>('.rich-text')!;
    await waitUntil(() => body.querySelector('p'), 'the sanitized article renders');
    const img = body.querySelector('img');
    if (img) await waitUntil(() => img.complete, 'the image has failed or loaded');

    expect(w.__newsPwned).to.equal(undefined);
    expect(
      root(el).querySelector(
        'script, style, iframe, form, input, object, embed, base, meta, svg, math, h2',
      ),
    ).to.equal(null);
    expect(document.querySelector('iframe, form[action*="evil"]')).to.equal(null);
    for (const link of root(el).querySelectorAll('a')) {
      expect(link.getAttribute('href') ?? '').not.to.match(/^\s*(javascript|data|vbscript):/i);
    }
    for (const node of root(el).querySelectorAll('*')) {
      for (const attr of node.getAttributeNames()) {
        expect(attr, `${node.localName}[${attr}]`).not.to.match(/^on/i);
        if (node.closest('.rich-text')) expect(attr).not.to.equal('style');
      }
    }
    // The h2 became text; the page is still visible (the <style> did not apply).
    expect(textOf(body)).to.contain('Überschrift');
    expect(getComputedStyle(body.querySelector('p')!).display).to.equal('block');
    expect(textOf(body.querySelector('a[href="https://example.org/ok"]'))).to.equal('Gut');
    await expect(el).to.be.accessible();
  });

  it('filters by city, topic and year, announcing the count', async () => {
    const el = await news(html`<sonnec-news src=${NEWS} filters .now=${NOW}></sonnec-news>`);
    const bar = root(el).querySelector('[part~="filter"]')!;
    expect(bar.getAttribute('role')).to.equal('search');
    expect([...select(el, 'category').options].map((o) => o.text)).to.deep.equal([
      'Alle Themen',
      'Allianz',
      'Bürgerservice',
      'Freizeit',
      'Geschichte',
      'Kultur',
      'Projekte',
    ]);
    expect([...select(el, 'year').options].map((o) => o.value)).to.deep.equal([
      '',
      '2026',
      '2025',
      '2024',
    ]);

    await choose(el, 'city', 'neustadt');
    expect(ids(el)).to.deep.equal([
      'n-radweg',
      'n-hallenbad',
      'n-neujahr',
      'n-puppenmuseum',
      'h-besuch',
      'h-bruecke',
      'h-grenze',
      'h-zeitzeugen',
    ]);
    expect(status(el)).to.equal('8 Meldungen');

    await choose(el, 'category', 'kultur');
    expect(ids(el)).to.deep.equal(['n-puppenmuseum']);
    expect(status(el)).to.equal('1 Meldung');

    await choose(el, 'city', '');
    await choose(el, 'category', '');
    // The Berlin year: New Year's greeting counts in 2026.
    await choose(el, 'year', '2026');
    expect(ids(el)).to.deep.equal(['n-buergerbuero', 'n-radweg', 'n-hallenbad', 'n-neujahr']);
    expect(status(el)).to.equal('4 Meldungen');
    await expect(el).to.be.accessible();

    await choose(el, 'category', 'geschichte');
    expect(el.state).to.equal('empty');
    expect(status(el)).to.equal('Keine Meldungen passen zu diesen Filtern.');
    expect(root(el).querySelector('[part~="filter"]')).not.to.equal(null);
    await expect(el).to.be.accessible();

    const reset = root(el).querySelector<HTMLButtonElement>('.reset')!;
    reset.click();
    await el.updateComplete;
    expect(ids(el)).to.have.length(10);
    expect(root(el).activeElement).to.equal(select(el, 'city'));
  });

  it('narrows with the filters within what `city` and `category` allow', async () => {
    const el = await news(
      html`<sonnec-news src=${NEWS} filters city="neustadt" category="Geschichte"></sonnec-news>`,
    );
    expect(ids(el)).to.deep.equal(['h-besuch', 'h-bruecke', 'h-grenze', 'h-zeitzeugen']);
    expect(select(el, 'city')).to.equal(null);
    expect(select(el, 'category')).to.equal(null);
    expect([...select(el, 'year').options].map((o) => o.value)).to.deep.equal(['', '2025', '2024']);
  });

  it('filters with the attributes, in either language, and caps with `limit`', async () => {
    const el = await news(
      html`<sonnec-news src=${NEWS} category="citizen services"></sonnec-news>`,
    );
    expect(ids(el)).to.deep.equal(['n-buergerbuero', 'n-hallenbad']);
    el.city = 'sonneberg';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['n-buergerbuero']);
    el.removeAttribute('city');
    el.removeAttribute('category');
    el.limit = 3;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(ALL_NEWEST_FIRST.slice(0, 3));
    expect(status(el)).to.equal('3 Meldungen');
    expect(root(el).querySelector('[part~="load-more"]')).to.equal(null);
  });

  it('pages with "Mehr laden" and moves focus to the first new item', async () => {
    const el = await news(html`<sonnec-news src=${NEWS} page-size="4"></sonnec-news>`);
    expect(ids(el)).to.deep.equal(ALL_NEWEST_FIRST.slice(0, 4));
    expect(status(el), 'the first content is not announced').to.equal('');
    const more = root(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!;
    expect(textOf(more)).to.equal('Mehr laden (4 von 10)');
    more.focus();
    await press({ press: 'Enter' });
    await waitUntil(() => ids(el).length === 8);
    await el.updateComplete;
    const focused = root(el).activeElement!;
    expect(focused.closest<HTMLElement>('[part~="item"]')!.dataset.id).to.equal('n-puppenmuseum');
    expect(focused.getAttribute('role')).to.equal('heading');
    expect(status(el)).to.equal('10 Meldungen, 8 angezeigt');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!.click();
    await waitUntil(() => ids(el).length === 10);
    expect(root(el).querySelector('[part~="load-more"]')).to.equal(null);
    expect(status(el)).to.equal('10 Meldungen');
  });

  it('shows history as a timeline by the date it tells of, with year markers', async () => {
    const el = await news(
      html`<sonnec-news
        src=${NEWS}
        layout="timeline"
        category="Geschichte"
        heading-level="3"
      ></sonnec-news>`,
    );
    expect(ids(el)).to.deep.equal([
      'h-spielzeug',
      'h-grenze',
      'h-bruecke',
      'h-besuch',
      'h-zeitzeugen',
    ]);
    const years = [...root(el).querySelectorAll('[part~="year"]')].map((year) => [
      textOf(year.querySelector('.year-marker')),
      year.querySelector('.year-marker')!.getAttribute('aria-level'),
      year.querySelectorAll('[part~="item"]').length,
    ]);
    expect(years).to.deep.equal([
      ['1901', '3', 1],
      ['1945', '3', 1],
      ['1989', '3', 2],
      ['2024', '3', 1],
    ]);
    const bridge = itemOf(el, 'h-bruecke');
    expect(bridge.querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('4');
    expect(textOf(bridge.querySelector('time'))).to.equal('12. November 1989');
    expect(bridge.querySelector('time')!.getAttribute('datetime')).to.equal('1989-11-12');
    // A historical date on 1 January stands for its year.
    const museum = itemOf(el, 'h-spielzeug').querySelector('time')!;
    expect([textOf(museum), museum.getAttribute('datetime')]).to.deep.equal(['1901', '1901']);
    // Without a historical date, the item stands at its publication date.
    expect(textOf(itemOf(el, 'h-zeitzeugen').querySelector('time'))).to.equal('3. Oktober 2024');
    await expect(el).to.be.accessible();
  });

  it('filters the timeline by the year it tells of', async () => {
    const el = await news(
      html`<sonnec-news src=${NEWS} layout="timeline" category="history" filters></sonnec-news>`,
    );
    expect([...select(el, 'year').options].map((o) => o.value)).to.deep.equal([
      '',
      '1901',
      '1945',
      '1989',
      '2024',
    ]);
    await choose(el, 'year', '1989');
    expect(ids(el)).to.deep.equal(['h-bruecke', 'h-besuch']);
    expect(status(el)).to.equal('2 Meldungen');
  });

  for (const layout of ['list', 'cards', 'teaser', 'timeline'] as const) {
    it(`passes axe in the ${layout} layout, light and dark`, async () => {
      const el = await news(
        html`<sonnec-news src=${NEWS} layout=${layout} filters .now=${NOW}></sonnec-news>`,
      );
      expect(el.getAttribute('layout')).to.equal(layout);
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('shows one to three large items as a teaser, without paging', async () => {
    const el = await news(
      html`<sonnec-news src=${NEWS} layout="teaser" page-size="1"></sonnec-news>`,
    );
    expect(ids(el)).to.deep.equal(ALL_NEWEST_FIRST.slice(0, 3));
    expect(status(el), 'the first content is not announced').to.equal('');
    expect(root(el).querySelector('[part~="load-more"]')).to.equal(null);
    el.limit = 1;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['n-buergerbuero']);
  });

  it('speaks English', async () => {
    const el = await news(
      html`<sonnec-news src=${NEWS} lang="en" filters .now=${NOW} page-size="4"></sonnec-news>`,
    );
    expect(status(el), 'the first content is not announced').to.equal('');
    const first = itemOf(el, 'n-buergerbuero');
    expect(textOf(first.querySelector('[part~="title"]'))).to.equal(
      "New citizens' office in Sonneberg town hall",
    );
    expect(textOf(first.querySelector('time'))).to.equal('18 March 2026');
    expect(textOf(first.querySelector('[part~="new"]'))).to.equal('New');
    expect(textOf(first.querySelector('[part~="categories"]'))).to.equal(
      'Categories: Citizen services',
    );
    expect(spokenText(first.querySelector('a[part~="more"]'))).to.equal(
      "Read more: New citizens' office in Sonneberg town hall",
    );
    expect(first.querySelector('img')!.getAttribute('alt')).to.equal('Entrance of the town hall');
    expect(textOf(first.querySelector('figcaption'))).to.equal('Photo: Stadt Sonneberg');
    expect(textOf(root(el).querySelector('label[for="news-filter-category"]'))).to.equal('Topic');
    expect(select(el, 'category').options[4]!.text).to.equal('History');
    await choose(el, 'category', 'kultur');
    expect(status(el)).to.equal('2 news items');
    await choose(el, 'city', 'sonneberg');
    expect(status(el)).to.equal('1 news item');
    await expect(el).to.be.accessible();
  });

  it('writes schema.org NewsArticle JSON-LD into the light DOM with `structured-data`', async () => {
    const el = await news(html`<sonnec-news src=${NEWS} structured-data limit="2"></sonnec-news>`);
    // Written once its writer is there: content does not wait for it.
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!) as { '@graph': Record<string, unknown>[] };
    expect(data['@graph']).to.have.length(2);
    expect(data['@graph'][0]).to.include({
      '@type': 'NewsArticle',
      headline: 'Neues Bürgerbüro im Rathaus Sonneberg',
      datePublished: '2026-03-18T08:00:00.000Z',
      url: 'https://www.sonneberg.de/buergerbuero',
      image: new URL('/test/fixtures/news-photo.svg', document.baseURI).href,
      description: 'Längere Öffnungszeiten und Termine ohne Wartezeit.',
    });
    expect(data['@graph'][1]!.description).to.equal(
      'Der gemeinsame Radweg verbindet beide Städte.',
    );
    el.structuredData = false;
    await el.updateComplete;
    expect(el.querySelector('script')).to.equal(null);
  });

  it('escapes hostile text in the JSON-LD', async () => {
    const feed = feedUrl({
      version: 1,
      news: [
        {
          id: 'x',
          title: '</script><script>window.__newsPwned=1</script>',
          date: '2026-01-01',
          city: 'both',
        },
      ],
    });
    const el = await news(html`<sonnec-news src=${feed} structured-data></sonnec-news>`);
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const script = el.querySelector('script[type="application/ld+json"]')!;
    expect(script.textContent).not.to.contain('</script');
    expect(el.querySelectorAll('script')).to.have.length(1);
    expect((window as unknown as { __newsPwned?: number }).__newsPwned).to.equal(undefined);
  });

  it('shows the empty state, with the fallback content', async () => {
    const el = await news(html`
      <sonnec-news src=${feedUrl({ version: 1, news: [] })}>
        <a href="https://www.sonneberg.de/aktuelles">Alle Meldungen</a>
      </sonnec-news>
    `);
    expect(el.state).to.equal('empty');
    expect(textOf(root(el).querySelector('[part="empty"]'))).to.equal(
      'Zurzeit sind keine Meldungen vorhanden.',
    );
    expect(status(el), 'the first content is not announced').to.equal('');
    expect(root(el).querySelector('slot')!.assignedElements()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('on error shows a translated alert and the fallback content', async () => {
    const failed = oneEvent(document, 'sonnec-error');
    const el = await fixture<SonnecNews>(html`
      <sonnec-news src="/__fault/status/404" lang="en">
        <a href="https://www.sonneberg.de/aktuelles">All news</a>
      </sonnec-news>
    `);
    expect((await failed).detail.kind).to.equal('http');
    await el.updateComplete;
    expect(el.state).to.equal('error');
    expect(textOf(root(el).querySelector('[role="alert"]'))).to.contain(
      'The content cannot be reached right now. Please try again later.',
    );
    await expect(el).to.be.accessible();
  });

  it('fires sonnec-load with the number of matching items', async () => {
    const el = document.createElement('sonnec-news');
    el.src = NEWS;
    el.category = 'Geschichte';
    const loaded = oneEvent(el, 'sonnec-load');
    document.body.append(el);
    try {
      expect((await loaded).detail.count).to.equal(5);
    } finally {
      el.remove();
    }
  });

  it('renders, filters, pages and expands without a console warning (Lit dev mode included)', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await news(html`<sonnec-news src=${NEWS} filters page-size="3"></sonnec-news>`);
      await choose(el, 'city', 'sonneberg');
      root(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!.click();
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
      await el.updateComplete;
      el.layout = 'timeline';
      await el.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal([]);
  });

  it('writes no cookie and nothing to Web Storage', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const el = await news(html`<sonnec-news src=${NEWS} filters page-size="2"></sonnec-news>`);
    await choose(el, 'year', '2025');
    root(el).querySelector<HTMLButtonElement>('[part~="load-more"]')!.click();
    root(el).querySelector<HTMLButtonElement>('button[part~="more"]')?.click();
    await el.updateComplete;
    expect(document.cookie).to.equal('');
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
  });
});
