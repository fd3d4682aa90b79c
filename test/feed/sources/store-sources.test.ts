import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define/sonnec-downloads.js';
import type { SonnecDownloads } from '../../../src/components/downloads/sonnec-downloads.js';
import {
  clearFeedCache,
  loadFeed,
  loadFeeds,
  peekFeeds,
  splitSources,
} from '../../../src/feed/store.js';
import { addedAfterAnother, GOOD_FEED, settled, textOf } from '../../helpers/widgets.js';
import { failure } from '../../helpers/failures.js';

const SOURCES = '/test/fixtures/sources';

describe('store: standard sources', () => {
  afterEach(() => clearFeedCache());

  it('reads an .ics URL served by the test runner', async () => {
    const feed = await loadFeed(`${SOURCES}/google-calendar.ics`);
    expect(feed.title).to.equal('Sternwarte Sonneberg');
    expect(feed.events.map((e) => e.title)).to.include('Öffentliche Himmelsbeobachtung');
  });

  it('reads RSS, Atom and GeoJSON by their content', async () => {
    expect((await loadFeed(`${SOURCES}/wordpress.rss.xml`)).news).to.have.length(2);
    expect((await loadFeed(`${SOURCES}/son-nec.atom.xml`)).news).to.have.length(2);
    expect((await loadFeed(`${SOURCES}/places.geojson`)).places).to.have.length(3);
  });

  it('reads a source by its charset: windows-1252 and UTF-16 with a byte-order mark', async () => {
    // Built here: the test runner's server would re-encode a file that is not UTF-8.
    const rss = (title: string, encoding: string) =>
      `<?xml version="1.0" encoding="${encoding}"?><rss version="2.0"><channel><title>T</title>` +
      `<item><title>${title}</title><link>https://example.org/1</link>` +
      `<pubDate>Sun, 29 Mar 2026 10:00:00 +0200</pubDate></item></channel></rss>`;
    const cp1252 = Uint8Array.from(rss('„Kürbisfest“ – 5 €', 'windows-1252'), (c) =>
      c === '„' ? 0x84 : c === '“' ? 0x93 : c === '–' ? 0x96 : c === '€' ? 0x80 : c.charCodeAt(0),
    );
    // UTF-16 in the platform's byte order (little-endian here), which its mark tells.
    const text16 = `\ufeff${rss('Grüße aus Neustadt', 'utf-16')}`;
    const utf16 = new Uint8Array(Uint16Array.from(text16, (c) => c.charCodeAt(0)).buffer);
    const bodies: Record<string, Uint8Array> = { '/cp1252.rss': cp1252, '/utf16.rss': utf16 };
    const realFetch = window.fetch;
    window.fetch = (input) =>
      Promise.resolve(
        new Response(bodies[new URL(String(input)).pathname]!.slice().buffer, {
          headers: { 'content-type': 'application/rss+xml' },
        }),
      );
    try {
      expect((await loadFeed('/cp1252.rss')).news[0]!.title).to.equal('„Kürbisfest“ – 5 €');
      expect((await loadFeed('/utf16.rss')).news[0]!.title).to.equal('Grüße aus Neustadt');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('resolves relative links of a source against its own address', async () => {
    const feed = await loadFeed(`${SOURCES}/son-nec.atom.xml`);
    const item = feed.news.find((n) => n.title.toString().startsWith('ILREK'))!;
    expect(item.image!.src).to.equal(new URL('/media/ilrek-titel.jpg', location.href).href);
  });

  it('lets format= force the adapter', async () => {
    const asJson = await failure(loadFeed(`${SOURCES}/outlook.ics`, { format: 'sonnec' }));
    expect(asJson.kind).to.equal('parse');
    const asRss = await failure(loadFeed(`${SOURCES}/places.geojson`, { format: 'rss' }));
    expect(asRss.kind).to.equal('parse');
    const asIcs = await loadFeed(`${SOURCES}/outlook.ics`, { format: 'ics' });
    expect(asIcs.events.length).to.be.greaterThan(0);
  });

  it('splits a src list on white space, once per URL', () => {
    expect(splitSources('  a.ics\n b.xml\ta.ics ')).to.deep.equal(['a.ics', 'b.xml']);
  });

  it('merges several sources into one feed', async () => {
    const feed = await loadFeeds([
      `${SOURCES}/google-calendar.ics`,
      `${SOURCES}/wordpress.rss.xml`,
      `${SOURCES}/places.geojson`,
    ]);
    // The series, its moved date and its cancelled date (shown as such).
    expect(feed.events.length).to.equal(4);
    expect(feed.news.length).to.equal(2);
    expect(feed.places.length).to.equal(3);
    // The GeoJSON's dropped features name their source.
    expect(feed.dropped.every((d) => d.source!.endsWith('/places.geojson'))).to.be.true;
    const again = await loadFeeds([
      `${SOURCES}/google-calendar.ics`,
      `${SOURCES}/wordpress.rss.xml`,
      `${SOURCES}/places.geojson`,
    ]);
    expect(again).to.equal(feed);
  });

  it('holds a merged feed for the next caller once every source has loaded', async () => {
    const srcs = [`${SOURCES}/wordpress.rss.xml`, `${SOURCES}/places.geojson`];
    expect(peekFeeds(srcs)).to.be.undefined;
    const feed = await loadFeeds(srcs);
    expect(peekFeeds(srcs)).to.equal(feed);
    expect(peekFeeds([srcs[0]!])).to.not.equal(feed);
    expect(peekFeeds([...srcs].reverse())).to.be.undefined;
  });

  it('shows what the other sources give when one fails, and fails only when all do', async () => {
    const feed = await loadFeeds([`${SOURCES}/wordpress.rss.xml`, '/__fault/status/404']);
    expect(feed.news).to.have.length(2);
    const error = await failure(loadFeeds(['/__fault/status/503', '/__fault/html']));
    expect(error.kind).to.equal('http');
  });
});

describe('widgets with standard sources', () => {
  afterEach(() => clearFeedCache());

  it('read an .ics source (a downloads widget has nothing to show from it)', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src="${SOURCES}/typo3-cal.ics"></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.getAttribute('state')).to.equal('empty');
  });

  it('follow format= (a wrong forced format is an error)', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED} format="ics"></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.getAttribute('state')).to.equal('error');
    const loaded = oneEvent(el, 'sonnec-load');
    el.format = 'sonnec';
    await loaded;
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('ready');
  });

  it('take a list of sources and show the ones that load', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads
        src="${GOOD_FEED} /__fault/status/404 ${SOURCES}/places.geojson"
      ></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    const none = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src="/__fault/status/404 /__fault/status/500"></sonnec-downloads>`,
    );
    await settled(none);
    expect(none.getAttribute('state')).to.equal('error');
  });

  it('added after another widget loaded the same sources, show their merge in the first render', async () => {
    const { first, second, loaded } = await addedAfterAnother(
      `${GOOD_FEED} ${SOURCES}/places.geojson`,
    );
    expect(second.state).to.equal('ready');
    const items = (el: SonnecDownloads) => el.shadowRoot!.querySelectorAll('[part~="item"]').length;
    expect(items(second)).to.be.greaterThan(0);
    expect(items(second)).to.equal(items(first));
    expect(textOf(second.shadowRoot!.querySelector('[role="status"]'))).to.not.equal('Lädt …');
    // The load event still comes, once the feed task has settled.
    await loaded;
    second.remove();
  });
});
