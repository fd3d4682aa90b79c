import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-kiosk.js';
import '../../../src/define/sonnec-downloads.js';
import type { SonnecKiosk } from '../../../src/components/kiosk/sonnec-kiosk.js';
import type { SonnecEvents } from '../../../src/components/events/sonnec-events.js';
import type { SonnecNews } from '../../../src/components/news/sonnec-news.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import type { SonnecElement } from '../../../src/internal/sonnec-element.js';
import { qrMatrix, QUIET_ZONE } from '../../../src/internal/qr.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { animationsDone, GOOD_FEED, settled, textOf, uniqueName } from '../../helpers/widgets.js';
import {
  deepQueryAll,
  EVENT_URL,
  FakeClock,
  linkedFeed,
  NEWS_URL,
  PLACE_URL,
  svgModules,
  widgetsReady,
} from './kiosk-helpers.js';

/** The QR code's dark modules are exactly the library's matrix for `url`. */
function expectQrOf(svg: SVGSVGElement | null | undefined, url: string): void {
  expect(svg, `QR code of ${url}`).to.exist;
  expect(svg!.dataset.url).to.equal(url);
  const drawn = svgModules(svg!, QUIET_ZONE);
  const m = qrMatrix(url);
  expect(drawn.length).to.equal(m.count);
  const expected = drawn.map((row, r) => row.map((_, c) => m.isDark(r, c)));
  expect(drawn).to.deep.equal(expected);
  // A real code: finder pattern in the top-left corner.
  expect(drawn[0]!.slice(0, 7)).to.deep.equal([true, true, true, true, true, true, true]);
}

async function kiosk(src: string, views?: string): Promise<SonnecKiosk> {
  const el = await fixture<SonnecKiosk>(html`
    <sonnec-kiosk
      src=${src}
      views=${views ?? 'today,week,news,map,place'}
      .clock=${new FakeClock()}
      style="--sonnec-kiosk-height: 1000px"
    ></sonnec-kiosk>
  `);
  await waitUntil(() => el.state === 'ready', 'kiosk did not load', { timeout: 8000 });
  await widgetsReady(el);
  return el;
}

