import { expect } from '@open-wc/testing';
import { safeImageUrl, safeUrl } from '../../src/feed/url.js';

describe('safeUrl', () => {
  it('keeps https, http, mailto, tel and relative URLs', () => {
    for (const url of [
      'https://www.sonneberg.de/x?a=1#b',
      'http://example.org',
      'mailto:info@example.org',
      'tel:+499568810',
      'docs/ilrek.pdf',
      '/feeds/a.json',
      '../a.pdf',
      '?page=2',
      '#top',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('refuses script and data URLs, also when obfuscated', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'jav\u200bascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'javascript&colon;alert(1):x',
      '\\\\evil.example/x',
      'https://good.example\\@evil.example/',
      '',
      42,
      undefined,
    ]) {
      expect(safeUrl(url), String(url)).to.equal(undefined);
    }
  });

  it('drops the characters browsers ignore from a web address, as from any other', () => {
    expect(safeUrl('https://www.sonneberg.de/\u200bx\ty')).to.equal('https://www.sonneberg.de/xy');
    expect(safeUrl(' https://www.sonneberg.de/ä ')).to.equal('https://www.sonneberg.de/ä');
  });

  it('allows no mailto or tel as an image source', () => {
    expect(safeImageUrl('mailto:a@b.de')).to.equal(undefined);
    expect(safeImageUrl('images/a.svg')).to.equal('images/a.svg');
  });
});
