import { expect } from '@open-wc/testing';
import { decodeBody } from '../../src/feed/decode-bytes.js';
import { plainUtf8 } from '../../src/feed/plain-utf8.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
/** Latin-1/windows-1252 bytes of a string whose characters are all below U+0100 or in cp1252. */
const cp1252 = (text: string) =>
  new Uint8Array([...text].map((c) => ({ '€': 0x80, '„': 0x84, '“': 0x93 })[c] ?? c.charCodeAt(0)));
function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const units = [...(bom ? '\ufeff' : ''), ...text].flatMap((c) => {
    const code = c.charCodeAt(0);
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
  });
  return new Uint8Array(units);
}

function utf32(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const points = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.codePointAt(0)!);
  return utf32Units(points, littleEndian);
}
function utf32Units(points: number[], littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(i * 4, p, littleEndian));
  return out;
}

describe('decodeBody: bytes to text', () => {
  const cases: [string, Uint8Array, string, string][] = [
    ['UTF-8 without declaration', utf8('<rss>Grüße</rss>'), '', '<rss>Grüße</rss>'],
    ['UTF-8 BOM is dropped', bytes([0xef, 0xbb, 0xbf], 'BEGIN:VCALENDAR'), '', 'BEGIN:VCALENDAR'],
    ['UTF-16 LE with BOM', utf16('<rss>Grüße €</rss>', true), '', '<rss>Grüße €</rss>'],
    ['UTF-16 BE with BOM', utf16('<rss>Grüße €</rss>', false), '', '<rss>Grüße €</rss>'],
    ['UTF-32 LE with BOM', utf32('<rss>Grüße € 🎉</rss>', true), '', '<rss>Grüße € 🎉</rss>'],
    ['UTF-32 BE with BOM', utf32('<rss>Grüße € 🎉</rss>', false), '', '<rss>Grüße € 🎉</rss>'],
    [
      'UTF-32 LE with BOM and XML declaration',
      utf32('<?xml version="1.0" encoding="UTF-32"?><rss>ß</rss>', true),
      'application/rss+xml',
      '<?xml version="1.0" encoding="UTF-32"?><rss>ß</rss>',
    ],
    [
      'UTF-32 BE without BOM, XML declaration',
      utf32('<?xml version="1.0" encoding="UTF-32"?><rss>ß</rss>', false, false),
      '',
      '<?xml version="1.0" encoding="UTF-32"?><rss>ß</rss>',
    ],
    [
      'UTF-32 LE without BOM, XML declaration',
      utf32('<?xml version="1.0" encoding="UTF-32"?><rss>ß</rss>', true, false),
      '',
      '<?xml version="1.0" encoding="UTF-32"?><rss>ß</rss>',
    ],
    [
      'UTF-32 by the HTTP charset (big-endian without mark)',
      utf32('<a>ß</a>', false, false),
      'text/xml; charset=utf-32',
      '<a>ß</a>',
    ],
    [
      'UTF-32: code points past U+10FFFF, surrogates and a cut-off unit are U+FFFD',
      new Uint8Array([...utf32Units([0xfeff, 0x61, 0x110000, 0xd800, 0x62], true), 0x63]),
      '',
      'a\ufffd\ufffdb\ufffd',
    ],
    [
      'UTF-32 calendar with BOM',
      utf32('BEGIN:VCALENDAR\r\nSUMMARY:Gr\r\n üße\r\nEND:VCALENDAR\r\n', true),
      'text/calendar',
      'BEGIN:VCALENDAR\r\nSUMMARY:Gr\r\n üße\r\nEND:VCALENDAR\r\n',
    ],
    ['UTF-16 LE without BOM', utf16('<?xml?><rss>ß</rss>', true, false), '', '<?xml?><rss>ß</rss>'],
    [
      'BOM beats the HTTP charset',
      bytes([0xef, 0xbb, 0xbf], 'Grüße'),
      'text/xml; charset=iso-8859-1',
      'Grüße',
    ],
    [
      'HTTP charset ISO-8859-1 (as windows-1252)',
      cp1252('Grüße €'),
      'text/xml; charset=ISO-8859-1',
      'Grüße €',
    ],
    [
      'HTTP charset in quotes',
      cp1252('Grüße'),
      'application/rss+xml;charset="windows-1252"',
      'Grüße',
    ],
    [
      'XML declaration ISO-8859-1',
      cp1252('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Grüße „zu“ 5 €</rss>'),
      'application/rss+xml',
      '<?xml version="1.0" encoding="ISO-8859-1"?><rss>Grüße „zu“ 5 €</rss>',
    ],
    [
      'HTTP charset beats the XML declaration',
      utf8("<?xml version='1.0' encoding='iso-8859-1'?><a>ß</a>"),
      'application/xml; charset=utf-8',
      "<?xml version='1.0' encoding='iso-8859-1'?><a>ß</a>",
    ],
    ['undeclared, not UTF-8: windows-1252', cp1252('Grüße „5 €“'), '', 'Grüße „5 €“'],
    [
      'declared UTF-8 but not UTF-8: windows-1252',
      cp1252('Grüße'),
      'text/plain; charset=utf-8',
      'Grüße',
    ],
    ['unknown charset label: by the bytes', utf8('Grüße'), 'text/xml; charset=x-unknown', 'Grüße'],
    [
      'calendar folded inside a UTF-8 character (CRLF)',
      bytes('BEGIN:VCALENDAR\r\nSUMMARY:Gr', [0xc3], '\r\n ', [0xbc], 'ße\r\nEND:VCALENDAR\r\n'),
      'text/calendar',
      'BEGIN:VCALENDAR\r\nSUMMARY:Grüße\r\nEND:VCALENDAR\r\n',
    ],
    [
      'calendar folded inside a UTF-8 character (LF, tab), sniffed',
      bytes('BEGIN:VCALENDAR\nSUMMARY:', [0xe2, 0x82], '\n\t', [0xac], '\nEND:VCALENDAR\n'),
      '',
      'BEGIN:VCALENDAR\nSUMMARY:€\nEND:VCALENDAR\n',
    ],
    [
      'windows-1252 calendar',
      cp1252('BEGIN:VCALENDAR\r\nSUMMARY:Kürbisfest\r\n  am See\r\n'),
      'text/calendar',
      'BEGIN:VCALENDAR\r\nSUMMARY:Kürbisfest am See\r\n',
    ],
    [
      'calendar with a UTF-8 BOM, folded inside a character',
      bytes([0xef, 0xbb, 0xbf], 'BEGIN:VCALENDAR\r\nSUMMARY:', [0xc3], '\r\n ', [0x9f], '\r\n'),
      '',
      'BEGIN:VCALENDAR\r\nSUMMARY:ß\r\n',
    ],
    [
      'XML is not unfolded',
      utf8('<rss>\n <item/>\n</rss>'),
      'application/rss+xml',
      '<rss>\n <item/>\n</rss>',
    ],
  ];
  for (const [name, input, contentType, expected] of cases) {
    it(name, () => {
      expect(decodeBody(input, contentType)).to.equal(expected);
      // An ArrayBuffer, as fetch's Response gives it, reads the same.
      expect(decodeBody(input.slice().buffer, contentType)).to.equal(expected);
      // The store's fast path reads it the same, or leaves it to decodeBody.
      expect(plainUtf8(input.slice().buffer, contentType) ?? expected).to.equal(expected);
    });
  }
});

describe('decodeUtf32', () => {
  it('reads a large body (no call stack overflow)', () => {
    const text = 'ß'.repeat(300_000);
    expect(decodeBody(utf32(text, true), '')).to.equal(text);
  });
});
