/**
 * The store's load for unattended displays (`keepCopy`: the kiosk, `offline-cache`): each good
 * feed is kept as a copy, a failed load is answered with it (marked stale), an aborted one not.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { COPY_PREFIX } from '../../src/feed/offline-copy.js';
import { staleSince } from '../../src/feed/stale.js';
import { clearFeedCache, loadFeed } from '../../src/feed/store.js';
import { uniqueName } from '../helpers/widgets.js';
import { failure, muteWarnings } from '../helpers/failures.js';

const toggle = (name: string, mode: 'good' | 'fail') =>
  fetch(`/__fault/toggle-set/${name}/${mode}`);

/** Loads `src` once while it works, keeping a copy, and waits until the copy is written. */
async function keepGoodCopy(name: string, src: string) {
  await toggle(name, 'good');
  const fresh = await loadFeed(src, { keepCopy: true });
  await waitUntil(() => localStorage.getItem(COPY_PREFIX + new URL(src, document.baseURI).href));
  clearFeedCache();
  await toggle(name, 'fail');
  return fresh;
}

describe('store: a load that keeps a copy', () => {
  muteWarnings();
  afterEach(() => {
    clearFeedCache();
    localStorage.clear();
  });

  it('answers a failed load with the last good copy, marked stale; a load without copy fails', async () => {
    const name = uniqueName('copy');
    const src = `/__fault/toggle/${name}`;
    const savedAfter = Date.now();
    const fresh = await keepGoodCopy(name, src);
    expect(staleSince(fresh)).to.equal(undefined);
    const copy = await loadFeed(src, { keepCopy: true });
    expect(copy.events.map((e) => e.id)).to.deep.equal(fresh.events.map((e) => e.id));
    expect(staleSince(copy)).to.be.within(savedAfter, Date.now());
    const error = await failure(loadFeed(src));
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('http');
  });

  it('does not answer an aborted load with the copy', async () => {
    const name = uniqueName('copy-abort');
    const src = `/__fault/toggle/${name}`;
    await keepGoodCopy(name, src);
    const controller = new AbortController();
    const loading = loadFeed(src, { keepCopy: true, signal: controller.signal });
    controller.abort();
    const error = await failure<DOMException>(loading);
    expect(error.name).to.equal('AbortError');
  });
});
