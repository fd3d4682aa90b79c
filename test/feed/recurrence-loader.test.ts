import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/sonnec-events.js';
import { expander } from '../../src/feed/recurrence-loader.js';
import { clearFeedCache, loadFeed } from '../../src/feed/store.js';
import type { SonnecEvents } from '../../src/components/events/sonnec-events.js';
import { EVENTS_FEED, NOW } from '../components/events/helpers.js';

/** The modules this page has fetched whose path ends with `name`. */
const fetched = (name: string) =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => new URL(entry.name).pathname.endsWith(name));

// One page per test file: nothing before these tests has loaded the expander.
describe('recurrence loader', () => {
  after(() => clearFeedCache());

  it('does not load the expander for a feed without a series', async () => {
    const feed = await loadFeed('/test/fixtures/news-basic.json');
    expect(feed.events.some((event) => event.rrule)).to.be.false;
    expect(expander()).to.be.undefined;
    expect(fetched('/src/feed/recurrence.ts')).to.have.length(0);
  });

  it('loads it before a feed with a series is handed out, and the widget lists the series', async () => {
    const feed = await loadFeed(EVENTS_FEED);
    expect(feed.events.some((event) => event.rrule)).to.be.true;
    expect(expander()).to.be.a('function');
    expect(fetched('/src/feed/recurrence.ts')).to.have.length(1);

    const series = feed.events.find((event) => event.rrule)!;
    const el = await fixture<SonnecEvents>(
      html`<sonnec-events src=${EVENTS_FEED} now=${NOW} lang="de" limit="50"></sonnec-events>`,
    );
    await expect(el).to.have.attribute('state', 'ready');
    // A weekly series: more than its first date is listed.
    const title = String(series.title);
    const shown = [...el.shadowRoot!.querySelectorAll('[part~="title"]')].filter((node) =>
      node.textContent!.includes(title),
    );
    expect(shown.length).to.be.greaterThan(5);
  });
});
