// Writes test/fixtures/feeds/*.xml: small feeds of every RSS and Atom version and CDF (Microsoft's
// Channel Definition Format, in the W3C Note's structure), in several encodings, with the date forms, entities and xml:base that publishers write. They are read by
// test/oracle/feeds.test.mjs with our adapter and with feedparser (Debian's python3-feedparser),
// item by item. Run `node scripts/make-oracle-feeds.mjs` after changing it; commit the files.
import { Buffer } from 'node:buffer';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('../test/fixtures/feeds/', import.meta.url));

const VERSIONS = ['rss090', 'rss091', 'rss092', 'rss10', 'rss20', 'atom03', 'atom10'];
const ENCODINGS = [
  'utf-8',
  'iso-8859-1',
  'windows-1252',
  'utf-16le-bom',
  'utf-16be-bom',
  'utf-8-bom',
  'undeclared-windows-1252',
];
/** Date forms both readers must agree on (feedparser reads CET/CEST as UTC: left to our table test). */
const DATES = [
  'Sun, 29 Mar 2026 10:00:00 +0200',
  'Sat, 28 Mar 2026 18:30:00 +01:00',
  'Sunday, 29 Mar 2026 10:00:00 +0200',
  'Mon, 30 Mar 26 07:15:00 GMT',
  '28 Mar 2026 10:00 +0100',
  'Tue, 31 Mar 2026 12:00:00 UT',
  'Wed, 01 Apr 2026 09:00:00 Z',
  'Thu, 02 Apr 2026 04:00:00 EDT',
  'Fri, 13 Feb 2026 04:00:00 EST',
  'Fri, 13 Feb 2026 03:00:00 CST',
  'Fri, 03 Apr 2026 03:00:00 CDT',
  'Fri, 13 Feb 2026 02:00:00 MST',
  'Fri, 03 Apr 2026 02:00:00 MDT',
  'Fri, 13 Feb 2026 01:00:00 PST',
  'Fri, 03 Apr 2026 01:00:00 PDT',
  'Sat, 04 Apr 2026 10:00:00 MEST',
  'Sat, 14 Feb 2026 10:00:00 MET',
  'Sun, 25 Oct 2026 00:30:00 GMT',
  'Sun, 25 Oct 2026 01:30:00 GMT',
  'Sat, 14 Feb 2026 10:00:00 Etc/GMT',
  'Sat, 14 Feb 2026 10:00:00 GMT+02:00',
  'Sun, 29 March 2026 10:00:00 +0200',
  'Sun Mar 29 10:00:00 PST 2026',
  'Thu Aug 30 2012 13:02:32 GMT+0200',
  '2026-03-29T10:00:00+02:00',
  '2026-03-29T08:00:00Z',
  '2026-03-29T10:00:00.250+02:00',
  '2026-02-14T10:00Z',
  '2026-03-29 10:00:00+02:00',
  '2026-03-29T10:00:00-0500',
];
/** Titles as XML text: some with HTML entities the XML does not declare. */
const TITLES = {
  latin1: [
    'Grüße aus Neustadt',
    'Straßenfest am Marktplatz',
    'Öffnungszeiten im Bürgerbüro',
    'Café &amp; Kuchen im Rathaus',
    'Stra&szlig;enbau&nbsp;in der Innenstadt',
    'Sch&ouml;ne Ferien &ndash; bis Montag',
    'Vortrag &bdquo;Sonne &amp; Mond&ldquo;',
    'Preis: &frac12; &times; 10 &euro;',
    'Ausstellung &eacute;t&eacute; &mdash; Sommer',
    'Sprechstunde&hellip;',
  ],
  cp1252: ['„Kürbisfest“ – 5 €', 'Führung ‚Spielzeug‘ … morgen'],
};

const pick = (list, n) => list[n % list.length];

/** ISO 8601 as CDF's LASTMOD writes it: with or without an offset (then UTC), or a date. */
const CDF_DATES = [
  '2026-03-29T10:00+02:00',
  '2026-03-29T08:00',
  '2026-03-28T18:30:00+01:00',
  '2026-03-27',
  '2026-02-14T10:00Z',
  '2026-10-25T01:30:00Z',
];

