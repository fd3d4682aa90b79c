/**
 * The recurrence expander is a part the feed asks for: a feed without a series never loads it,
 * a feed with one shows every occurrence at first content (not the first date, then the rest).
 * One page per test file: the first test sees the module graph before anything else loaded.
 */
import { expect } from '@open-wc/testing';
import '../../../src/define/sonnec-events.js';
import { clearFeedCache, loadFeed } from '../../../src/feed/store.js';
import { feedUrl, loaded } from '../../helpers/widgets.js';
import { mount, NOW, titles, unmountAll } from './helpers.js';

const single = (id: string, start: string) => ({ id, title: id, start, city: 'both' });

describe('<sonnec-events> recurrence part', () => {
  afterEach(() => {
    unmountAll();
    clearFeedCache();
  });

  it('a feed without a series shows its events without loading the expander', async () => {
    const src = feedUrl({
      version: 1,
      events: [single('Lesung', '2026-12-05T19:00'), single('Markt', '2026-12-06T10:00')],
    });
    const el = await mount(`<sonnec-events src="${src}" now="${NOW}"></sonnec-events>`);
    expect(el.state).to.equal('ready');
    expect(titles(el)).to.deep.equal(['Lesung', 'Markt']);
    expect(loaded('/feed/recurrence.ts')).to.deep.equal([]);
  });

  // Before any widget loaded the expander: the feed is in the store, the expander is not.
  it('a series in a feed already in the store shows at once, without a loading state', async () => {
    const src = feedUrl({
      version: 1,
      events: [{ ...single('Probe', '2026-12-07T19:00'), rrule: 'FREQ=DAILY;COUNT=2' }],
    });
    await loadFeed(src);
    const states: (string | null)[] = [];
    const watch = new MutationObserver((records) =>
      records.forEach((r) => states.push((r.target as Element).getAttribute('state'))),
    );
    watch.observe(document.body, { attributeFilter: ['state'], subtree: true });
    try {
      const el = await mount(`<sonnec-events src="${src}" now="${NOW}"></sonnec-events>`);
      expect(titles(el)).to.deep.equal(['Probe', 'Probe']);
    } finally {
      watch.disconnect();
    }
    expect(states).to.deep.equal(['ready']);
  });

  it('a feed with a series shows all its occurrences at first content', async () => {
    const src = feedUrl({
      version: 1,
      events: [
        { ...single('Chorprobe', '2026-12-07T19:00'), rrule: 'FREQ=WEEKLY;COUNT=3' },
        single('Lesung', '2026-12-08T19:00'),
      ],
    });
    let atFirstContent: string[] | undefined;
    const onLoad = (event: Event) =>
      (atFirstContent ??= titles(event.target as Parameters<typeof titles>[0]));
    document.addEventListener('sonnec-load', onLoad);
    try {
      const el = await mount(`<sonnec-events src="${src}" now="${NOW}"></sonnec-events>`);
      expect(titles(el)).to.deep.equal(['Chorprobe', 'Lesung', 'Chorprobe', 'Chorprobe']);
    } finally {
      document.removeEventListener('sonnec-load', onLoad);
    }
    expect(atFirstContent).to.deep.equal(['Chorprobe', 'Lesung', 'Chorprobe', 'Chorprobe']);
    expect(loaded('/feed/recurrence.ts')).to.have.length(1);
  });

  it('a series in a feed already in the store waits for the expander too', async () => {
    // The store holds the feed (the first widget loaded it); the expander is loaded already
    // in this page, so this checks the peek path shows the series expanded at once.
    const src = feedUrl({
      version: 1,
      events: [{ ...single('Chorprobe', '2026-12-07T19:00'), rrule: 'FREQ=DAILY;COUNT=2' }],
    });
    await mount(`<sonnec-events src="${src}" now="${NOW}"></sonnec-events>`);
    const second = await mount(`<sonnec-events src="${src}" now="${NOW}"></sonnec-events>`);
    expect(titles(second)).to.deep.equal(['Chorprobe', 'Chorprobe']);
  });
});
