import { expect, fixture } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { prefetchFeed } from '../../src/feed/prefetch.js';
import { clearFeedCache, loadFeed, loadFeeds } from '../../src/feed/store.js';
import { findFeedSource } from '../../src/internal/feed-source.js';
import { requestsFor, uniqueName } from '../helpers/widgets.js';
import { failure } from '../helpers/failures.js';

/** What the loader (src/sonnec.ts) does for each tag it finds. */
const prefetchFeedOf = (element: Element) => prefetchFeed(findFeedSource(element));

/** An element as the loader finds it: a widget tag whose code has not arrived yet. */
async function found(markup: string): Promise<Element> {
  const holder = await fixture<HTMLElement>(`<div>${markup}</div>`);
  return holder.querySelector('sonnec-pending')!;
}

describe('feed prefetch by the loader', () => {
  afterEach(() => clearFeedCache());

  it('the store uses the prefetched answer: the feed is fetched once', async () => {
    const name = uniqueName('prefetch');
    prefetchFeedOf(await found(`<sonnec-pending src="/__fault/count/${name}"></sonnec-pending>`));
    const feed = await loadFeed(new URL(`/__fault/count/${name}`, location.href).href);
    expect(feed.places.length).to.be.greaterThan(0);
    expect(await requestsFor(name)).to.equal(1);
  });

  it('a URL the store has taken is not prefetched again (a second copy of the script)', async () => {
    const name = uniqueName('prefetch-late');
    const markup = `<sonnec-pending src="/__fault/count/${name}"></sonnec-pending>`;
    prefetchFeedOf(await found(markup));
    await loadFeed(new URL(`/__fault/count/${name}`, location.href).href);
    // The second copy's loader finds the tag only now, when the feed is already loaded.
    prefetchFeedOf(await found(markup));
    await loadFeed(new URL(`/__fault/count/${name}`, location.href).href);
    expect(await requestsFor(name)).to.equal(1);
  });

  it('prefetches every source of a <sonnec-feed> ancestor, each once', async () => {
    const a = uniqueName('prefetch-a');
    const b = uniqueName('prefetch-b');
    const el = await found(
      `<sonnec-feed src="/__fault/count/${a} /__fault/count/${b}"><sonnec-pending></sonnec-pending></sonnec-feed>`,
    );
    prefetchFeedOf(el);
    prefetchFeedOf(el); // a second widget with the same feed
    await loadFeeds([`/__fault/count/${a}`, `/__fault/count/${b}`]);
    expect([await requestsFor(a), await requestsFor(b)]).to.deep.equal([1, 1]);
  });

  it("the store's timeout stops a prefetched load", async () => {
    prefetchFeedOf(await found('<sonnec-pending src="/__fault/slow/3000"></sonnec-pending>'));
    const error = await failure(loadFeed('/__fault/slow/3000', { timeoutMs: 100 }));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('timeout');
  });

  it('a prefetch that failed is the same error the store reports for its own fetch', async () => {
    prefetchFeedOf(await found('<sonnec-pending src="/__fault/status/404"></sonnec-pending>'));
    const error = await failure(loadFeed('/__fault/status/404'));
    expect((error as FeedError).kind).to.equal('http');
    // Taken once: the next attempt (a retry) fetches anew and gets the same answer.
    expect(((await failure(loadFeed('/__fault/status/404'))) as FeedError).kind).to.equal('http');
  });

  it('an element without any source prefetches nothing', async () => {
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      calls.push(String(input));
      return original(input, init);
    };
    try {
      prefetchFeedOf(await found('<sonnec-pending></sonnec-pending>'));
    } finally {
      window.fetch = original;
    }
    expect(calls).to.deep.equal([]);
  });
});
