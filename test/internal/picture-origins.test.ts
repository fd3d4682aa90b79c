/**
 * Pictures are requests: a widget loads them only from the page's and the feed's host,
 * unless the webmaster sets `external-images`. Shared by every widget through the base class.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { feedUrl, settled } from '../helpers/widgets.js';

const OWN = '/test/fixtures/news-photo.svg';
// The same test server under another host name: another origin, as a third party would be.
const OTHER = `http://127.0.0.1:${location.port}/test/fixtures/news-photo.svg`;
const NOW = Date.parse('2026-12-01T09:00:00Z');

const feed = feedUrl({
  version: 1,
  events: [
    {
      id: 'e1',
      title: 'Eigenes Bild',
      start: '2026-12-02T10:00',
      city: 'both',
      image: { src: OWN, alt: 'a' },
    },
    {
      id: 'e2',
      title: 'Fremdes Bild',
      start: '2026-12-02T11:00',
      city: 'both',
      image: { src: OTHER, alt: 'b' },
    },
  ],
  news: [
    {
      id: 'n1',
      title: 'Eigenes Bild',
      date: '2026-11-30',
      city: 'both',
      image: { src: OWN, alt: 'a' },
    },
    {
      id: 'n2',
      title: 'Fremdes Bild',
      date: '2026-11-29',
      city: 'both',
      image: { src: OTHER, alt: 'b' },
    },
  ],
  places: [
    {
      id: 'p1',
      name: 'Eigenes Bild',
      kind: 'museum',
      city: 'sonneberg',
      lat: 50.36,
      lon: 11.17,
      image: { src: OWN, alt: 'a' },
    },
    {
      id: 'p2',
      name: 'Fremdes Bild',
      kind: 'museum',
      city: 'neustadt',
      lat: 50.33,
      lon: 11.12,
      image: { src: OTHER, alt: 'b' },
    },
  ],
});

function pictures(el: SonnecElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
}

describe('picture origins (all widgets)', () => {
  afterEach(() => clearFeedCache());

  for (const tag of ['sonnec-events', 'sonnec-news', 'sonnec-map'] as const) {
    it(`<${tag}> shows no picture from a third party unless external-images is set`, async () => {
      const make = (external: boolean) => {
        const el = document.createElement(tag) as SonnecElement & { now?: number };
        el.setAttribute('src', feed);
        el.setAttribute('layout', 'cards');
        el.setAttribute('view', 'list');
        if (tag === 'sonnec-events') el.now = NOW;
        if (tag === 'sonnec-news') el.setAttribute('now', String(NOW));
        if (external) el.setAttribute('external-images', '');
        return el;
      };
      const strict = await fixture<SonnecElement>(make(false));
      await settled(strict);
      expect(pictures(strict).some((src) => src.includes('127.0.0.1'))).to.be.false;
      expect(pictures(strict).some((src) => src.includes('news-photo.svg'))).to.be.true;

      const open = await fixture<SonnecElement>(make(true));
      await settled(open);
      expect(pictures(open).some((src) => src.includes('127.0.0.1'))).to.be.true;
    });
  }
});
