/**
 * WCAG 1.4.10 reflow at 320 CSS px: with long German compounds and a 5,000-character token in
 * every text, no widget, layout, dialog, article, list or popup scrolls sideways or spills out of
 * its box, and the dialog's close button stays on screen. Nothing relies on a hyphenation
 * dictionary: the compounds must wrap with `hyphens: manual` too.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import type { SonnecEvents } from '../../src/components/events/sonnec-events.js';
import type { SonnecMap } from '../../src/components/map/sonnec-map.js';
import type { SonnecNews } from '../../src/components/news/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { NOW } from '../components/events/helpers.js';
import { freshTiles, mapReady } from '../components/map/map-helpers.js';
import { LONG_WORDS_FEED } from '../fixtures/long-words.js';
import { feedUrl, settled, until } from '../helpers/widgets.js';
import {
  applyTextSpacing,
  defaultViewport,
  expectFits,
  expectInside,
  boxWithin,
  narrowViewport,
  overflowing,
} from './reflow-helpers.js';

const src = feedUrl(LONG_WORDS_FEED);

/** No hyphenation dictionary: what a browser without a German one does. */
const NO_DICTIONARY = 'hyphens: manual';

async function mount<T extends SonnecElement>(markup: ReturnType<typeof html>): Promise<T> {
  const holder = await fixture<HTMLDivElement>(html`<div style=${NO_DICTIONARY}>${markup}</div>`);
  const el = holder.firstElementChild as T;
  await settled(el);
  expect(el.state, 'widget state').to.equal('ready');
  return el;
}

describe('reflow at 320 CSS px with long words (WCAG 1.4.10)', () => {
  before(narrowViewport);
  after(defaultViewport);
  afterEach(() => clearFeedCache());

  for (const layout of ['list', 'cards', 'compact'] as const) {
    it(`events, layout ${layout}, with filters`, async () => {
      const el = await mount<SonnecEvents>(
        html`<sonnec-events src=${src} now=${NOW} layout=${layout} filters></sonnec-events>`,
      );
      expectFits(el, `events ${layout}`);
    });
  }

  it('events: the dialog fits and keeps its close button on screen, for every event', async () => {
    const el = await mount<SonnecEvents>(
      html`<sonnec-events src=${src} now=${NOW}></sonnec-events>`,
    );
    const titles = () => [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="title"]'),
    ];
    expect(titles()).to.have.length(2);
    for (const index of [0, 1]) {
      titles()[index]!.click();
      const dialog = () => el.shadowRoot!.querySelector('dialog');
      await waitUntil(() => dialog()?.open && dialog()!.querySelector('.rich-text p'), 'dialog', {
        timeout: 5000,
      });
      const d = dialog()!;
      expect(d.scrollWidth, `dialog ${index} scrolls sideways`).to.be.at.most(d.clientWidth);
      const inside = overflowing(d);
      expect(inside, `dialog ${index}: ${inside.join(', ')}`).to.deep.equal([]);
      const viewport = new DOMRect(0, 0, innerWidth, innerHeight);
      expectInside(d.querySelector('.dialog-close')!, viewport, `close button of dialog ${index}`);
      expectInside(d.querySelector('.dialog-close')!, d, `close button in dialog ${index}`);
      // The widget forgets the event on the dialog's (asynchronous) close event.
      const closed = oneEvent(d, 'close');
      d.close();
      await closed;
      await el.updateComplete;
    }
  });

  for (const layout of ['list', 'cards', 'teaser', 'timeline'] as const) {
    it(`news, layout ${layout}, with filters and every article opened`, async () => {
      const el = await mount<SonnecNews>(
        html`<sonnec-news src=${src} layout=${layout} filters></sonnec-news>`,
      );
      const toggles = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.more')];
      expect(toggles).to.have.length(2);
      for (const toggle of toggles) toggle.click();
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('.rich-text p').length >= 3,
        'articles open',
        { timeout: 5000 },
      );
      expectFits(el, `news ${layout}`);
    });
  }

  it('downloads, with the sort field', async () => {
    const el = await mount(html`<sonnec-downloads src=${src} filters></sonnec-downloads>`);
    await waitUntil(() => el.shadowRoot!.querySelector('select'), 'sort field');
    expectFits(el, 'downloads');
  });

  it('map: filters, the list view, and the map no wider than the page', async () => {
    const el = await mount<SonnecMap>(
      html`<sonnec-map src=${src} filters view="list"></sonnec-map>`,
    );
    expectFits(el, 'map list view');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.views button')!.click();
    await el.updateComplete;
    expectFits(el, 'map view');
    expect(el.getBoundingClientRect().width).to.be.at.most(innerWidth);
  });

  for (const spacing of [false, true]) {
    it(`map: every popup fits the map${spacing ? ', with text spacing (1.4.12)' : ''}`, async () => {
      const el = await mount<SonnecMap>(
        html`<sonnec-map
          src=${src}
          tiles=${freshTiles('reflow').url}
          consent="granted"
        ></sonnec-map>`,
      );
      await mapReady(el);
      if (spacing) applyTextSpacing(el);
      const map = el.shadowRoot!.querySelector('.leaflet-container')!;
      const names = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list .title')];
      expect(names).to.have.length(2);
      for (const [index, name] of names.entries()) {
        name.click();
        await waitUntil(() => el.shadowRoot!.querySelector('.leaflet-popup .popup'), 'popup');
        // The newest popup: the one before it may still be fading out (Leaflet removes it 0.2 s
        // after closing), and it never moves into view.
        const popup = [...el.shadowRoot!.querySelectorAll('.leaflet-popup')].at(-1)!;
        const box = popup.querySelector('.leaflet-popup-content-wrapper')!;
        // Leaflet pans the map (animated) until the popup is in view: a popup that fits gets there.
        await until(() => boxWithin(box, map)[0], `popup ${index}: ${boxWithin(box, map)[1]}`, {
          timeout: 2000,
        });
        const inside = overflowing(popup);
        expect(inside, `popup ${index}: ${inside.join(', ')}`).to.deep.equal([]);
      }
      expectFits(el, 'map with popups');
    });
  }
});
