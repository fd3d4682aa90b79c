/**
 * Input built to make text scanning slow must not: every pre-pass of the RSS/Atom adapter is
 * linear (unclosed CDATA sections, comments and entity declarations, endless tags, long dates).
 */
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseRssOrAtom } from '../../src/feed/sources/rss-atom.js';

const N = 100_000;

function readsQuickly(text: string): void {
  const start = performance.now();
  try {
    parseRssOrAtom(text);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
  }
  // Linear work on these inputs takes a few milliseconds; a quadratic scan takes minutes.
  expect(performance.now() - start).to.be.below(5_000);
}

describe('RSS/Atom adapter on hostile input', () => {
  it('unclosed CDATA sections and comments', () => {
    readsQuickly(`<rss><channel>${'<![CDATA[&x;'.repeat(N)}`);
    readsQuickly(`<rss><channel>${'<!--&x;'.repeat(N)}`);
  });

  it('unclosed entity declarations in a doctype', () => {
    readsQuickly(`<!DOCTYPE rss [${'<!ENTITY a "'.repeat(N)}]><rss/>`);
  });

  it('endless tags in escaped HTML and an endless date', () => {
    const item = (inner: string) =>
      `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://example.org/</link>${inner}</item></channel></rss>`;
    readsQuickly(
      item(`<description>${'&lt;a '.repeat(N)}</description><pubDate>2026-03-29</pubDate>`),
    );
    readsQuickly(item(`<pubDate>${'('.repeat(N)}</pubDate>`));
  });

  it("distinct undeclared entities, escaped ones and an endless name: HTML's parser reads each once", () => {
    const names = Array.from({ length: N }, (_, i) => `&e${i.toString(36)};`).join(' ');
    const item = (inner: string) =>
      `<rss version="2.0"><channel><title>T</title><item><link>https://example.org/</link><pubDate>2026-03-29</pubDate>${inner}</item></channel></rss>`;
    readsQuickly(item(`<title>${names}</title>`));
    readsQuickly(item(`<description>${names.replaceAll('&', '&amp;')}</description>`));
    readsQuickly(
      item(`<title>&${'a'.repeat(N)};</title><description>&amp;${'b'.repeat(N)}</description>`),
    );
  });
});