function entry(version, i, k, { noDate, noTitle, base }) {
  const cp = 'cp1252';
  const titles = version.charset === cp ? [...TITLES.cp1252, ...TITLES.latin1] : TITLES.latin1;
  const title = pick(titles, i * 3 + k);
  const date = pick(DATES, i * 2 + k);
  const href = base ? `beitrag-${i}-${k}.html` : `https://www.example.org/news/${i}/${k}.html`;
  const text = `Eine kurze Meldung Nummer ${k} aus Sonneberg und Neustadt bei Coburg, mit genug Worten für einen Titel aus dem Text.`;
  switch (version.name) {
    case 'cdf':
      return `<ITEM HREF="${href}"${noDate ? '' : ` LASTMOD="${pick(CDF_DATES, i + k)}"`}>
  <TITLE>${title}</TITLE><ABSTRACT>${text}</ABSTRACT>
</ITEM>`;
    case 'rss090':
    case 'rss10':
      return `<item${version.name === 'rss10' ? ` rdf:about="https://www.example.org/news/${i}/${k}"` : ''}>
  <title>${title}</title><link>${href}</link>
  ${noDate ? '' : `<dc:date>${date}</dc:date>`}
  <description>${text}</description>
</item>`;
    case 'rss091':
    case 'rss092':
    case 'rss20':
      return `<item>
  ${noTitle ? '' : `<title>${title}</title>`}<link>${href}</link>
  ${noDate ? '' : `<pubDate>${date}</pubDate>`}
  <description>${text}</description>
  ${version.name === 'rss20' ? `<guid isPermaLink="false">id-${i}-${k}</guid>` : ''}
</item>`;
    case 'atom03':
      return `<entry>
  <title mode="escaped" type="text/html">${title}</title>
  <link rel="alternate" type="text/html" href="${href}"/>
  <id>tag:example.org,2026:${i}-${k}</id>
  ${noDate ? '' : `<issued>${date}</issued><modified>${date}</modified>`}
  <content type="text/html" mode="escaped">&lt;p&gt;${text}&lt;/p&gt;</content>
</entry>`;
    default:
      return `<entry${base && k === 1 ? ' xml:base="unter/"' : ''}>
  <title type="html">${title}</title>
  <link rel="alternate" href="${href}"/>
  <id>tag:example.org,2026:${i}-${k}</id>
  ${noDate ? '' : `<updated>${date}</updated>`}
  <content type="html">&lt;p&gt;${text}&lt;/p&gt;</content>
</entry>`;
  }
}

function feed(version, i) {
  const base = i % 3 === 0 ? 'https://www.sonneberg.de/aktuelles/' : undefined;
  const xmlBase = base ? ` xml:base="${base}"` : '';
  const count = 2 + (i % 3);
  // RSS 0.91 and 0.92 items have no date of their own in every other feed: the channel's is used.
  const datelessItems = (version.name === 'rss091' || version.name === 'rss092') && i % 2 === 0;
  const items = Array.from({ length: count }, (_, k) =>
    entry(version, i, k, {
      // CDF: the second item of every other feed has no LASTMOD of its own.
      noDate: datelessItems || (version.name === 'cdf' && k === 1 && i % 2 === 0),
      noTitle: version.name === 'rss20' && k === 1 && i % 4 === 0,
      base,
    }),
  ).join('\n');
  const channelDate = pick(DATES, i + 7);
  switch (version.name) {
    case 'cdf': {
      // Every other feed nests its items in a sub-channel, as the Note's examples do.
      const sub = i % 2 === 1;
      return `<CHANNEL HREF="https://www.example.org/"${base ? ` BASE="${base}"` : ''} LASTMOD="${pick(CDF_DATES, i + 3)}">
<TITLE>CDF Nr. ${i}</TITLE><ABSTRACT>Test</ABSTRACT>
<LOGO HREF="https://www.example.org/logo.gif" STYLE="ICON"/>
${sub ? '<CHANNEL HREF="https://www.example.org/kultur/"><TITLE>Kultur</TITLE>\n' : ''}${items}${sub ? '\n</CHANNEL>' : ''}
</CHANNEL>`;
    }
    case 'rss090':
      return `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/" xmlns:dc="http://purl.org/dc/elements/1.1/"${xmlBase}>
<channel><title>RSS 0.90 Nr. ${i}</title><link>https://www.example.org/</link><description>Test</description></channel>
${items}
</rdf:RDF>`;
    case 'rss10':
      return `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"${xmlBase}>
<channel rdf:about="https://www.example.org/"><title>RSS 1.0 Nr. ${i}</title><link>https://www.example.org/</link><description>Test</description></channel>
${items}
</rdf:RDF>`;
    case 'rss091':
    case 'rss092':
    case 'rss20': {
      const v = { rss091: '0.91', rss092: '0.92', rss20: '2.0' }[version.name];
      const doctype =
        version.name === 'rss091'
          ? '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
          : '';
      return `${doctype}<rss version="${v}"${xmlBase}><channel>
<title>RSS ${v} Nr. ${i}</title><link>https://www.example.org/</link><description>Test</description>
<pubDate>${channelDate}</pubDate>
${items}
</channel></rss>`;
    }
    case 'atom03':
      return `<feed version="0.3" xmlns="http://purl.org/atom/ns#"${xmlBase}>
<title>Atom 0.3 Nr. ${i}</title><link rel="alternate" type="text/html" href="https://www.example.org/"/>
<modified>${channelDate}</modified>
${items}
</feed>`;
    default:
      return `<feed xmlns="http://www.w3.org/2005/Atom"${xmlBase}>
<title>Atom 1.0 Nr. ${i}</title><id>tag:example.org,2026:${i}</id><updated>${channelDate}</updated>
${items}
</feed>`;
  }
}

