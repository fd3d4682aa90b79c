import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { parseRssOrAtom } from '../../../src/feed/sources/rss-atom.js';
import { isoInBerlin } from '../../../src/feed/sources/wire.js';
import type { Feed, NewsItem } from '../../../src/feed/types.js';
import { requestsFor } from '../../helpers/widgets.js';

const at = (iso: string) => Date.parse(iso);

async function fixture(name: string, baseUrl?: string): Promise<Feed> {
  const text = await (await fetch(`/test/fixtures/sources/${name}`)).text();
  return parseRssOrAtom(text, baseUrl ? { baseUrl } : {});
}

function byId(feed: Feed, id: string): NewsItem {
  const item = feed.news.find((n) => n.id === id);
  if (!item) throw new Error(`no news ${id} in ${feed.news.map((n) => n.id).join(', ')}`);
  return item;
}

function parseError(text: string): FeedError {
  try {
    parseRssOrAtom(text);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a parse error');
}

describe('RSS/Atom adapter', () => {
  describe('RSS 2.0 from TYPO3 EXT:news', () => {
    let feed: Feed;
    before(async () => {
      feed = await fixture('typo3-news.rss.xml', 'https://www.sonneberg.de/aktuelles/rss.xml');
    });

    it('maps an item field by field: full HTML to body, the plain teaser to summary', () => {
      expect(feed.title).to.equal('Stadt Sonneberg – Aktuelles');
      expect(feed.updated).to.equal(at('2026-03-30T07:15:00Z'));
      expect(byId(feed, 'news-1234')).to.deep.equal({
        id: 'news-1234',
        title: 'Neue Öffnungszeiten im Bürgerbüro',
        date: at('2026-03-29T08:00:00Z'),
        city: 'both',
        categories: ['Rathaus', 'Bürgerservice'],
        summary: 'Ab April gelten im Bürgerbüro längere Öffnungszeiten am Donnerstag.',
        // Kept as the source wrote it: only the widgets' sanitizer decides what is shown.
        body:
          '<p>Ab dem <strong>2. April</strong> ist das Bürgerbüro donnerstags bis 18 Uhr geöffnet.</p>' +
          '<script>alert("xss")</script>' +
          '<p><a href="https://www.sonneberg.de/buergerbuero">Alle Zeiten</a></p>',
        url: 'https://www.sonneberg.de/aktuelles/detail/neue-oeffnungszeiten-im-buergerbuero',
        image: {
          src: 'https://www.sonneberg.de/fileadmin/_processed_/9/a/csm_buergerbuero_4f2a1b.jpg',
          alt: '',
        },
      });
    });

    it('reads winter-time dates, escaped HTML descriptions, double-escaped titles, relative links', () => {
      const talk = byId(feed, 'news-1233');
      expect(isoInBerlin(talk.date)).to.equal('2026-03-28T18:30:00+01:00');
      expect(talk.title).to.equal('Sternwarte: Vortrag "Sonne & Mond"');
      expect(talk.body).to.equal(
        '<p>Der Vortrag über <em>Sonne &amp; Mond</em> findet am 2. April statt.</p>',
      );
      expect(talk).to.not.have.property('summary');
      expect(talk.url).to.equal('https://www.sonneberg.de/aktuelles/detail/sternwarte-vortrag');
    });

    it('gives an item without date the channel’s date, and notes it with its position', () => {
      expect(feed.news).to.have.length(3);
      expect(isoInBerlin(byId(feed, 'news-1200').date)).to.equal('2026-03-30T09:15:00+02:00');
      expect(feed.dropped).to.deep.equal([
        {
          section: 'news',
          index: 2,
          id: 'news-1200',
          reason: "no date of its own: the channel's date is shown",
          kept: true,
        },
      ]);
    });
  });

  describe('RSS 2.0 from WordPress', () => {
    let feed: Feed;
    before(async () => {
      feed = await fixture('wordpress.rss.xml');
    });

    it('maps content:encoded, a cleaned teaser, CDATA categories and media:content', () => {
      const item = byId(feed, 'https://www.neustadt-bei-coburg.de/?p=48213');
      expect(item.title).to.equal(
        'Winterdienst: Räumpläne für 2026/27 – was Anwohner wissen müssen',
      );
      expect(item.date).to.equal(at('2026-10-27T07:00:00Z'));
      expect(item.categories).to.deep.equal(['Bauen & Verkehr', 'Winterdienst']);
      // The "Der Beitrag … erschien zuerst auf …" footer of SEO plugins is gone.
      expect(item.summary).to.equal(
        'Der Bauhof hat die Räumpläne für den kommenden Winter veröffentlicht. Anwohner sind für die Gehwege selbst verantwortlich […]',
      );
      expect(item.body).to.match(/^<h2 class="wp-block-heading">Räumpläne<\/h2>/);
      expect(item.url).to.equal(
        'https://www.neustadt-bei-coburg.de/2026/10/27/winterdienst-raeumplaene/',
      );
      expect(item.image).to.deep.equal({
        src: 'https://www.neustadt-bei-coburg.de/wp-content/uploads/2026/10/streufahrzeug-1024x683.jpg',
        alt: 'Ein Streufahrzeug des Bauhofs',
        credit: 'Foto: Stadt Neustadt',
      });
    });

    it('reads a GMT date in the repeated hour of the October switch', () => {
      const item = byId(feed, 'https://www.neustadt-bei-coburg.de/?p=48190');
      expect(isoInBerlin(item.date)).to.equal('2026-10-25T02:30:00+01:00');
      expect(item.summary).to.equal('Um 3 Uhr wird die Uhr auf 2 Uhr zurückgestellt.');
      expect(item).to.not.have.property('body');
    });
  });

  describe('Atom', () => {
    let feed: Feed;
    before(async () => {
      feed = await fixture('son-nec.atom.xml', 'https://www.son-nec.de/aktuelles.atom');
    });

    it('maps an entry field by field', () => {
      expect(feed.title).to.equal('SON.NEC – gemeinsam.fränkisch.stark');
      expect(feed.updated).to.equal(at('2026-03-30T06:00:00Z'));
      expect(byId(feed, 'tag:son-nec.de,2026-03-27:/aktuelles/ilrek-beschlossen')).to.deep.equal({
        id: 'tag:son-nec.de,2026-03-27:/aktuelles/ilrek-beschlossen',
        // An html title is shown as text.
        title: 'ILREK beschlossen & veröffentlicht',
        // published wins over updated.
        date: at('2026-03-27T13:00:00Z'),
        city: 'both',
        categories: ['ILREK', 'allianz'],
        summary: 'Beide Stadträte haben das Integrierte Ländliche Entwicklungskonzept beschlossen.',
        // Relative links of the HTML are resolved against the source at read time.
        body: '<p>Beide Stadträte haben das <strong>ILREK</strong> beschlossen.</p><img src="https://www.son-nec.de/x" onerror="alert(1)">',
        url: 'https://www.son-nec.de/aktuelles/ilrek-beschlossen/',
        image: { src: 'https://www.son-nec.de/media/ilrek-titel.jpg', alt: '' },
      });
    });

    it('reads xhtml content as HTML, updated as the date and media:thumbnail as the image', () => {
      const fest = byId(feed, 'tag:son-nec.de,2026-03-29:/aktuelles/grenzgaengerfest-2026');
      expect(fest.date).to.equal(at('2026-03-29T12:00:00Z'));
      expect(fest.body).to.equal(
        '<p>Das Programm für das <b>Grenzgängerfest</b> am 13. Juni steht.<br>Alle Infos <a href="https://www.son-nec.de/grenzgaengerfest">online</a>.</p>',
      );
      expect(fest.image).to.deep.equal({
        src: 'https://www.son-nec.de/media/fest-thumb.jpg',
        alt: '',
      });
    });
  });

  describe('safety and failures', () => {
    it('parses as XML: no script runs and no image loads while parsing', async () => {
      const name = `xml-img-${Math.random().toString(36).slice(2)}`;
      const flag = `__sonnecPwned_${name.replace(/\W/g, '')}`;
      const atom = `<?xml version="1.0"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
          <entry><id>e1</id><title>Eins</title><updated>2026-01-01T00:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
              <img src="/__fault/count/${name}" onerror="window.${flag}=1"/>
              <script>window.${flag}=1</script>
            </div></content>
          </entry>
        </feed>`;
      const feed = parseRssOrAtom(atom);
      expect(feed.news[0]!.body).to.contain(`/__fault/count/${name}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((window as unknown as Record<string, unknown>)[flag]).to.equal(undefined);
      expect(await requestsFor(name)).to.equal(0);
    });

    it('reads RSS 1.0 (RDF) with dc:date', () => {
      const feed = parseRssOrAtom(`<?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://example.org/"><title>Alt</title></channel>
          <item rdf:about="https://example.org/a">
            <title>Erster Eintrag</title><link>https://example.org/a</link>
            <dc:date>2026-03-29T01:30:00+01:00</dc:date><dc:subject>Archiv</dc:subject>
          </item>
        </rdf:RDF>`);
      expect(feed.news).to.deep.equal([
        {
          id: 'https://example.org/a',
          title: 'Erster Eintrag',
          date: at('2026-03-29T00:30:00Z'),
          city: 'both',
          categories: ['Archiv'],
          url: 'https://example.org/a',
        },
      ]);
    });

    it('uses the XML parser it is given (the CLI passes one for Node)', () => {
      let calls = 0;
      const xmlParser = {
        parseFromString(text: string, type: 'application/xml') {
          calls++;
          return new DOMParser().parseFromString(text, type);
        },
      };
      const feed = parseRssOrAtom(
        '<rss version="2.0"><channel><item><guid>g</guid><title>T</title><pubDate>Mon, 02 Mar 2026 10:00:00 MEZ</pubDate></item></channel></rss>',
        { xmlParser, city: 'sonneberg' },
      );
      expect(calls).to.equal(1);
      expect(feed.news[0]).to.include({ city: 'sonneberg', date: at('2026-03-02T09:00:00Z') });
    });

    it('reads the dates servers really write; an impossible one costs only its item', () => {
      const item = (guid: string, date: string) =>
        `<item><guid>${guid}</guid><title>${guid}</title><pubDate>${date}</pubDate></item>`;
      const feed = parseRssOrAtom(
        `<rss version="2.0"><channel>${[
          item('german', 'Mo, 02 Mär 2026 10:00:00 MEZ'),
          item('summer', 'Sun, 29 Mar 2026 03:30:00 CEST'),
          item('no-zone', '29 Mar 2026 12:00'),
          item('two-digit-year', 'Thu, 05 Nov 26 08:00:00 GMT'),
          item('impossible', 'Tue, 31 Feb 2026 10:00:00 +0100'),
          item('no-hour', 'Tue, 03 Mar 2026 77:00:00 +0100'),
        ].join('')}</channel></rss>`,
      );
      expect(feed.news.map((n) => [n.id, isoInBerlin(n.date)])).to.deep.equal([
        ['german', '2026-03-02T10:00:00+01:00'],
        ['summer', '2026-03-29T03:30:00+02:00'],
        ['no-zone', '2026-03-29T12:00:00+02:00'],
        ['two-digit-year', '2026-11-05T09:00:00+01:00'],
      ]);
      expect(feed.dropped.map((d) => [d.index, d.reason])).to.deep.equal([
        [4, 'missing or malformed date'],
        [5, 'missing or malformed date'],
      ]);
    });

    it('refuses malformed XML and XML that is no feed', () => {
      expect(parseError('<rss><channel><item></channel></rss>').kind).to.equal('parse');
      expect(parseError('<html><body>Login</body></html>').message).to.contain('<html>');
      expect(parseError('{"version":1}').kind).to.equal('parse');
    });
  });
});