describe('kiosk mode', () => {
  let src: string;
  before(async () => {
    src = await linkedFeed();
  });
  afterEach(() => {
    clearFeedCache();
    localStorage.clear();
  });

  it('event details show a QR code of the event page, and no calendar links', async () => {
    const el = await kiosk(src);
    const events = el.shadowRoot!.querySelector<SonnecEvents>('sonnec-events')!;
    events.shadowRoot!.querySelector<HTMLButtonElement>('.title-button')!.click();
    await waitUntil(() => events.shadowRoot!.querySelector('dialog svg.qr'), 'no QR code', {
      timeout: 5000,
    });
    const dialog = events.shadowRoot!.querySelector('dialog')!;
    expectQrOf(dialog.querySelector<SVGSVGElement>('svg.qr'), EVENT_URL);
    expect(textOf(dialog)).to.contain('www.sonneberg.de/weihnachtsmarkt?jahr=2026&tag=4');
    expect(textOf(dialog.querySelector('figcaption'))).to.contain(
      'Mit dem Handy scannen und mitnehmen',
    );
    expect(dialog.querySelector('svg.qr')!.getAttribute('aria-label')).to.equal(
      'QR-Code: Weitere Informationen',
    );
    expect(dialog.querySelector('[part="add-to-calendar"]')).to.equal(null);
    expect(dialog.querySelectorAll('a[href]').length).to.equal(0);
  });

  it('news: "Weiterlesen" opens in place with a QR code of the article', async () => {
    const el = await kiosk(src);
    el.show(2);
    const news = el.shadowRoot!.querySelector<SonnecNews>('sonnec-news')!;
    await news.updateComplete;
    const toggles = news.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.more');
    expect(toggles.length).to.equal(2); // the article and the link-only item alike
    expect(news.shadowRoot!.querySelectorAll('a.more').length).to.equal(0);
    for (const toggle of toggles) toggle.click();
    await waitUntil(() => news.shadowRoot!.querySelectorAll('svg.qr').length === 2, 'no QR codes');
    const urls = [...news.shadowRoot!.querySelectorAll<SVGSVGElement>('svg.qr')].map(
      (svg) => svg.dataset.url,
    );
    expect(urls).to.have.members([NEWS_URL, 'https://www.sonneberg.de/radroute']);
    expectQrOf(
      news.shadowRoot!.querySelector<SVGSVGElement>(`svg.qr[data-url="${NEWS_URL}"]`),
      NEWS_URL,
    );
  });

  it('the featured destination and the map list show QR codes of the places', async () => {
    const el = await kiosk(src);
    el.show(4);
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part="place"] svg.qr'), 'no QR');
    expectQrOf(el.shadowRoot!.querySelector<SVGSVGElement>('[part="place"] svg.qr'), PLACE_URL);
    el.show(3);
    const map = el.shadowRoot!.querySelector<SonnecMap>('sonnec-map')!;
    map.shadowRoot!.querySelector<HTMLButtonElement>('.views button:last-child')!.click();
    await waitUntil(() => map.shadowRoot!.querySelectorAll('.list svg.qr').length === 2, 'no QR');
    expect(map.shadowRoot!.querySelectorAll('.list a[href]').length).to.equal(0);
  });

  it('nothing navigates away: every link in the kiosk is clicked, the page stays', async () => {
    const el = await kiosk(src);
    // Open everything a visitor could open: an event, both news items, the map list.
    const events = el.shadowRoot!.querySelector<SonnecEvents>('sonnec-events')!;
    events.shadowRoot!.querySelector<HTMLButtonElement>('.title-button')!.click();
    await waitUntil(() => events.shadowRoot!.querySelector('dialog svg.qr'));
    const news = el.shadowRoot!.querySelector<SonnecNews>('sonnec-news')!;
    for (const b of news.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.more')) b.click();
    await waitUntil(() => news.shadowRoot!.querySelector('.rich-text a'), 'no link in article');
    // A link planted in the kiosk's own content too.
    const planted = document.createElement('a');
    planted.href = 'https://example.org/away';
    planted.textContent = 'weg';
    el.shadowRoot!.querySelector('[part="place"]')!.append(planted);

    const before = location.href;
    const opened: unknown[] = [];
    const open = window.open;
    window.open = (...args: unknown[]) => {
      opened.push(args);
      return null;
    };
    let navigations = 0;
    const counter = (e: Event) => {
      if (!e.defaultPrevented) navigations++;
    };
    window.addEventListener('click', counter);
    try {
      const links = deepQueryAll<HTMLAnchorElement>(el.shadowRoot!, 'a[href]');
      expect(links.length).to.be.greaterThan(1);
      for (const link of links) link.click();
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      window.removeEventListener('click', counter);
      window.open = open;
    }
    expect(navigations).to.equal(0);
    expect(opened).to.deep.equal([]);
    expect(location.href).to.equal(before);
  });

  it('touch targets are at least 48 px', async () => {
    const el = await kiosk(src);
    const events = el.shadowRoot!.querySelector<SonnecEvents>('sonnec-events')!;
    events.filters = true;
    await events.updateComplete;
    const visibleTargets = () =>
      deepQueryAll<HTMLElement>(
        el.shadowRoot!,
        'button, select, input, .title-button, .leaflet-marker-icon',
      ).filter((b) => b.getClientRects().length > 0);
    const measure = (targets: HTMLElement[]) => {
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.height, `${target.outerHTML.slice(0, 80)}`).to.be.at.least(48);
        expect(box.width, `${target.outerHTML.slice(0, 80)}`).to.be.at.least(48);
      }
    };
    // The events view (with its title buttons), then the map view (with its markers).
    const inEvents = visibleTargets();
    expect(inEvents.some((t) => t.matches('.title-button'))).to.be.true;
    expect(inEvents.length).to.be.greaterThan(5);
    measure(inEvents);
    el.show(3);
    await el.updateComplete;
    await waitUntil(
      () => visibleTargets().some((t) => t.matches('.leaflet-marker-icon')),
      'no markers on the map',
      { timeout: 10000 },
    );
    // Measured at rest: the view's entry animation and the map's zoom scale what is in them.
    await animationsDone();
    measure(visibleTargets());
    const pause = el.shadowRoot!.querySelector('[part="pause"]')!.getBoundingClientRect();
    expect(pause.height).to.be.at.least(48);
  });

  it('downloads in kiosk mode: each document as a QR code, no links', async () => {
    const el = await fixture<SonnecElement>(
      html`<sonnec-downloads kiosk src=${GOOD_FEED}></sonnec-downloads>`,
    );
    await settled(el);
    await waitUntil(() => el.shadowRoot!.querySelector('svg.qr'), 'no QR');
    expect(el.shadowRoot!.querySelectorAll('a[href]').length).to.equal(0);
    const items = el.shadowRoot!.querySelectorAll('[part="item"]');
    expect(el.shadowRoot!.querySelectorAll('svg.qr').length).to.equal(items.length);
    const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.qr')!;
    expectQrOf(svg, svg.dataset.url!);
    await animationsDone();
    await expect(el).to.be.accessible();
  });
});

describe('storage: only the kiosk keeps a copy', () => {
  afterEach(() => {
    clearFeedCache();
    localStorage.clear();
  });

  it('ordinary widgets leave Web Storage empty', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const src = `/__fault/count/${uniqueName('plain')}`;
    for (const tag of ['sonnec-events', 'sonnec-news', 'sonnec-map', 'sonnec-downloads']) {
      const el = document.createElement(tag) as SonnecElement;
      el.setAttribute('src', src);
      document.body.append(el);
      await settled(el);
      el.remove();
    }
    expect(localStorage.length).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('the kiosk keeps the last good feed, namespaced by its URL', async () => {
    const name = uniqueName('kept');
    const el = await kiosk(`/__fault/toggle/${name}`, 'place');
    const url = new URL(`/__fault/toggle/${name}`, location.href).href;
    const copy = JSON.parse(localStorage.getItem(`sonnec.kiosk.feed.v1:${url}`)!);
    expect(copy.text).to.contain('Sternwarte Sonneberg');
    expect(Object.keys(localStorage).every((k) => k.startsWith('sonnec.kiosk.feed.v1:'))).to.equal(
      true,
    );
    el.remove();
  });
});
