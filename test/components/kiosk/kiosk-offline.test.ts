import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-kiosk.js';
import '../../../src/define/sonnec-news.js';
import type { SonnecKiosk } from '../../../src/components/kiosk/sonnec-kiosk.js';
import type { SonnecNews } from '../../../src/components/news/sonnec-news.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import type { SonnecLoadDetail } from '../../../src/internal/events.js';
import { textOf, uniqueName } from '../../helpers/widgets.js';
import { FakeClock } from './kiosk-helpers.js';

const toggle = (name: string, mode: 'good' | 'fail' | 'changed') =>
  fetch(`/__fault/toggle-set/${name}/${mode}`);

/** A kiosk that shows only the place view, on its own clock. */
const placeKiosk = (src: string) =>
  fixture<SonnecKiosk>(
    html`<sonnec-kiosk src=${src} views="place" .clock=${new FakeClock()}></sonnec-kiosk>`,
  );

describe('kiosk: the last good feed when the feed fails', () => {
  afterEach(() => {
    clearFeedCache();
    localStorage.clear();
  });

  it('keeps showing the old content with "Stand: …", and the new one once the feed is back', async () => {
    const name = uniqueName('offline');
    await toggle(name, 'good');
    const clock = new FakeClock();
    const el = await fixture<SonnecKiosk>(html`
      <sonnec-kiosk
        src=${`/__fault/toggle/${name}`}
        views="news,place"
        refresh="5"
        .clock=${clock}
      ></sonnec-kiosk>
    `);
    await waitUntil(() => el.state === 'ready', 'no first load', { timeout: 8000 });
    const news = () => el.shadowRoot!.querySelector<SonnecNews>('sonnec-news')!;
    await waitUntil(() => news().state === 'ready');
    expect(textOf(news().shadowRoot)).to.contain('Gebrannte Brücke geöffnet');
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);

    // The feed fails: the next refresh (on the kiosk's clock) keeps the content.
    await toggle(name, 'fail');
    clock.tick(5 * 60_000);
    await waitUntil(() => news().shadowRoot!.querySelector('[part="stale"]'), 'no note in news', {
      timeout: 8000,
    });
    expect(news().state).to.equal('ready');
    expect(textOf(news().shadowRoot)).to.contain('Gebrannte Brücke geöffnet');
    expect(textOf(news().shadowRoot!.querySelector('[part="stale"]'))).to.match(
      /^Stand: \d\d\.\d\d\.\d{4}, \d\d:\d\d$/,
    );
    el.show(1);
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[part="place"]'))).to.contain('Museum');
    expect(el.shadowRoot!.querySelector('[part="place"] [part="stale"]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);

    // Back again, with new content: shown at the next refresh, and the note goes.
    await toggle(name, 'changed');
    clock.tick(5 * 60_000);
    await waitUntil(
      () => textOf(news().shadowRoot).includes('Gebrannte Brücke geöffnet (neu)'),
      'the new feed did not show',
      { timeout: 8000 },
    );
    await el.updateComplete;
    expect(news().shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
    expect(textOf(el.shadowRoot!.querySelector('[part="place"]'))).to.contain('(neu)');
    expect(el.shadowRoot!.querySelector('[part="stale"]')).to.equal(null);
  });

  it('a kiosk started while the feed is down shows the copy of an earlier run', async () => {
    const name = uniqueName('restart');
    // Each widget's own sonnec-load, as a page listening on the document gets it.
    const loads: { origin: EventTarget | undefined; detail: SonnecLoadDetail }[] = [];
    const onLoad = (e: Event) =>
      loads.push({
        origin: e.composedPath()[0],
        detail: (e as CustomEvent<SonnecLoadDetail>).detail,
      });
    document.addEventListener('sonnec-load', onLoad);
    try {
      await toggle(name, 'good');
      const savedAfter = Date.now();
      const first = await placeKiosk(`/__fault/toggle/${name}`);
      await waitUntil(() => first.state === 'ready');
      await waitUntil(() => loads.some((l) => l.origin === first), 'no sonnec-load');
      expect(loads.find((l) => l.origin === first)!.detail).to.not.have.property('staleSince');
      first.remove();
      clearFeedCache();
      await toggle(name, 'fail');
      const again = await placeKiosk(`/__fault/toggle/${name}`);
      await waitUntil(() => again.state === 'ready', 'no copy shown', { timeout: 8000 });
      const place = again.shadowRoot!.querySelector('[part="place"]');
      expect(textOf(place)).to.contain('Museum der Deutschen Spielzeugindustrie');
      expect(textOf(place!.querySelector('[part="stale"]'))).to.contain('Stand:');
      // A page (or a monitoring script) learns it too: when the copy shown was fetched.
      await waitUntil(() => loads.some((l) => l.origin === again), 'no sonnec-load');
      const { staleSince } = loads.find((l) => l.origin === again)!.detail;
      expect(staleSince).to.be.within(savedAfter, Date.now());
    } finally {
      document.removeEventListener('sonnec-load', onLoad);
    }
  });

  it('a kiosk with two sources started while both are down shows their copies, with the note', async () => {
    const [a, b] = [uniqueName('restart-a'), uniqueName('restart-b')];
    const src = `/__fault/toggle/${a} /__fault/toggle/${b}`;
    await Promise.all([toggle(a, 'good'), toggle(b, 'good')]);
    const first = await placeKiosk(src);
    await waitUntil(() => first.state === 'ready');
    first.remove();
    clearFeedCache();
    await Promise.all([toggle(a, 'fail'), toggle(b, 'fail')]);
    const again = await placeKiosk(src);
    await waitUntil(() => again.state === 'ready', 'no copy shown', { timeout: 8000 });
    const place = again.shadowRoot!.querySelector('[part="place"]');
    expect(textOf(place)).to.contain('Museum der Deutschen Spielzeugindustrie');
    expect(textOf(place!.querySelector('[part="stale"]'))).to.contain('Stand:');
  });

  it('without a copy and without a feed: the error panel, never a blank screen', async () => {
    const name = uniqueName('never');
    await toggle(name, 'fail');
    const el = await fixture<SonnecKiosk>(html`
      <sonnec-kiosk src=${`/__fault/toggle/${name}`} .clock=${new FakeClock()}
        ><a href="https://www.sonneberg.de/tourismus">Tourismus</a></sonnec-kiosk
      >
    `);
    await waitUntil(() => el.state === 'error', 'no error state', { timeout: 8000 });
    expect(textOf(el.shadowRoot!.querySelector('[part="error"]'))).to.contain(
      'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
    );
    expect(localStorage.length).to.equal(0);
  });
});
