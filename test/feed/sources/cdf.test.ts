/**
 * Microsoft's Channel Definition Format (CDF), read by the RSS/Atom adapter as feedparser reads
 * it: test/fixtures/sources/sonneberg-channel.cdf follows the structure of the W3C Note's
 * examples (typed for these tests): an upper-case XML declaration, BASE, LOGO, SCHEDULE, a
 * sub-channel, LASTMOD with and without an offset.
 */
import { expect } from '@open-wc/testing';
import { detectFormat } from '../../../src/feed/sources/detect-format.js';
import { parseRssOrAtom } from '../../../src/feed/sources/rss-atom.js';
import { isoInBerlin } from '../../../src/feed/sources/wire.js';
import { clearFeedCache, loadFeed } from '../../../src/feed/store.js';

const FIXTURE = '/test/fixtures/sources/sonneberg-channel.cdf';
const text = () => fetch(FIXTURE).then((response) => response.text());

describe('CDF (Channel Definition Format)', () => {
  afterEach(() => clearFeedCache());

  it('reads the channel and its sub-channels’ items: title, link by BASE, abstract, logo, date', async () => {
    const feed = parseRssOrAtom(await text());
    expect(feed.title).to.equal('Stadt Sonneberg – Aktuelles');
    expect(
      feed.news.map((n) => [n.title, n.url, isoInBerlin(n.date), n.summary ?? null]),
    ).to.deep.equal([
      [
        'Neue Öffnungszeiten im Bürgerbüro',
        'https://www.sonneberg.de/aktuelles/buergerbuero.html',
        // LASTMOD without an offset is UTC (as feedparser reads it).
        '2026-03-29T10:00:00+02:00',
        'Ab April ist das Bürgerbüro donnerstags bis 18 Uhr geöffnet.',
      ],
      [
        'Sternwarte: Vortrag "Sonne & Mond"',
        'https://www.sonneberg.de/sternwarte/vortrag.html',
        '2026-03-28T18:30:00+01:00',
        'Der Vortrag findet am 2. April statt.',
      ],
      [
        'Spielzeugmuseum: neue Ausstellung',
        'https://www.sonneberg.de/kultur/museum.html',
        '2026-03-27T01:00:00+01:00',
        null,
      ],
      [
        'Kirmes im Herbst',
        'https://www.sonneberg.de/kultur/kirmes.html',
        '2026-03-30T09:15:00+02:00',
        'Ohne eigenes Datum: das Datum des Kanals gilt.',
      ],
    ]);
    expect(feed.news[0]!.image?.src).to.equal(
      'https://www.sonneberg.de/aktuelles/bilder/buergerbuero.jpg',
    );
    expect(feed.dropped.map((d) => [d.index, d.kept, d.reason])).to.deep.equal([
      [3, true, "no date of its own: the channel's date is shown"],
    ]);
  });

  it('is detected by its root, and a page’s store reads it from a URL', async () => {
    expect(detectFormat(await text())).to.equal('rss');
    const feed = await loadFeed(FIXTURE);
    expect(feed.news.map((n) => n.url)).to.include('https://www.sonneberg.de/kultur/museum.html');
  });

  it('reads lower-case names and a plain XML declaration too', () => {
    const feed = parseRssOrAtom(
      `<?xml version="1.0"?><channel href="https://example.org/"><title>K</title>
        <item href="https://example.org/a" lastmod="2026-03-29T10:00+02:00"><title>A</title></item>
      </channel>`,
    );
    expect(feed.news.map((n) => [n.title, isoInBerlin(n.date)])).to.deep.equal([
      ['A', '2026-03-29T10:00:00+02:00'],
    ]);
  });
});
