// The English halves of the first tables (loader/english.ts) load apart from the widgets: a
// German page never downloads them, and an English widget waits for them, so that it never
// shows German for a moment. (The tests run in order: the first needs a page that has not yet
// loaded English, the second one that has not loaded it yet either.)
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import type { SonnecDownloads } from '../../src/components/downloads/sonnec-downloads.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { GOOD_FEED, loaded, settled, textOf } from '../helpers/widgets.js';

describe('English texts', () => {
  afterEach(() => clearFeedCache());

  it('a German widget loads no English texts', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads lang="de" src=${GOOD_FEED}></sonnec-downloads>`,
    );
    await settled(el);
    expect(textOf(el.shadowRoot!.querySelector('[part="group"]'))).to.contain('Kurzfassung');
    expect(loaded('/loader/english')).to.deep.equal([]);
  });

  it('an English widget speaks English in its first render, before the feed has come', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads lang="en" src="/__fault/slow/300"></sonnec-downloads>`,
    );
    expect(el.state).to.equal('loading');
    expect(textOf(el.shadowRoot!.querySelector('[part="loading"]'))).to.equal('Loading …');
    expect(loaded('/loader/english')).to.have.length(1);
    await settled(el);
    expect(textOf(el.shadowRoot!)).to.contain('Published on').and.not.contain('Veröffentlicht');
  });
});
