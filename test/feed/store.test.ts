import { expect } from '@open-wc/testing';
import { clearFeedCache, loadFeed, onFeedRefresh, refreshFeed } from '../../src/feed/store.js';
import { uniqueName, requestsFor } from '../helpers/widgets.js';
import { failure } from '../helpers/failures.js';

describe('feed store', () => {
  afterEach(() => clearFeedCache());

  it('fetches a URL once for many callers, also for relative and absolute spellings', async () => {
    const name = uniqueName('shared');
    const [a, b, c] = await Promise.all([
      loadFeed(`/__fault/count/${name}`),
      loadFeed(`/__fault/count/${name}`),
      loadFeed(new URL(`/__fault/count/${name}`, location.href).href),
    ]);
    expect(a).to.equal(b);
    expect(a).to.equal(c);
    await loadFeed(`/__fault/count/${name}`);
    expect(await requestsFor(name)).to.equal(1);
  });

  it('keeps the cache on a global symbol, so a second copy of the bundle shares it', async () => {
    const name = uniqueName('global');
    await loadFeed(`/__fault/count/${name}`);
    const cache = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[
      Symbol.for('sonnec.feed.v1')
    ];
    expect([...cache.keys()].some((key) => key.includes(name))).to.be.true;
  });

  it('shares a failure with later callers (one request) until the feed is refreshed', async () => {
    const name = uniqueName('fate');
    const src = `/__fault/toggle/${name}`;
    await fetch(`/__fault/toggle-set/${name}/fail`);
    const first = await failure(loadFeed(src));
    expect(first.kind).to.equal('http');
    expect(first.status).to.equal(503);
    expect(await failure(loadFeed(src))).to.equal(first);
    expect(await requestsFor(name)).to.equal(1);

    const told: string[] = [];
    const stop = onFeedRefresh((url) => told.push(url));
    await fetch(`/__fault/toggle-set/${name}/good`);
    refreshFeed(src);
    stop();
    expect(told).to.deep.equal([new URL(src, location.href).href]);
    expect((await loadFeed(src)).events.length).to.be.greaterThan(0);
    expect(await requestsFor(name)).to.equal(2);
  });

  it('names the cause of each failure', async () => {
    expect((await failure(loadFeed('/__fault/status/404'))).kind).to.equal('http');
    expect((await failure(loadFeed('/__fault/html'))).kind).to.equal('parse');
    expect((await failure(loadFeed('/__fault/truncated'))).kind).to.equal('parse');
    expect((await failure(loadFeed('/__fault/redirect-loop'))).kind).to.equal('network');
    expect((await failure(loadFeed('http://127.0.0.1:9/feed.json'))).kind).to.equal('network');
    expect((await failure(loadFeed('/__fault/slow/3000', { timeoutMs: 200 }))).kind).to.equal(
      'timeout',
    );
  });

  it('stops waiting when the caller aborts, and aborts the fetch when nobody waits', async () => {
    const controller = new AbortController();
    const pending = loadFeed('/__fault/slow/2000', { signal: controller.signal });
    controller.abort();
    const error = await failure(pending);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
    // The fetch stops a task later, in case a widget moved in the DOM comes back at once.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const cache = (globalThis as unknown as Record<symbol, Map<string, unknown>>)[
      Symbol.for('sonnec.feed.v1')
    ];
    expect([...cache.keys()].some((key) => key.includes('/__fault/slow/2000'))).to.be.false;
  });

  it('keeps the fetch going for the other callers when one aborts', async () => {
    const name = uniqueName('abort-one');
    const controller = new AbortController();
    const aborted = loadFeed(`/__fault/count/${name}`, { signal: controller.signal });
    const kept = loadFeed(`/__fault/count/${name}`);
    controller.abort();
    await failure(aborted);
    const feed = await kept;
    expect(feed.downloads.length).to.be.greaterThan(0);
  });
});

describe('feed store: links', () => {
  afterEach(() => clearFeedCache());

  it('resolves relative links against the feed’s address, not the page’s', async () => {
    const feed = await loadFeed('/test/fixtures/feed-good.json');
    const short = feed.downloads.find((d) => d.id === 'ilrek-kurz')!;
    expect(short.url).to.equal(
      new URL('/test/fixtures/docs/ilrek-kurzfassung.pdf', location.href).href,
    );
    const flyer = feed.downloads.find((d) => d.id === 'flyer')!;
    expect(flyer.url).to.equal('https://www.sonneberg.de/flyer-advent.pdf');
  });
});

describe('feed store: the console warning about a source’s items', () => {
  afterEach(() => clearFeedCache());

  it('tells items left out from items shown with a note', async () => {
    const warned: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warned.push(args);
    try {
      // Item 2 has no date (the channel's is shown, noted); item 3 has no title nor text.
      const feed = await loadFeed('/test/fixtures/sources/entities-noted.rss.xml');
      expect(feed.news.map((n) => n.id)).to.deep.equal(['entities-1', 'entities-2']);
    } finally {
      console.warn = original;
    }
    const [message, dropped] = warned.find((args) => String(args[0]).includes('entities-noted'))!;
    expect(message).to.match(/1 left out, 1 shown with a note:$/);
    expect(message).not.to.match(/2 .*left out/);
    expect(dropped).to.have.length(2);
  });
});
