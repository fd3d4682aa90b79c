/**
 * Feeds as other publishers write them: every RSS and Atom version, HTML entities in XML, items
 * without date or title, xml:base. Small feeds written for these tests; each case failed before
 * its fix.
 */
import { expect } from '@open-wc/testing';
import { parseRssOrAtom } from '../../../src/feed/sources/rss-atom.js';
import { isoInBerlin } from '../../../src/feed/sources/wire.js';
import type { Feed } from '../../../src/feed/types.js';

const rss2 = (items: string, channel = '') =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${channel}${items}</channel></rss>`;
const dates = (feed: Feed) => feed.news.map((n) => isoInBerlin(n.date));

describe('RSS/Atom as others write it', () => {
  describe('HTML entities the XML does not declare', () => {
    it('decodes every named entity of HTML in titles and texts; a stray & stays text', () => {
      const feed = parseRssOrAtom(
        rss2(`<item><title>Stra&szlig;enfest&nbsp;&ndash; &frac12; Preis &amp; AT&T</title>
          <link>https://example.org/a</link><pubDate>Sun, 29 Mar 2026 10:00:00 +0200</pubDate>
          <description>&Uuml;ber &thorn;orn &hellip; &unknownentity; x</description></item>`),
      );
      // A title is one line of text: the no-break space is a space there.
      expect(feed.news[0]!.title).to.equal('Straßenfest – ½ Preis & AT&T');
      expect(feed.news[0]!.summary).to.equal('Über þorn … &unknownentity; x');
    });

    it('decodes escaped entities inside HTML with the full table', () => {
      const feed = parseRssOrAtom(
        rss2(`<item><title>Preis&amp;frac34;</title><link>https://example.org/a</link>
          <pubDate>Sun, 29 Mar 2026 10:00:00 +0200</pubDate>
          <description>&lt;p&gt;Drei&amp;frac14; &amp;rarr; &amp;Omega;&lt;/p&gt;</description></item>`),
      );
      expect(feed.news[0]!.title).to.equal('Preis¾');
      expect(feed.news[0]!.body).to.equal('<p>Drei&frac14; &rarr; &Omega;</p>');
    });

    it('keeps entities in CDATA as written and honours declared ones', () => {
      const feed = parseRssOrAtom(`<?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY stadt "Sonneberg">]>
        <rss version="2.0"><channel><title>&stadt;</title>
        <item><title><![CDATA[A &nbsp;B]]></title><link>https://example.org/a</link>
        <pubDate>Sun, 29 Mar 2026 10:00:00 +0200</pubDate></item></channel></rss>`);
      expect(feed.title).to.equal('Sonneberg');
      expect(feed.news[0]!.title).to.equal('A B');
    });
  });

  describe('XML a strict parser refuses and feedparser reads', () => {
    it('an undeclared prefix, a last end tag cut short, a declared entity, dcterms dates', () => {
      const feed = parseRssOrAtom(`<?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY id "tag:example.org,">]>
        <rss version="2.0"><channel><title>T</title>
          <item><guid isPermaLink="false">&id;2026:1</guid><title>A</title><link>https://example.org/1</link>
            <dcterms:modified xmlns:dcterms="http://purl.org/dc/terms/">2026-03-29T08:00:00Z</dcterms:modified>
            <content:encoded>&lt;p&gt;Voll&lt;/p&gt;</content:encoded><itunes:subtitle>x</itunes:subtitle></item>
        </channel></rss`);
      expect(feed.news.map((n) => [n.id, n.body, isoInBerlin(n.date)])).to.deep.equal([
        ['tag:example.org,2026:1', '<p>Voll</p>', '2026-03-29T10:00:00+02:00'],
      ]);
    });

    it('an Atom feed in no namespace', () => {
      const feed = parseRssOrAtom(
        '<feed><title>T</title><entry><title>A</title><id>a</id><updated>2026-03-29T08:00:00Z</updated></entry></feed>',
      );
      expect(feed.news.map((n) => n.title)).to.deep.equal(['A']);
    });
  });

  describe('every version', () => {
    it('RSS 0.90 (RDF in the Netscape namespace)', () => {
      const feed = parseRssOrAtom(`<?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/">
          <channel><title>Alt</title><link>https://example.org/</link><description>d</description></channel>
          <item><title>Erste</title><link>https://example.org/1</link></item>
          <item><title>Zweite</title><link>https://example.org/2</link></item>
        </rdf:RDF>`);
      // RSS 0.90 has no dates at all: no channel date either, so the validator leaves them out.
      expect(feed.dropped.map((d) => d.reason)).to.deep.equal([
        'missing or malformed date',
        'missing or malformed date',
      ]);
      expect(feed.title).to.equal('Alt');
    });

    it('RSS 0.91 without item dates: the channel’s date, noted per item', () => {
      const feed = parseRssOrAtom(`<?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>T</title><link>https://example.org/</link>
          <pubDate>Mon, 30 Mar 2026 09:15:00 +0200</pubDate>
          <item><title>Eins&nbsp;A</title><link>https://example.org/1</link></item>
          <item><title>Zwei</title><link>https://example.org/2</link></item>
        </channel></rss>`);
      expect(feed.news.map((n) => n.title)).to.deep.equal(['Eins\u00a0A', 'Zwei']);
      expect(dates(feed)).to.deep.equal(['2026-03-30T09:15:00+02:00', '2026-03-30T09:15:00+02:00']);
      expect(feed.dropped).to.have.length(2);
      expect(feed.dropped[1]).to.deep.equal({
        section: 'news',
        index: 1,
        id: 'https://example.org/2',
        reason: "no date of its own: the channel's date is shown",
        kept: true,
      });
    });

    it('RSS 1.0 with dc:date on the channel only', () => {
      const feed = parseRssOrAtom(`<?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://example.org/"><title>T</title><dc:date>2026-03-30T09:15:00+02:00</dc:date></channel>
          <item rdf:about="https://example.org/1"><title>Eins</title><link>https://example.org/1</link></item>
          <item rdf:about="https://example.org/2"><title>Zwei</title><link>https://example.org/2</link><dc:date>2026-03-29T08:00:00Z</dc:date></item>
        </rdf:RDF>`);
      expect(dates(feed)).to.deep.equal(['2026-03-30T09:15:00+02:00', '2026-03-29T10:00:00+02:00']);
      expect(feed.dropped.map((d) => d.index)).to.deep.equal([0]);
    });

    it('Atom 0.3: issued/modified, escaped and base64 content', () => {
      const feed = parseRssOrAtom(`<?xml version="1.0" encoding="utf-8"?>
        <feed version="0.3" xmlns="http://purl.org/atom/ns#">
          <title>Alt-Atom</title><modified>2026-03-30T09:00:00Z</modified>
          <entry><title>Eins</title><link rel="alternate" type="text/html" href="https://example.org/1"/>
            <id>tag:example.org,2026:1</id><issued>2026-03-29T10:00:00+02:00</issued><modified>2026-03-29T12:00:00Z</modified>
            <content type="text/html" mode="escaped">&lt;p&gt;Hallo&lt;/p&gt;</content></entry>
          <entry><title type="text/plain">Zwei</title><link rel="alternate" type="text/html" href="https://example.org/2"/>
            <id>tag:example.org,2026:2</id><modified>2026-03-28T10:00:00Z</modified>
            <content type="text/html" mode="base64">PHA+R3LDvMOfZTwvcD4=</content></entry>
        </feed>`);
      expect(feed.title).to.equal('Alt-Atom');
      expect(feed.news.map((n) => [n.title, n.url, n.body])).to.deep.equal([
        ['Eins', 'https://example.org/1', '<p>Hallo</p>'],
        ['Zwei', 'https://example.org/2', '<p>Grüße</p>'],
      ]);
      expect(dates(feed)).to.deep.equal(['2026-03-29T10:00:00+02:00', '2026-03-28T11:00:00+01:00']);
    });
  });

  describe('items without title or with odd dates', () => {
    it('an item without title gets the first words of its text, tags stripped', () => {
      const feed = parseRssOrAtom(
        rss2(`<item><link>https://example.org/1</link><pubDate>Sun, 29 Mar 2026 10:00:00 +0200</pubDate>
          <description>&lt;p&gt;Der &lt;b&gt;Stadtrat&lt;/b&gt; hat am Donnerstag beschlossen, die Öffnungszeiten der Stadtbibliothek ab Mai zu verlängern.&lt;/p&gt;</description></item>
          <item><link>https://example.org/2</link><pubDate>Sun, 29 Mar 2026 10:00:00 +0200</pubDate>
          <description>Kurz gesagt.</description></item>`),
      );
      expect(feed.news.map((n) => n.title)).to.deep.equal([
        'Der Stadtrat hat am Donnerstag beschlossen, die Öffnungszeiten der…',
        'Kurz gesagt.',
      ]);
    });

    it('an unknown zone is noted for its item, not silently Berlin', () => {
      const feed = parseRssOrAtom(
        rss2(`<item><title>A</title><link>https://example.org/1</link><pubDate>Sun, 29 Mar 2026 10:00:00 XST</pubDate></item>
          <item><title>B</title><link>https://example.org/2</link><pubDate>Montag, 30. März 2026 10:00:00 MESZ</pubDate></item>`),
      );
      expect(dates(feed)).to.deep.equal(['2026-03-29T10:00:00+02:00', '2026-03-30T10:00:00+02:00']);
      expect(feed.dropped).to.deep.equal([
        {
          section: 'news',
          index: 0,
          id: 'https://example.org/1',
          reason: 'unknown time zone "XST": read as Berlin time',
          kept: true,
        },
      ]);
    });
  });

  describe('xml:base and the source’s URL', () => {
    const atom = `<?xml version="1.0"?>
      <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cms.example.org/aktuelles/">
        <title>T</title><updated>2026-03-30T09:00:00Z</updated>
        <entry xml:base="2026/"><title>A</title><id>a</id><updated>2026-03-29T10:00:00Z</updated>
          <link href="beitrag.html"/>
          <content type="html" xml:base="/bilder/">&lt;img src="foto.jpg"&gt;&lt;a href='../impressum'&gt;I&lt;/a&gt;&lt;a href="#oben"&gt;O&lt;/a&gt;</content></entry>
        <entry><title>B</title><id>b</id><updated>2026-03-29T10:00:00Z</updated>
          <link href="b.html" xml:base="https://andere.example.net/x/"/>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="seite">S</a></div></content></entry>
      </feed>`;

    it('resolves links and links in HTML against feed, entry and element bases', () => {
      const feed = parseRssOrAtom(atom);
      expect(feed.news.map((n) => [n.url, n.body])).to.deep.equal([
        [
          'https://cms.example.org/aktuelles/2026/beitrag.html',
          '<img src="https://cms.example.org/bilder/foto.jpg"><a href="https://cms.example.org/impressum">I</a><a href="#oben">O</a>',
        ],
        [
          'https://andere.example.net/x/b.html',
          '<a href="https://cms.example.org/aktuelles/seite">S</a>',
        ],
      ]);
    });

    it('a relative xml:base is relative to the source’s URL; RSS descriptions too', () => {
      const feed = parseRssOrAtom(
        `<rss version="2.0" xml:base="/news/"><channel><title>T</title>
          <item><title>A</title><link>a.html</link><pubDate>Sun, 29 Mar 2026 10:00:00 +0200</pubDate>
          <description>&lt;p&gt;&lt;a href="b.html"&gt;B&lt;/a&gt;&lt;/p&gt;</description></item></channel></rss>`,
        { baseUrl: 'https://www.sonneberg.de/feeds/rss.xml' },
      );
      expect(feed.news[0]!.url).to.equal('https://www.sonneberg.de/news/a.html');
      expect(feed.news[0]!.body).to.equal(
        '<p><a href="https://www.sonneberg.de/news/b.html">B</a></p>',
      );
    });
  });
});
