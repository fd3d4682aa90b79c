import { expect } from '@open-wc/testing';
import { resolveFeedUrls } from '../../src/feed/resolve-urls.js';
import { validateFeed } from '../../src/feed/validate.js';

const BASE = 'https://region.example/feeds/sonnec.json';

function eventsWith(count: number, image: string) {
  return validateFeed({
    version: 1,
    events: Array.from({ length: count }, (_, i) => ({
      id: `e${i}`,
      title: 'Markt',
      start: '2026-12-05T08:00:00+01:00',
      city: 'neustadt',
      url: i % 2 ? 'https://www.neustadt-bei-coburg.de/' : 'markt.html',
      image,
    })),
  });
}

describe('resolveFeedUrls', () => {
  it('resolves relative links and pictures against the feed, absolute ones stay', () => {
    const feed = resolveFeedUrls(eventsWith(2, 'images/markt.svg'), BASE);
    expect(feed.events.map((e) => [e.url, e.image!.src])).to.deep.equal([
      ['https://region.example/feeds/markt.html', 'https://region.example/feeds/images/markt.svg'],
      ['https://www.neustadt-bei-coburg.de/', 'https://region.example/feeds/images/markt.svg'],
    ]);
  });

  it('resolves each relative address once per feed, not once per item', () => {
    // Feeds name the same few pictures for thousands of events; `new URL` costs each time.
    const feed = eventsWith(200, 'images/markt.svg');
    const Original = globalThis.URL;
    let made = 0;
    globalThis.URL = class extends Original {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        made++;
      }
    } as typeof URL;
    try {
      resolveFeedUrls(feed, BASE);
    } finally {
      globalThis.URL = Original;
    }
    // The base, the picture and the page.
    expect(made).to.be.at.most(3);
  });
});
