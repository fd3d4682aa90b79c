/**
 * HTML's character references read two ways: in the browser by its own HTML parser
 * (browser-references.ts), in the CLI from xmldom's table (table-references.ts). A feed must read
 * the same in a widget and in `sonnec-feed build`, so both are compared here: on cases typed from
 * the WHATWG table, and on every name of xmldom's table, with and without its semicolon.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { tableReferences } from '../../../src/cli/table-references.js';
import { browserReferences } from '../../../src/feed/sources/browser-references.js';
import { decodeHtml } from '../../../src/feed/sources/html-entities.js';
import { parseRssOrAtom } from '../../../src/feed/sources/rss-atom.js';
import type { ReferenceDecoder } from '../../../src/feed/sources/wire.js';

/** Reference → what HTML reads in text (https://html.spec.whatwg.org/#named-character-references). */
const CASES: readonly (readonly [string, string])[] = [
  ['&auml;', 'ä'],
  ['&Auml;', 'Ä'],
  ['&ouml;', 'ö'],
  ['&Uuml;', 'Ü'],
  ['&szlig;', 'ß'],
  ['&euro;', '€'],
  ['&hellip;', '…'],
  ['&nbsp;', '\u00a0'],
  ['&shy;', '\u00ad'],
  ['&bdquo;', '„'],
  ['&ldquo;', '“'],
  ['&ndash;', '–'],
  ['&Omega;', 'Ω'],
  ['&semi;', ';'],
  ['&fjlig;', 'fj'],
  ['&Afr;', '\u{1d504}'],
  ['&NotNestedGreaterGreater;', '\u2aa2\u0338'],
  ['&notin;', '∉'],
  ['&AMP;', '&'],
  // Without a semicolon: only the HTML 3.2 names, and the longest one a name starts with.
  ['&amp', '&'],
  ['&lt', '<'],
  ['&nbsp', '\u00a0'],
  ['&auml', 'ä'],
  ['&COPY', '©'],
  ['&frac12', '½'],
  ['&ampx', '&x'],
  ['&notit;', '¬it;'],
  ['&hellip', '&hellip'],
  ['&bogus;', '&bogus;'],
  // Numeric: windows-1252 for 128–159, U+FFFD for what is no character.
  ['&#223;', 'ß'],
  ['&#xDF;', 'ß'],
  ['&#65', 'A'],
  ['&#x1F600;', '😀'],
  ['&#150;', '–'],
  ['&#x80;', '€'],
  ['&#x81;', '\u0081'],
  ['&#0;', '\ufffd'],
  ['&#xD800;', '\ufffd'],
  ['&#x110000;', '\ufffd'],
  ['&#99999999999999999999;', '\ufffd'],
];

let table: Record<string, string>;
let cli: ReferenceDecoder;

before(async () => {
  table = (await executeServerCommand('xmldom-html-entities')) as Record<string, string>;
  cli = tableReferences(table);
});

describe('HTML character references in the browser and in the CLI', () => {
  it('read each case as HTML does, the same in both', () => {
    const references = CASES.map(([reference]) => reference);
    const expected = CASES.map(([, text]) => text);
    expect(browserReferences(references)).to.deep.equal(expected);
    expect(cli(references)).to.deep.equal(expected);
  });

  it("agree on every name of xmldom's table, with its semicolon, without, and run on", () => {
    const names = Object.keys(table);
    expect(names.length).to.equal(2125); // every name of the WHATWG table
    const references = names.flatMap((n) => [`&${n};`, `&${n}`, `&${n}x;`]);
    const browser = browserReferences(references);
    const ours = cli(references);
    const differ = references.filter((_, i) => browser[i] !== ours[i]);
    expect(differ).to.deep.equal([]);
    // Not because both left them alone: every name reads with its semicolon.
    expect(names.filter((n) => browser[references.indexOf(`&${n};`)] === `&${n};`)).to.be.empty;
  });

  it('read feed text the same, references among other text and stray ampersands', () => {
    const text = `Stra&szlig;e&amp;Co &amp &&#150; &notit; AT&T ${CASES.map(([r]) => r).join(' x')}`;
    const expected = `Straße&Co & &– ¬it; AT&T ${CASES.map(([, t]) => t).join(' x')}`;
    expect(decodeHtml(text, browserReferences)).to.equal(expected);
    expect(decodeHtml(text, cli)).to.equal(expected);
  });

  it('give the same feed; the adapter reads with the decoder it is given (the CLI passes one)', () => {
    const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Gr&uuml;&szlig;e</title>
      <item><title>Preis&amp;frac34; &ndash; &NotNestedGreaterGreater; &amp;amp</title>
      <link>https://example.org/a</link><pubDate>Sun, 29 Mar 2026 10:00:00 +0200</pubDate>
      <description>&lt;p&gt;Drei&amp;frac14; &amp;rarr; &amp;hellip&lt;/p&gt;</description></item>
      <item><link>https://example.org/b</link><pubDate>Sun, 29 Mar 2026 11:00:00 +0200</pubDate>
      <description>&Uuml;ber &amp;nbsp;&amp;auml &hellip; &unknownentity;</description></item>
      </channel></rss>`;
    let asked = 0;
    const counted: ReferenceDecoder = (references) => {
      asked++;
      return cli(references);
    };
    const read = parseRssOrAtom(feed, { decodeReferences: counted });
    expect(asked).to.be.greaterThan(0);
    expect(read).to.deep.equal(parseRssOrAtom(feed));
    expect(read.title).to.equal('Grüße');
    expect(read.news.map((n) => n.title)).to.deep.equal([
      'Preis¾ – \u2aa2\u0338 &',
      'Über \u00a0ä … &unknownentity;',
    ]);
  });
});

describe('the browser reference reader on a page that refuses its parse', () => {
  const original = globalThis.DOMParser;
  afterEach(() => {
    globalThis.DOMParser = original;
  });

  it('reads the common names and numeric references without the HTML parser', () => {
    // What Chromium throws under `require-trusted-types-for 'script'` without our policy.
    globalThis.DOMParser = class {
      parseFromString(): Document {
        throw new TypeError("This document requires 'TrustedHTML' assignment.");
      }
    } as unknown as typeof DOMParser;
    expect(
      browserReferences(['&szlig;', '&nbsp;', '&hellip;', '&#223;', '&#x20AC;', '&thorn;', '<b>']),
    ).to.deep.equal(['ß', '\u00a0', '…', 'ß', '€', '&thorn;', '<b>']);
  });
});
