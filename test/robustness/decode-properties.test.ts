/**
 * Bytes to text for any input: decodeBody never throws, the store's fast path agrees with it, and a
 * calendar folded at any octet (inside a UTF-8 character too) decodes to its unfolded text.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeBody } from '../../src/feed/decode-bytes.js';
import { plainUtf8 } from '../../src/feed/plain-utf8.js';

const RUNS = { numRuns: 300, seed: 17 };
const contentTypes = fc.constantFrom(
  '',
  'text/calendar',
  'application/rss+xml; charset=utf-8',
  'text/xml; charset=iso-8859-1',
  'application/json',
  'text/plain; charset=x-unknown',
);

describe('decodeBody on any bytes', () => {
  it('gives a text for any bytes and content type; the fast path gives the same or none', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), contentTypes, (bytes, type) => {
        const text = decodeBody(bytes, type);
        expect(text).to.be.a('string');
        const fast = plainUtf8(bytes.slice().buffer, type);
        if (fast !== undefined) expect(fast).to.equal(text);
      }),
      RUNS,
    );
  });

  it('reads any UTF-8 text back, also with a byte-order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (text, bom) => {
        const body = new TextEncoder().encode(text);
        const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
        // Not a calendar, and no XML declaration naming another charset.
        fc.pre(!/^\s*(BEGIN:VCALENDAR|<\?xml)/i.test(text) && !text.startsWith('\ufeff'));
        expect(decodeBody(bytes, 'application/json')).to.equal(text);
      }),
      RUNS,
    );
  });

  it('unfolds a calendar folded at any octets, inside UTF-8 characters too', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 120 }).filter((s) => !/[\r\n]/.test(s)),
        fc.uniqueArray(fc.nat(), { maxLength: 8 }),
        fc.constantFrom('\r\n ', '\r\n\t', '\n '),
        (summary, cuts, fold) => {
          const line = new TextEncoder().encode(`SUMMARY:${summary}`);
          const positions = new Set(cuts.map((c) => 1 + (c % Math.max(1, line.length - 1))));
          const folded: number[] = [];
          line.forEach((b, i) => {
            if (positions.has(i)) folded.push(...new TextEncoder().encode(fold));
            folded.push(b);
          });
          const head = new TextEncoder().encode('BEGIN:VCALENDAR\r\n');
          const tail = new TextEncoder().encode('\r\nEND:VCALENDAR\r\n');
          const bytes = new Uint8Array([...head, ...folded, ...tail]);
          expect(decodeBody(bytes, 'text/calendar')).to.equal(
            `BEGIN:VCALENDAR\r\nSUMMARY:${summary}\r\nEND:VCALENDAR\r\n`,
          );
        },
      ),
      RUNS,
    );
  });
});
