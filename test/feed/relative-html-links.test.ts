/**
 * Links and pictures inside feed HTML are relative to the feed, not to the page showing it:
 * a partner's site embedding the regional feed must not turn "rathaus.html" into a link of its own.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-news.js';
import type { SonnecEvents } from '../../src/components/events/sonnec-events.js';
import type { SonnecNews } from '../../src/components/news/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { settled } from '../helpers/widgets.js';

const FEED = '/test/fixtures/relative-links.json';
const FEED_DIR = new URL('/test/fixtures/', location.href).href;

describe('relative links in feed HTML', () => {
  afterEach(() => clearFeedCache());

  it('resolves an article’s links and pictures against the feed; #fragments stay', async () => {
    const el = await fixture<SonnecNews>(html`<sonnec-news src=${FEED}></sonnec-news>`);
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
    const body = () => el.shadowRoot!.querySelector('.rich-text');
    await waitUntil(() => body()?.querySelector('a'), 'the article renders');
    const hrefs = [...body()!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      `${FEED_DIR}rathaus.html`,
      '#oben',
      'https://www.neustadt-bei-coburg.de/',
    ]);
    const img = body()!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(`${FEED_DIR}tiles/tile.png`);
  });

  it('resolves an Atom article’s links against its xml:base, itself relative to the feed', async () => {
    const el = await fixture<SonnecNews>(
      html`<sonnec-news src="/test/fixtures/sources/xml-base.atom.xml"></sonnec-news>`,
    );
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="more"]')!.click();
    const body = () => el.shadowRoot!.querySelector('.rich-text');
    await waitUntil(() => body()?.querySelector('a'), 'the article renders');
    const origin = location.origin;
    expect(body()!.querySelector('a')!.getAttribute('href')).to.equal(
      `${origin}/test/fixtures/tiles/seite.html`,
    );
    expect(body()!.querySelector('img')!.getAttribute('src')).to.equal(
      `${origin}/test/fixtures/tiles/tile.png`,
    );
  });

  it('resolves the links of an event description in its dialog', async () => {
    const el = await fixture<SonnecEvents>(
      html`<sonnec-events src=${FEED} now="2026-12-01T10:00"></sonnec-events>`,
    );
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="title"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog .rich-text a'), 'description');
    expect(el.shadowRoot!.querySelector('dialog .rich-text a')!.getAttribute('href')).to.equal(
      `${FEED_DIR}treffpunkt.html`,
    );
  });
});
