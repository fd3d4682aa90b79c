import { expect } from '@open-wc/testing';
import { toWire } from '../../src/feed/serialize.js';
import { parseSource } from '../../src/feed/sources/index.js';
import type { Feed } from '../../src/feed/types.js';
import { validateFeed } from '../../src/feed/validate.js';

async function load(path: string): Promise<Feed> {
  const response = await fetch(path);
  return parseSource(await response.text(), {
    contentType: response.headers.get('content-type') ?? '',
  });
}

function withoutDropped(feed: Feed): Record<string, unknown> {
  const rest: Record<string, unknown> = { ...feed };
  delete rest.dropped;
  return rest;
}

describe('toWire (the model written back as the JSON feed)', () => {
  for (const path of [
    '/test/fixtures/feed-good.json',
    '/test/fixtures/sources/outlook.ics',
    '/test/fixtures/sources/google-calendar.ics',
    '/test/fixtures/sources/typo3-sf-event-mgt.ics',
    '/test/fixtures/sources/son-nec.atom.xml',
    '/test/fixtures/sources/places.geojson',
  ]) {
    it(`reads back as the same model: ${path.split('/').pop()}`, async () => {
      const feed = await load(path);
      const again = validateFeed(JSON.parse(JSON.stringify(toWire(feed))));
      expect(again.dropped).to.deep.equal([]);
      expect(withoutDropped(again)).to.deep.equal(withoutDropped(feed));
    });
  }

  it('writes Berlin wall time with offsets, plain dates for all-day events, no empty fields', () => {
    const feed = validateFeed({
      version: 1,
      events: [
        {
          id: 'a',
          title: 'Sommer',
          start: '2026-07-01T10:00:00Z',
          city: 'both',
          image: { src: 'https://x.de/a.jpg' },
        },
        { id: 'b', title: 'Markt', start: '2026-12-11', end: '2026-12-13', city: 'neustadt' },
        { id: 'c', title: 'Ein Tag', start: '2026-03-29', city: 'sonneberg' },
      ],
    });
    const wire = toWire(feed) as { events: Record<string, unknown>[] };
    expect(wire.events[0]).to.deep.equal({
      id: 'a',
      title: 'Sommer',
      start: '2026-07-01T12:00:00+02:00',
      allDay: false,
      city: 'both',
      image: { src: 'https://x.de/a.jpg' },
    });
    expect(wire.events[1]).to.include({ start: '2026-12-11', end: '2026-12-13', allDay: true });
    expect(wire.events[2]).to.deep.equal({
      id: 'c',
      title: 'Ein Tag',
      start: '2026-03-29',
      allDay: true,
      city: 'sonneberg',
    });
  });
});