const CP1252_HIGH = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'].map((c, i) => [c, 0x80 + i]),
);

function encode(text, encoding) {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).swap16();
    case 'utf-32le-bom':
    case 'utf-32be-bom': {
      const points = [0xfeff, ...[...text].map((c) => c.codePointAt(0))];
      const bytes = Buffer.alloc(points.length * 4);
      points.forEach((p, n) => bytes.writeUInt32LE(p, n * 4));
      return encoding === 'utf-32le-bom' ? bytes : bytes.swap32();
    }
    default:
      return Buffer.from(
        [...text].map((c) => {
          const code = CP1252_HIGH.get(c) ?? c.charCodeAt(0);
          if (code > 0xff) throw new Error(`${c} is not in ${encoding}`);
          return code;
        }),
      );
  }
}

function declaration(encoding, upper = false) {
  if (encoding.startsWith('undeclared')) return '<?xml version="1.0"?>\n';
  const label = {
    'utf-8-bom': 'utf-8',
    'utf-16le-bom': 'utf-16',
    'utf-16be-bom': 'utf-16',
    'utf-32le-bom': 'utf-32',
    'utf-32be-bom': 'utf-32',
  };
  // The CDF Note's examples write the declaration in upper case.
  return upper
    ? `<?XML VERSION="1.0" ENCODING="${label[encoding] ?? encoding}"?>\n`
    : `<?xml version="1.0" encoding="${label[encoding] ?? encoding}"?>\n`;
}

rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });
const FEEDS = 112;
for (let i = 0; i < FEEDS; i++) {
  const name = VERSIONS[i % VERSIONS.length];
  const encoding = ENCODINGS[Math.floor(i / VERSIONS.length) % ENCODINGS.length];
  const charset = /1252/.test(encoding) ? 'cp1252' : encoding === 'iso-8859-1' ? 'latin1' : 'any';
  const version = { name, charset };
  const text = declaration(encoding) + feed(version, i) + '\n';
  const file = `${String(i).padStart(3, '0')}-${name}-${encoding}.xml`;
  writeFileSync(path.join(DIR, file), encode(text, encoding));
}
// Added later, numbered after the first ones (which stay as they were): UTF-32 in every version,
// and CDF in several encodings (feedparser reads no upper-case declaration in UTF-32: we do, but
// there the comparison has no reference).
const EXTRA = [
  ...['utf-32le-bom', 'utf-32be-bom'].flatMap((encoding) =>
    VERSIONS.map((name) => [name, encoding]),
  ),
  ...['utf-8', 'iso-8859-1', 'windows-1252', 'utf-16le-bom', 'utf-32be-bom', 'utf-8-bom'].map(
    (encoding) => ['cdf', encoding],
  ),
];
EXTRA.forEach(([name, encoding], n) => {
  const i = FEEDS + n;
  const charset = /1252/.test(encoding) ? 'cp1252' : encoding === 'iso-8859-1' ? 'latin1' : 'any';
  const text =
    declaration(encoding, name === 'cdf' && n % 2 === 0 && !encoding.startsWith('utf-32')) +
    feed({ name, charset }, i) +
    '\n';
  const file = `${String(i).padStart(3, '0')}-${name}-${encoding}.xml`;
  writeFileSync(path.join(DIR, file), encode(text, encoding));
});
console.log(`${readdirSync(DIR).length} feeds in ${path.relative(process.cwd(), DIR)}`);
