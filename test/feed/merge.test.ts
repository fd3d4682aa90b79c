import { expect } from '@open-wc/testing';
import { mergeFeeds, normalize } from '../../src/feed/merge.js';
import type { Feed } from '../../src/feed/types.js';
import { validateFeed } from '../../src/feed/validate.js';

function feed(raw: Record<string, unknown>): Feed {
  return validateFeed({ version: 1, ...raw });
}

const sonneberg = feed({
  title: 'Sonneberg',
  updated: '2026-03-01T10:00:00+01:00',
  cities: [{ id: 'sonneberg', name: 'Sonneberg' }],
  events: [
    {
      id: 'sf-440',
      title: 'Grenzgängerfest an der Gebrannten Brücke',
      start: '2026-06-13T11:00:00+02:00',
      city: 'sonneberg',
      categories: ['Fest'],
    },
    { id: 'event-12', title: 'Stadtführung', start: '2026-05-02T10:00', city: 'sonneberg' },
    {
      id: 'shared-uid@google.com',
      title: 'SON.NEC Stammtisch',
      start: '2026-05-05T19:00',
      city: 'sonneberg',
    },
  ],
  news: [
    { id: 'news-12', title: 'Neue Kita eröffnet', date: '2026-03-02T09:00', city: 'sonneberg' },
    { id: 'pm-7', title: 'ILREK beschlossen!', date: '2026-03-27T10:00', city: 'sonneberg' },
  ],
  dropped: [],
});

const neustadt = feed({
  title: 'Neustadt',
  updated: '2026-03-05T10:00:00+01:00',
  cities: [
    { id: 'neustadt', name: 'Neustadt b. Coburg' },
    { id: 'sonneberg', name: 'Nicht diese' },
  ],
  events: [
    {
      id: 'tec-1299',
      title: 'Grenzgängerfest an der  Gebrannten Brücke',
      start: '2026-06-13T09:00:00Z',
      city: 'neustadt',
      categories: ['Fest', 'SON.NEC'],
      url: 'https://www.neustadt-bei-coburg.de/grenzgaengerfest',
    },
    { id: 'event-12', title: 'Puppenmuseum: Führung', start: '2026-05-02T14:00', city: 'neustadt' },
    {
      id: 'shared-uid@google.com',
      title: 'SON.NEC Stammtisch',
      start: '2026-05-05T19:00',
      city: 'neustadt',
    },
  ],
  news: [
    { id: 'news-12', title: 'Winterdienst beginnt', date: '2026-11-02T09:00', city: 'neustadt' },
    { id: 'wp-99', title: 'ILREK beschlossen', date: '2026-03-27T16:00', city: 'neustadt' },
  ],
  places: [{ id: 'x', name: 'Ort', city: 'neustadt', lat: 50.3, lon: 11.1 }, { id: 'bad' }],
});

describe('mergeFeeds', () => {
  const merged = mergeFeeds([sonneberg, neustadt], ['sonneberg.ics', 'neustadt.ics']);

  it('shows an event both cities list once, for both, with what each knew', () => {
    const fest = merged.events.filter((e) => normalize(e.title).startsWith('grenzgängerfest'));
    expect(fest).to.have.length(1);
    expect(fest[0]).to.deep.include({
      id: 'sf-440',
      city: 'both',
      categories: ['Fest', 'SON.NEC'],
      url: 'https://www.neustadt-bei-coburg.de/grenzgaengerfest',
    });
  });

  it('merges the same UID from both cities into one item for both', () => {
    const stammtisch = merged.events.filter((e) => e.id === 'shared-uid@google.com');
    expect(stammtisch.map((e) => e.city)).to.deep.equal(['both']);
  });

  it('keeps two different items that share an id, the later with a stable suffix', () => {
    expect(merged.events.map((e) => e.id)).to.deep.equal([
      'sf-440',
      'event-12',
      'shared-uid@google.com',
      'event-12~2',
    ]);
    expect(merged.events[3]!.title).to.equal('Puppenmuseum: Führung');
    expect(merged.news.map((n) => n.id)).to.deep.equal(['news-12', 'pm-7', 'news-12~2']);
  });

  it('treats news with the same title on the same Berlin day from both cities as one', () => {
    expect(merged.news.find((n) => n.id === 'pm-7')!.city).to.equal('both');
  });

  it('keeps the first city entry, the first title and the latest update', () => {
    expect(merged.cities.map((c) => [c.id, c.name])).to.deep.equal([
      ['sonneberg', 'Sonneberg'],
      ['neustadt', 'Neustadt b. Coburg'],
    ]);
    expect(merged.title).to.equal('Sonneberg');
    expect(merged.updated).to.equal(Date.parse('2026-03-05T09:00:00Z'));
  });

  it('keeps the dropped lists, each entry with its source', () => {
    expect(merged.dropped).to.deep.equal([
      { section: 'places', index: 1, id: 'bad', reason: 'missing name', source: 'neustadt.ics' },
    ]);
  });

  it('returns a single feed as it is', () => {
    expect(mergeFeeds([sonneberg])).to.equal(sonneberg);
  });

  it('does not merge same-titled events of one city (two tours at the same time are two)', () => {
    const one = feed({
      events: [{ id: 'a', title: 'Führung', start: '2026-05-02T14:00', city: 'sonneberg' }],
    });
    const two = feed({
      events: [{ id: 'b', title: 'Führung', start: '2026-05-02T14:00', city: 'sonneberg' }],
    });
    expect(mergeFeeds([one, two]).events.map((e) => e.id)).to.deep.equal(['a', 'b']);
  });
});
