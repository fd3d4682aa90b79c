/**
 * The sort control of `<sonnec-downloads>` comes with `filters` only, the QR code take-away with
 * `kiosk` only. One page per test file:
 * the first test sees the module graph before anything else loaded.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-downloads.js';
import type { SonnecDownloads } from '../../../src/components/downloads/sonnec-downloads.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { GOOD_FEED, loaded, settled, textOf } from '../../helpers/widgets.js';

/** The control's own styles are adopted: a flex row, a select as tall as a touch target. */
function expectSortStyled(el: SonnecDownloads): void {
  const toolbar = el.shadowRoot!.querySelector('[part~="toolbar"]')!;
  expect(getComputedStyle(toolbar).display).to.equal('flex');
  expect(getComputedStyle(toolbar.querySelector('select')!).minHeight).to.equal('44px');
}

describe('<sonnec-downloads> lazy parts', () => {
  afterEach(() => clearFeedCache());

  it('a list without `filters` or `kiosk` loads no sort control and no take-away', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>`,
    );
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="toolbar"]')).to.equal(null);
    expect(loaded('downloads-sort')).to.deep.equal([]);
    expect(loaded('take-away')).to.deep.equal([]);
  });

  it('with `filters`, shows the sort control with the first content, in the page language', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED} filters lang="en"></sonnec-downloads>`,
    );
    await settled(el);
    expectSortStyled(el);
    const label = el.shadowRoot!.querySelector('[part~="toolbar"] label')!;
    expect(textOf(label)).to.equal('Sort by Date (newest first) Title (A–Z)');
    await expect(el).to.be.accessible();
  });

  it('shows the sort control, styled, when `filters` is turned on after the list is shown', async () => {
    const el = await fixture<SonnecDownloads>(
      html`<sonnec-downloads src=${GOOD_FEED}></sonnec-downloads>`,
    );
    await settled(el);
    el.filters = true;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="toolbar"]'), 'no sort control');
    expectSortStyled(el);
    expect(loaded('downloads-sort').length).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
