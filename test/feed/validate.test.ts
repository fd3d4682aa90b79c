import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { loadOpeningHoursReader } from '../../src/feed/opening-hours-reader.js';
import { parseSonnecJson } from '../../src/feed/sources/sonnec-json.js';
import { validateFeed } from '../../src/feed/validate.js';

const good = await (await fetch('/test/fixtures/feed-good.json')).text();

describe('validateFeed', () => {
  // First: no test of this page has loaded the opening-hours reader yet.
  it('reads opening hours once their reader is loaded (pages without them never load it)', async () => {
    const raw = {
      version: 1,
      places: [
        {
          id: 'm',
          name: 'Museum',
          city: 'neustadt',
          lat: 50.3,
          lon: 11.1,
          openingHours: { regular: [{ dayOfWeek: 'Sunday', opens: '10:00', closes: '17:00' }] },
        },
      ],
    };
    const before = validateFeed(raw);
    expect(before.places[0]!.openingHours).to.equal(undefined);
    expect(before.dropped.map((d) => d.reason)).to.deep.equal([
      'openingHours: not read (loadOpeningHoursReader() was not awaited)',
    ]);
    await loadOpeningHoursReader();
    const after = validateFeed(raw);
    expect(after.dropped).to.deep.equal([]);
    expect(after.places[0]!.openingHours!.weekly).to.deep.equal([
      { days: [0], opens: 600, closes: 1020 },
    ]);
  });

  it('reads a good feed completely, with nothing dropped', () => {
    const feed = parseSonnecJson(good);
    expect(feed.version).to.equal(1);
    expect(feed.dropped).to.deep.equal([]);
    expect(feed.events).to.have.length(3);
    expect(feed.news).to.have.length(1);
    expect(feed.places).to.have.length(2);
    expect(feed.downloads).to.have.length(5);
    expect(feed.cities.map((c) => c.id)).to.deep.equal(['sonneberg', 'neustadt']);
  });

  it('normalizes times, all-day ranges, recurrence and language maps', () => {
    const feed = parseSonnecJson(good);
    const [market, observation, fasching] = feed.events;
    expect(market!.start).to.equal(Date.parse('2026-12-04T15:00:00Z'));
    expect(market!.title).to.deep.equal({
      de: 'Weihnachtsmarkt Sonneberg',
      en: 'Sonneberg Christmas market',
    });
    expect(observation!.rrule).to.equal('FREQ=MONTHLY;BYDAY=1FR');
    expect(observation!.start).to.equal(Date.parse('2026-12-05T18:00:00Z'));
    expect(fasching!.allDay).to.be.true;
    // The feed's end (9 February) is inclusive; the model's end is the midnight after it.
    expect(fasching!.end).to.equal(Date.parse('2027-02-09T23:00:00Z'));
  });

  it('drops bad items with a reason and keeps the good ones (partial feed)', () => {
    const feed = validateFeed({
      version: 1,
      events: [
        { id: 'a', title: 'Gut', start: '2026-12-01T10:00', city: 'sonneberg' },
        { id: 'b', title: 'Ohne Start', city: 'sonneberg' },
        { id: 'c', title: 'Falsche Stadt', start: '2026-12-01', city: 'coburg' },
        { title: 'Ohne ID', start: '2026-12-01', city: 'neustadt' },
        'kein Objekt',
        { id: 'a', title: 'Doppelt', start: '2026-12-01', city: 'neustadt' },
      ],
      downloads: [{ id: 'd', title: 'Ohne URL', mediaType: 'application/pdf' }],
      places: 'keine Liste',
    });
    expect(feed.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(feed.dropped.map((d) => `${d.section}:${d.index}:${d.reason}`)).to.deep.equal([
      'events:1:missing or malformed start',
      'events:2:missing or unknown city',
      'events:3:missing id',
      'events:4:not an object',
      'events:5:duplicate id',
      'places:-1:"places" is not a list',
      'downloads:0:missing or unsafe url',
    ]);
  });

  it('keeps unknown fields out of the model and reads a newer version as far as it can', () => {
    const feed = validateFeed({
      version: 3,
      futureSection: [1, 2],
      downloads: [
        { id: 'x', title: 'T', url: 'a.pdf', mediaType: 'application/pdf', colour: 'red' },
      ],
    });
    expect(feed.version).to.equal(3);
    expect(feed.downloads[0]).to.not.have.property('colour');
  });

  it('strips unsafe URLs from hostile items but keeps their text as text', () => {
    const feed = validateFeed({
      version: 1,
      events: [
        {
          id: 'x',
          title: '<img src=x onerror=alert(1)>',
          start: '2026-12-01T10:00',
          city: 'both',
          url: 'javascript:alert(1)',
          image: { src: 'javascript:alert(1)', alt: 'x' },
          location: { name: 'Ort', lat: 'NaN', lon: 500 },
        },
      ],
      downloads: [
        { id: 'd', title: 'T', url: 'data:text/html,<script>1</script>', mediaType: 'text/html' },
      ],
    });
    const [event] = feed.events;
    expect(event!.title).to.equal('<img src=x onerror=alert(1)>');
    expect(event!.url).to.equal(undefined);
    expect(event!.image).to.equal(undefined);
    expect(event!.location).to.deep.equal({ name: 'Ort' });
    expect(feed.downloads).to.have.length(0);
  });

  it('keeps a clean language map of the feed as it is, and cleans one that needs it', () => {
    // Ten maps an event: copying each one made most of the garbage of a 10,000-event feed.
    const clean = { de: 'Konzert', en: 'Concert' };
    const messy = { de: ' Konzert ', en: '', 'x-1!': 'nein', 'de-AT': 'Konzert' };
    const feed = validateFeed({
      version: 1,
      events: [
        { id: 'a', title: clean, start: '2026-12-01', city: 'sonneberg' },
        { id: 'b', title: messy, start: '2026-12-01', city: 'sonneberg' },
        { id: 'c', title: { xx: ' ', '': 'x' }, start: '2026-12-01', city: 'sonneberg' },
      ],
    });
    expect(feed.events[0]!.title).to.equal(clean);
    expect(feed.events[1]!.title).to.deep.equal({ de: 'Konzert', 'de-AT': 'Konzert' });
    expect(feed.events.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(feed.dropped.map((d) => d.reason)).to.deep.equal(['missing title']);
  });

  it('trims every kind of white space from texts and caps a long one at 5,000 characters', () => {
    const long = `Markt${'x'.repeat(6000)}`;
    const feed = validateFeed({
      version: 1,
      events: [
        { id: 'a', title: '\u00a0Markt\u2028', start: '2026-12-01', city: 'sonneberg' },
        { id: 'b', title: '\ufeffMarkt\u3000', start: '2026-12-01', city: 'sonneberg' },
        { id: 'c', title: long, start: '2026-12-01', city: 'sonneberg', summary: '\t ' },
      ],
    });
    expect(feed.events.map((e) => e.title)).to.deep.equal(['Markt', 'Markt', long.slice(0, 5000)]);
    expect(feed.events[2]!.summary).to.equal(undefined);
  });

  it('keeps a clean category list, and cleans, caps or makes one where needed', () => {
    const clean = ['Markt', { de: 'Natur', en: 'Nature' }];
    const many = Array.from({ length: 25 }, (_, i) => `K${i}`);
    const event = (id: string, categories: unknown) => ({
      id,
      title: 'Markt',
      start: '2026-12-01',
      city: 'sonneberg',
      categories,
    });
    const feed = validateFeed({
      version: 1,
      events: [
        event('clean', clean),
        event('messy', ['  Markt ', '', 5, { de: ' Natur ', en: 'Nature' }, null]),
        event('many', many),
        event('one', ' Markt '),
        event('none', undefined),
        event('empty', []),
      ],
    });
    const lists = feed.events.map((e) => e.categories);
    expect(lists[0]).to.deep.equal(clean);
    expect(lists[1]).to.deep.equal(['Markt', '5', { de: 'Natur', en: 'Nature' }]);
    expect(lists[2]).to.deep.equal(many.slice(0, 20));
    expect(lists[3]).to.deep.equal(['Markt']);
    expect(lists[4]).to.deep.equal([]);
    expect(lists[5]).to.deep.equal([]);
  });

  it('refuses values that are not a feed with a typed error', () => {
    for (const bad of [null, 42, 'text', [], {}, { version: 'eins' }, { version: -1 }]) {
      expect(() => validateFeed(bad), JSON.stringify(bad)).to.throw(FeedError);
    }
    try {
      parseSonnecJson('{"version": 1, "events": [');
      expect.fail('no error');
    } catch (error) {
      expect((error as FeedError).kind).to.equal('parse');
    }
  });
});

describe('validateFeed: calendars to subscribe to', () => {
  it('keeps calendars with an id, a web or relative address and a title; drops the others with the reason', () => {
    const feed = validateFeed({
      version: 1,
      calendars: [
        { id: 'all', url: 'kalender/alle.ics', title: { de: 'Alle', en: 'All' } },
        { id: 'nec', url: 'https://x.example/nec.ics', title: 'Neustadt', city: 'neustadt' },
        { id: 'markt', url: 'markt.ics', title: 'Markt', category: ' Markt ' },
        { id: 'js', url: 'javascript:alert(1)', title: 'Böse' },
        { id: 'mail', url: 'mailto:a@b.example', title: 'Post' },
        { id: 'both', url: 'b.ics', title: 'Beide', city: 'both' },
        { url: 'x.ics', title: 'Ohne id' },
      ],
    });
    expect(feed.calendars).to.deep.equal([
      { id: 'all', url: 'kalender/alle.ics', title: { de: 'Alle', en: 'All' } },
      { id: 'nec', url: 'https://x.example/nec.ics', title: 'Neustadt', city: 'neustadt' },
      { id: 'markt', url: 'markt.ics', title: 'Markt', category: 'markt' },
    ]);
    expect(feed.dropped.map((d) => `${d.section}[${d.index}] ${d.reason}`)).to.deep.equal([
      'calendars[3] missing id, url or title',
      'calendars[4] missing id, url or title',
      'calendars[5] unknown city',
      'calendars[6] missing id, url or title',
    ]);
    expect(validateFeed({ version: 1, events: [] }).calendars).to.equal(undefined);
  });
});

describe('validateFeed: event status', () => {
  const event = (id: string, status: unknown) => ({
    id,
    title: 'Konzert',
    start: '2026-12-06T19:00',
    city: 'sonneberg',
    status,
  });

  it('keeps the four statuses; drops an unknown one with a note and keeps its event', () => {
    const feed = validateFeed({
      version: 1,
      events: [
        event('a', 'cancelled'),
        event('b', 'postponed'),
        event('c', 'rescheduled'),
        event('d', 'moved-online'),
        event('e', 'scheduled'),
        event('f', 'abgesagt'),
      ],
    });
    expect(feed.events.map((e) => [e.id, e.status])).to.deep.equal([
      ['a', 'cancelled'],
      ['b', 'postponed'],
      ['c', 'rescheduled'],
      ['d', 'moved-online'],
      ['e', undefined],
      ['f', undefined],
    ]);
    expect(feed.dropped).to.deep.equal([
      {
        section: 'events',
        index: 5,
        id: 'f',
        reason: 'unknown status "abgesagt" left out',
      },
    ]);
  });
});
