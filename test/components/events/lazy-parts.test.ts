/**
 * What a page with a plain event list loads, and what turning a setting on later brings: the
 * filter bar, the detail dialog and the kiosk styles are parts loaded on first need.
 * One page per test file: the first test sees the module graph before anything else loaded.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/define/sonnec-events.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { loaded } from '../../helpers/widgets.js';
import { EVENTS_FEED, NOW, mount, root, titleButtons, unmountAll, dialog } from './helpers.js';

/** Source modules the page has requested whose path contains `name`. */
describe('<sonnec-events> lazy parts', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  it('a plain list loads neither the filter bar, the dialog nor the kiosk styles', async () => {
    const el = await mount(`<sonnec-events src="${EVENTS_FEED}" now="${NOW}"></sonnec-events>`);
    expect(el.state).to.equal('ready');
    expect(titleButtons(el).length).to.be.greaterThan(0);
    expect(loaded('events-filters')).to.deep.equal([]);
    expect(loaded('event-detail')).to.deep.equal([]);
    expect(loaded('event-dialog')).to.deep.equal([]);
    expect(loaded('filter-bar')).to.deep.equal([]);
    expect(loaded('kiosk-styles')).to.deep.equal([]);
    expect(loaded('take-away-qr')).to.deep.equal([]);
    expect(loaded('url-state')).to.deep.equal([]);
    expect(loaded('events-url')).to.deep.equal([]);
    expect(loaded('events-search')).to.deep.equal([]);
    expect(loaded('events-subscribe')).to.deep.equal([]);
    // The cards and compact layouts (with their styles) are for widgets that ask for them.
    expect(loaded('/event-cards')).to.deep.equal([]);
    expect(loaded('/event-compact')).to.deep.equal([]);
    // Only kiosk mode and `offline-cache` keep a copy of the feed.
    expect(loaded('offline-copy')).to.deep.equal([]);
  });

  // Before any other test loads the dialog. Which targets count is tested on LazyPart itself.
  it('starts loading the dialog when a visitor points at a title, before the click', async () => {
    const el = await mount(`<sonnec-events src="${EVENTS_FEED}" now="${NOW}"></sonnec-events>`);
    titleButtons(el)[0]!.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true }),
    );
    await waitUntil(() => loaded('/event-detail.ts').length === 1, 'the dialog did not load');
    expect(dialog(el), 'nothing opens without the click').to.equal(null);
  });

  // Before any other test loads the JSON-LD writer.
  it('shows content without waiting for the JSON-LD writer, then writes JSON-LD', async () => {
    let writerAtFirstContent: string[] | undefined;
    const onLoad = () => (writerAtFirstContent ??= loaded('/event-schema.ts'));
    document.addEventListener('sonnec-load', onLoad);
    try {
      const el = await mount(
        `<sonnec-events src="${EVENTS_FEED}" now="${NOW}" structured-data></sonnec-events>`,
      );
      await waitUntil(() => el.querySelector('script[data-sonnec-jsonld]'), 'no JSON-LD');
      expect(writerAtFirstContent, 'the writer was there before the content').to.deep.equal([]);
    } finally {
      document.removeEventListener('sonnec-load', onLoad);
    }
  });

  it('shows the filter bar when `filters` is set after the list is shown', async () => {
    const el = await mount(`<sonnec-events src="${EVENTS_FEED}" now="${NOW}"></sonnec-events>`);
    expect(root(el).querySelector('[part~="filter"]')).to.equal(null);
    el.filters = true;
    await waitUntil(() => root(el).querySelector('[part~="filter"]'), 'no filter bar');
    const city = root(el).querySelector<HTMLSelectElement>('select[name="city"]')!;
    // Its styles came with it: the controls have their 44 px touch height.
    expect(city.getBoundingClientRect().height).to.be.at.least(44);
    // The module once (its texts, events-filters.messages.ts, come with it).
    expect(loaded('/events-filters.ts').length).to.equal(1);
    expect(loaded('/events-filters.messages.ts').length).to.equal(1);
  });

  it('shows the cards, then the compact layout, with their styles, when `layout` changes', async () => {
    const el = await mount(`<sonnec-events src="${EVENTS_FEED}" now="${NOW}"></sonnec-events>`);
    el.layout = 'cards';
    await waitUntil(() => root(el).querySelector('.card'), 'no cards');
    expect(getComputedStyle(root(el).querySelector('.cards')!).display).to.equal('grid');
    expect(loaded('/event-compact.ts')).to.deep.equal([]);
    el.layout = 'compact';
    await waitUntil(() => root(el).querySelector('.compact-item'), 'no compact list');
    const block = root(el).querySelector('.date-block')!;
    expect(getComputedStyle(block).display).to.equal('flex');
    expect(loaded('/event-cards.ts').length).to.equal(1);
    expect(loaded('/event-compact.ts').length).to.equal(1);
  });

  it('has the filter bar from the first content when `filters` is set from the start', async () => {
    const el = await mount(
      `<sonnec-events src="${EVENTS_FEED}" now="${NOW}" filters></sonnec-events>`,
    );
    expect(el.state).to.equal('ready');
    expect(root(el).querySelector('[part~="filter"]')).to.not.equal(null);
  });

  it('loads the dialog on the first opening, with its styles', async () => {
    const el = await mount(`<sonnec-events src="${EVENTS_FEED}" now="${NOW}"></sonnec-events>`);
    titleButtons(el)[0]!.click();
    await waitUntil(() => dialog(el)?.open, 'the dialog did not open');
    const close = root(el).querySelector<HTMLElement>('.dialog-close')!;
    expect(close.getBoundingClientRect().width).to.be.at.least(44);
  });

  it('gets kiosk type and 48 px targets when `kiosk` is set after the list is shown', async () => {
    const el = await mount(`<sonnec-events src="${EVENTS_FEED}" now="${NOW}"></sonnec-events>`);
    const title = () => titleButtons(el)[0]!;
    const before = parseFloat(getComputedStyle(title()).fontSize);
    el.kiosk = true;
    await waitUntil(
      () => parseFloat(getComputedStyle(title()).fontSize) > before,
      'no kiosk type size',
    );
    expect(title().getBoundingClientRect().height).to.be.at.least(48);
  });
});
