import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import type { SonnecDownloads } from '../../src/components/downloads/sonnec-downloads.js';
import { clearFeedCache } from '../../src/feed/store.js';
import {
  addedAfterAnother,
  GOOD_FEED,
  settled,
  textOf,
  uniqueName,
  requestsFor,
} from '../helpers/widgets.js';

describe('SonnecElement (shared widget behaviour)', () => {
  afterEach(() => clearFeedCache());

  it('lets three widgets on a page share one fetch', async () => {
    const name = uniqueName('three');
    const src = `/__fault/count/${name}`;
    const wrapper = await fixture(html`
      <div>
        <sonnec-downloads src=${src}></sonnec-downloads>
        <sonnec-feed src=${src}><sonnec-downloads category="ilrek"></sonnec-downloads></sonnec-feed>
        <sonnec-downloads src=${src} limit="1"></sonnec-downloads>
      </div>
    `);
    const widgets = [...wrapper.querySelectorAll('sonnec-downloads')];
    await Promise.all(widgets.map(settled));
    expect(widgets.map((w) => w.state)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(await requestsFor(name)).to.equal(1);
  });

  it('shows a feed another widget already loaded in its first render, with no loading state', async () => {
    const { second, loaded } = await addedAfterAnother(GOOD_FEED);
    expect(second.state).to.equal('ready');
    expect(second.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(0);
    expect(textOf(second.shadowRoot!.querySelector('[role="status"]'))).to.not.equal('Lädt …');
    // The load event still comes, once the feed task has settled.
    expect((await loaded).detail.count).to.be.greaterThan(0);
    second.remove();
  });

  it('survives being removed mid-load and put back (moved in the DOM)', async () => {
    const el = document.createElement('sonnec-downloads');
    el.src = '/__fault/slow/300';
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const other = document.createElement('section');
    document.body.append(other);
    const loaded = oneEvent(el, 'sonnec-load');
    other.append(el);
    await loaded;
    expect(el.state).to.equal('ready');
    other.remove();
  });

  it('follows a change of the lang attribute', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>`,
    );
    await settled(el);
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('');
    expect(textOf(el.shadowRoot!.querySelector('[part="group"]'))).to.contain('Kurzfassung');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(textOf(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('5 documents');
  });

  it("follows a change of an ancestor's lang while the page is open (a CMS language switch)", async () => {
    const holder = await fixture<HTMLElement>(
      html`<div lang="de"><sonnec-downloads src=${GOOD_FEED}></sonnec-downloads></div>`,
    );
    const el = holder.querySelector<SonnecDownloads>('sonnec-downloads')!;
    await settled(el);
    // What the widget shows, without the live region (which speaks of changes, not content).
    const shown = () => {
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('[role="status"]')) text += node.textContent;
      }
      return text.replace(/\s+/g, ' ');
    };
    const german = shown();
    holder.setAttribute('lang', 'en');
    await waitUntil(() => shown() !== german, 'the widget re-rendered in English');
    expect(el.language).to.equal('en');
    document.documentElement.setAttribute('lang', 'de');
    holder.removeAttribute('lang');
    await waitUntil(() => shown() === german, 'back in German with the page');
  });

  it('refresh() loads the feed again', async () => {
    const name = uniqueName('refresh');
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${`/__fault/count/${name}`}></sonnec-downloads>`,
    );
    await settled(el);
    const loaded = oneEvent(el, 'sonnec-load');
    el.refresh();
    await loaded;
    expect(await requestsFor(name)).to.equal(2);
  });

  it('sets its own font size, whatever the page’s root font size', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await fixture<SonnecDownloads>(
        html`<div style="font: 30px/3 serif; letter-spacing: 4px">
          <sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>
        </div>`,
      );
      const widget = el.querySelector('sonnec-downloads')!;
      await settled(widget);
      const style = getComputedStyle(widget);
      expect(style.fontSize).to.equal('16px');
      expect(style.lineHeight).to.equal('24px');
      expect(style.letterSpacing).to.equal('normal');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('passes axe in the dark palette', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED} theme="dark" filters></sonnec-downloads>`,
    );
    await settled(el);
    await waitUntil(() => el.state === 'ready');
    await expect(el).to.be.accessible();
  });
});
