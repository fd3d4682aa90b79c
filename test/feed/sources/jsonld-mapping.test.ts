// One table per mapping of the JSON-LD adapter: what a platform writes → what the widgets get.
import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { detectFormat } from '../../../src/feed/sources/detect-format.js';
import { parseSource } from '../../../src/feed/sources/index.js';
import { MAX_NODES } from '../../../src/feed/sources/jsonld-graph.js';
import { jsonLdToWire, parseJsonLd, readJsonLd } from '../../../src/feed/sources/jsonld.js';
import type { AdapterOptions } from '../../../src/feed/sources/wire.js';

type Node = Record<string, unknown>;
const doc = (...nodes: Node[]) => ({ '@context': 'https://schema.org/', '@graph': nodes });
const feedOf = (nodes: Node[], options: AdapterOptions = {}) =>
  readJsonLd([doc(...nodes)], options);
const EVENT = {
  '@id': 'e1',
  '@type': 'Event',
  name: 'Markt',
  startDate: '2026-12-05T08:00:00+01:00',
};
const eventOf = (extra: Node, more: Node[] = []) =>
  feedOf([{ ...EVENT, ...extra }, ...more]).events[0];
const wireOf = (extra: Node) =>
  jsonLdToWire([doc({ ...EVENT, ...extra })], {}).wire.events as Node[];
const PLACE = {
  '@id': 'p1',
  '@type': 'Place',
  name: 'Sternwarte',
  geo: { '@type': 'GeoCoordinates', latitude: 50.3774, longitude: 11.1898 },
};
const placeOf = (extra: Node, options: AdapterOptions = {}) =>
  feedOf([{ ...PLACE, ...extra }], options).places[0];
const utc = (iso: string) => Date.parse(iso);

describe('JSON-LD mapping', () => {
  describe('detection', () => {
    const cases: [string, string, string | undefined][] = [
      ['{"version":1}', 'application/ld+json; charset=utf-8', 'jsonld'],
      ['{"@context":"https://schema.org","@type":"Event"}', 'application/json', 'jsonld'],
      ['{"@context":{"schema":"http://schema.org/"},"@graph":[]}', '', 'jsonld'],
      ['[{"@context":"https://schema.org/","@type":"Place"}]', 'text/plain', 'jsonld'],
      ['{"@graph":[{"@type":"schema:Event"}]}', '', 'jsonld'],
      ['{"version":1,"events":[{"url":"https://schema.org/"}]}', '', 'sonnec'],
      ['{"type":"FeatureCollection","@context":"https://schema.org/"}', '', 'geojson'],
      ['[1, 2]', 'application/json', 'sonnec'],
      ['[1, 2]', '', undefined],
    ];
    for (const [text, type, format] of cases) {
      it(`${text.slice(0, 48)} (${type || 'no type'}) → ${format}`, () => {
        expect(detectFormat(text, type)).to.equal(format);
      });
    }
  });

  describe('keys and values', () => {
    const cases: [string, Node, unknown][] = [
      ['plain key', { name: 'Markt' }, 'Markt'],
      ['schema: prefix', { 'schema:name': 'Markt' }, 'Markt'],
      ['https IRI', { 'https://schema.org/name': 'Markt' }, 'Markt'],
      ['http IRI', { 'http://schema.org/name': 'Markt' }, 'Markt'],
      ['typed value', { name: { '@type': 'schema:Text', '@value': 'Markt' } }, 'Markt'],
      [
        'language array',
        {
          name: [
            { '@language': 'de', '@value': 'Markt' },
            { '@language': 'en', '@value': 'Market' },
          ],
        },
        { de: 'Markt', en: 'Market' },
      ],
      ['German alone is plain', { name: { '@language': 'de-DE', '@value': 'Markt' } }, 'Markt'],
      ['English alone', { name: { '@language': 'en', '@value': 'Market' } }, { en: 'Market' }],
      ['HTML in a name', { name: '<b>Markt</b> &amp; Musik' }, 'Markt & Musik'],
      ['inLanguage tags a plain name', { name: 'Market', inLanguage: 'en-GB' }, { en: 'Market' }],
      [
        'inLanguage as a Language node',
        {
          name: 'Market',
          inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en' },
        },
        { en: 'Market' },
      ],
      ['inLanguage de keeps it plain', { name: 'Markt', inLanguage: 'de' }, 'Markt'],
    ];
    for (const [label, node, title] of cases) {
      it(label, () => {
        const { name: _name, ...rest } = EVENT;
        void _name;
        const feed = feedOf([{ ...rest, ...node }]);
        expect(feed.events[0]?.title).to.deep.equal(title);
      });
    }

    it('reads keys of a prefix the context binds to schema.org', () => {
      const feed = readJsonLd([
        {
          '@context': { s: 'https://schema.org/' },
          '@type': 's:Event',
          '@id': 'x',
          's:name': 'Markt',
          's:startDate': '2026-12-05',
        },
      ]);
      expect(feed.events[0]).to.include({ id: 'x', title: 'Markt', allDay: true });
    });

    it('reads a single node and an array of nodes', () => {
      expect(
        parseJsonLd(JSON.stringify({ ...EVENT, '@context': 'https://schema.org' })).events,
      ).to.have.length(1);
      const two = [EVENT, { ...EVENT, '@id': 'e2' }];
      expect(parseJsonLd(JSON.stringify(two)).events.map((e) => e.id)).to.deep.equal(['e1', 'e2']);
    });
  });

  describe('references', () => {
    it('resolve inside the document, also to nodes defined after their use', () => {
      const e = eventOf({ location: { '@id': 'p1' }, organizer: { '@id': 'o1' } }, [
        PLACE,
        { '@id': 'o1', '@type': 'Organization', name: 'Verein' },
      ]);
      expect(e?.location).to.deep.equal({
        name: 'Sternwarte',
        lat: 50.3774,
        lon: 11.1898,
        placeId: 'p1',
      });
      expect(e?.organizer).to.equal('Verein');
    });

    it('leave an unknown reference out without failing the event', () => {
      const e = eventOf({ location: { '@id': 'https://elsewhere.example/p9' } });
      expect(e?.title).to.equal('Markt');
      expect(e?.location).to.equal(undefined);
    });

    it('end in a cyclic graph (a place containing itself, an event located at an event)', () => {
      const feed = feedOf([
        { ...PLACE, containsPlace: [{ '@id': 'p1' }], containedInPlace: { '@id': 'p1' } },
        { ...EVENT, location: { '@id': 'e1' }, subEvent: { '@id': 'e1' } },
      ]);
      expect(feed.places.map((p) => p.id)).to.deep.equal(['p1']);
      expect(feed.events.map((e) => e.id)).to.deep.equal(['e1']);
    });

    it('treat places embedded in containsPlace as items', () => {
      const feed = feedOf([
        {
          '@id': 'town',
          '@type': ['City'],
          name: 'Sonneberg',
          containsPlace: [{ ...PLACE, '@id': 'inner' }, { '@id': 'not-here' }],
        },
      ]);
      expect(feed.places.map((p) => p.id)).to.deep.equal(['inner']);
      expect(feed.dropped.map((d) => d.reason)).to.deep.equal([
        'no coordinates (geo with latitude and longitude)',
      ]);
    });
  });

  describe('event dates', () => {
    const cases: [string, Node, Record<string, unknown>][] = [
      [
        'offset',
        { startDate: '2026-12-05T08:00:00+01:00' },
        { start: utc('2026-12-05T07:00:00Z'), allDay: false },
      ],
      ['UTC', { startDate: '2026-12-05T07:00:00Z' }, { start: utc('2026-12-05T07:00:00Z') }],
      [
        'no offset: Berlin time',
        { startDate: '2026-07-05T08:00:00' },
        { start: utc('2026-07-05T06:00:00Z') },
      ],
      [
        'dates: all-day, inclusive end',
        { startDate: '2026-12-24', endDate: '2026-12-26' },
        { allDay: true, start: utc('2026-12-23T23:00:00Z'), end: utc('2026-12-26T23:00:00Z') },
      ],
      [
        'typed DateTime and end',
        {
          startDate: { '@type': 'schema:DateTime', '@value': '2026-12-05T08:00:00+01:00' },
          endDate: { '@type': 'schema:DateTime', '@value': '2026-12-05T13:00:00+01:00' },
        },
        { end: utc('2026-12-05T12:00:00Z') },
      ],
      ['duration', { duration: 'PT1H30M' }, { end: utc('2026-12-05T08:30:00Z') }],
    ];
    for (const [label, node, expected] of cases) {
      it(label, () => expect(eventOf(node)).to.deep.include(expected));
    }
  });

  describe('eventSchedule', () => {
    const schedule = (s: Node) =>
      wireOf({
        startDate: undefined,
        eventSchedule: { '@type': 'Schedule', startDate: '2026-12-05', startTime: '08:00', ...s },
      })[0];
    const cases: [string, Node, Record<string, unknown>][] = [
      [
        'P1W with a schema.org day URL',
        { repeatFrequency: 'P1W', byDay: 'https://schema.org/Saturday' },
        { rrule: 'FREQ=WEEKLY;BYDAY=SA', start: '2026-12-05T08:00:00+01:00' },
      ],
      [
        '"Weekly" with schema: days',
        { repeatFrequency: 'Weekly', byDay: ['schema:Tuesday', 'Thursday'] },
        { rrule: 'FREQ=WEEKLY;BYDAY=TU,TH' },
      ],
      [
        'day references',
        { repeatFrequency: 'P1W', byDay: [{ '@id': 'schema:Sunday' }] },
        { rrule: 'FREQ=WEEKLY;BYDAY=SU' },
      ],
      [
        'P2W',
        { repeatFrequency: 'P2W', byDay: 'SA' },
        { rrule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=SA' },
      ],
      ['P1D', { repeatFrequency: 'P1D' }, { rrule: 'FREQ=DAILY' }],
      [
        'P1M with byMonthDay',
        { repeatFrequency: 'P1M', byMonthDay: 15 },
        { rrule: 'FREQ=MONTHLY;BYMONTHDAY=15', start: '2026-12-15T08:00:00+01:00' },
      ],
      [
        'P1M, last Sunday',
        { repeatFrequency: 'P1M', byDay: 'Sunday', byMonthWeek: -1 },
        { rrule: 'FREQ=MONTHLY;BYDAY=-1SU', start: '2026-12-27T08:00:00+01:00' },
      ],
      [
        'P1Y with byMonth',
        { repeatFrequency: 'P1Y', byMonth: 12, byMonthDay: 6 },
        { rrule: 'FREQ=YEARLY;BYMONTHDAY=6;BYMONTH=12' },
      ],
      [
        'endDate → UNTIL (the whole day)',
        { repeatFrequency: 'P1W', endDate: '2027-03-27' },
        { rrule: 'FREQ=WEEKLY;UNTIL=20270327' },
      ],
      [
        'a date-time endDate → UNTIL in UTC',
        { repeatFrequency: 'P1W', endDate: '2027-03-27T08:00:00+01:00' },
        { rrule: 'FREQ=WEEKLY;UNTIL=20270327T070000Z' },
      ],
      [
        'repeatCount → COUNT',
        { repeatFrequency: 'P1D', repeatCount: 3 },
        { rrule: 'FREQ=DAILY;COUNT=3' },
      ],
      [
        'startTime and endTime',
        { repeatFrequency: 'P1W', endTime: '13:30:00' },
        { end: '2026-12-05T13:30:00+01:00' },
      ],
      [
        'an endTime after midnight',
        { repeatFrequency: 'P1W', startTime: '22:00', endTime: '02:00' },
        { end: '2026-12-06T02:00:00+01:00' },
      ],
      [
        'no startTime: all-day',
        { repeatFrequency: 'P1W', startTime: undefined },
        { start: '2026-12-05' },
      ],
      [
        'exceptDate → exdates',
        {
          repeatFrequency: 'P1W',
          exceptDate: ['2026-12-26', '2027-01-02T08:00:00', '2027-01-09T08:00:00+01:00'],
        },
        { exdates: ['2026-12-26', '2027-01-02T08:00:00+01:00', '2027-01-09T08:00:00+01:00'] },
      ],
      [
        'Europe/Berlin: no timeZone',
        { repeatFrequency: 'P1W', scheduleTimezone: 'Europe/Berlin' },
        { timeZone: undefined },
      ],
      [
        'another zone: wall time read in it, kept as timeZone',
        { repeatFrequency: 'P1W', scheduleTimezone: 'Europe/London' },
        { start: '2026-12-05T09:00:00+01:00', timeZone: 'Europe/London' },
      ],
    ];
    for (const [label, s, expected] of cases) {
      it(label, () => {
        const wire = schedule(s)!;
        for (const [key, value] of Object.entries(expected))
          expect(wire[key], key).to.deep.equal(value);
      });
    }

    it('takes the first day and time from the event and UNTIL from its endDate', () => {
      const [wire] = wireOf({
        startDate: '2026-12-03T19:00:00+01:00',
        endDate: '2027-02-25T21:00:00+01:00',
        eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1W', byDay: 'Thursday' },
      });
      expect(wire).to.include({
        start: '2026-12-03T19:00:00+01:00',
        rrule: 'FREQ=WEEKLY;UNTIL=20270225T200000Z;BYDAY=TH',
      });
    });

    it('reads the event’s start in UTC as Berlin wall time for the series', () => {
      const [wire] = wireOf({
        startDate: '2026-12-03T18:00:00Z',
        eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1W' },
      });
      expect(wire).to.include({ start: '2026-12-03T19:00:00+01:00', rrule: 'FREQ=WEEKLY' });
      // Late in the UTC evening is the next day in Berlin.
      const [late] = wireOf({
        startDate: '2026-12-03T23:30:00Z',
        eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1W' },
      });
      expect(late).to.include({ start: '2026-12-04T00:30:00+01:00' });
    });

    it('makes one event per schedule', () => {
      const feed = feedOf([
        {
          ...EVENT,
          eventSchedule: [
            { '@type': 'Schedule', repeatFrequency: 'P1W', byDay: 'Saturday', startTime: '08:00' },
            { '@type': 'Schedule', repeatFrequency: 'P1W', byDay: 'Wednesday', startTime: '14:00' },
          ],
        },
      ]);
      expect(feed.events.map((e) => [e.id, e.rrule])).to.deep.equal([
        ['e1', 'FREQ=WEEKLY;BYDAY=SA'],
        ['e1#2', 'FREQ=WEEKLY;BYDAY=WE'],
      ]);
    });

    const bad: [string, Node, string][] = [
      [
        'unknown frequency',
        { repeatFrequency: 'sometimes' },
        'eventSchedule without a readable repeatFrequency',
      ],
      [
        'unknown zone',
        { repeatFrequency: 'P1W', scheduleTimezone: 'Mars/Olympus' },
        'unknown scheduleTimezone "Mars/Olympus"',
      ],
      [
        'unknown day',
        { repeatFrequency: 'P1W', byDay: 'Caturday' },
        'eventSchedule with an unknown byDay',
      ],
    ];
    for (const [label, s, reason] of bad) {
      it(`drops ${label}`, () => {
        const feed = feedOf([{ ...EVENT, eventSchedule: { '@type': 'Schedule', ...s } }]);
        expect(feed.events).to.deep.equal([]);
        expect(feed.dropped.map((d) => d.reason)).to.deep.equal([reason]);
      });
    }
  });

  describe('location, city, organizer', () => {
    const address = (postalCode?: string, addressLocality?: string) => ({
      '@type': 'PostalAddress',
      streetAddress: 'Hauptstraße 1',
      ...(postalCode && { postalCode }),
      ...(addressLocality && { addressLocality }),
    });
    const cases: [string, Node, AdapterOptions, Record<string, unknown>][] = [
      [
        'a string',
        { location: 'Marktplatz' },
        {},
        { location: { name: 'Marktplatz' }, city: 'both' },
      ],
      [
        'a PostalAddress',
        { location: address('96515', 'Sonneberg') },
        {},
        { location: { name: 'Hauptstraße 1, 96515 Sonneberg' }, city: 'sonneberg' },
      ],
      [
        'postal code 96465',
        { location: { '@type': 'Place', name: 'Halle', address: address('96465') } },
        {},
        { city: 'neustadt' },
      ],
      [
        'the locality "Neustadt bei Coburg"',
        {
          location: {
            '@type': 'Place',
            name: 'Halle',
            address: address(undefined, 'Neustadt bei Coburg'),
          },
        },
        {},
        { city: 'neustadt' },
      ],
      [
        'another town: the source’s city',
        { location: { '@type': 'Place', name: 'Burg', address: address('96528', 'Schalkau') } },
        { city: 'sonneberg' },
        { city: 'sonneberg' },
      ],
      [
        'another town, no source city: both',
        { location: { '@type': 'Place', name: 'Burg', address: address('96528', 'Schalkau') } },
        {},
        { city: 'both' },
      ],
      [
        'a place named by its address only',
        { location: { '@type': 'Place', address: address('96515', 'Sonneberg') } },
        {},
        { location: { name: 'Hauptstraße 1, 96515 Sonneberg' } },
      ],
      [
        'organizer as a string',
        { organizer: 'Stadt Sonneberg' },
        {},
        { organizer: 'Stadt Sonneberg' },
      ],
      [
        'organizer as a Person',
        { organizer: { '@type': 'Person', name: 'Puppendoktor' } },
        {},
        { organizer: 'Puppendoktor' },
      ],
    ];
    for (const [label, node, options, expected] of cases) {
      it(label, () =>
        expect(feedOf([{ ...EVENT, ...node }], options).events[0]).to.deep.include(expected),
      );
    }
  });

  describe('offers → price', () => {
    const offer = (o: Node) => ({ '@type': 'Offer', ...o });
    const cases: [string, Node, unknown][] = [
      ['one price', { offers: offer({ price: 8, priceCurrency: 'EUR' }) }, { de: '8 €', en: '€8' }],
      ['cents, as text', { offers: offer({ price: '8.50' }) }, { de: '8,50 €', en: '€8.50' }],
      [
        'named offers',
        { offers: [offer({ name: 'Erwachsene', price: 8 }), offer({ name: 'Kinder', price: 0 })] },
        {
          de: 'Erwachsene: 8 €, Kinder: Eintritt frei',
          en: 'Erwachsene: €8, Kinder: Free admission',
        },
      ],
      ['another currency', { offers: offer({ price: 10, priceCurrency: 'CZK' }) }, '10 CZK'],
      [
        'a PriceSpecification',
        {
          offers: offer({
            priceSpecification: { '@type': 'PriceSpecification', price: 5, priceCurrency: 'EUR' },
          }),
        },
        { de: '5 €', en: '€5' },
      ],
      [
        'a description only',
        { offers: offer({ description: 'Spende erbeten' }) },
        'Spende erbeten',
      ],
      [
        'isAccessibleForFree',
        { isAccessibleForFree: true },
        { de: 'Eintritt frei', en: 'Free admission' },
      ],
      ['nothing', {}, undefined],
    ];
    for (const [label, node, price] of cases) {
      it(label, () => expect(eventOf(node)?.price).to.deep.equal(price));
    }
  });

  describe('image, url, description, categories', () => {
    const cases: [string, Node, Record<string, unknown>][] = [
      [
        'an image URL',
        { image: 'https://img.example/a.jpg' },
        { image: { src: 'https://img.example/a.jpg', alt: '' } },
      ],
      [
        'an ImageObject: caption, author, license',
        {
          image: {
            '@type': 'ImageObject',
            contentUrl: 'https://img.example/a.jpg',
            caption: 'Der Markt',
            author: { '@type': 'Person', name: 'Foto Müller' },
            license: 'https://creativecommons.org/licenses/by/4.0/deed.de',
          },
        },
        {
          image: {
            src: 'https://img.example/a.jpg',
            alt: 'Der Markt',
            credit: 'Foto Müller · CC BY 4.0',
          },
        },
      ],
      [
        'copyrightHolder, CC0, a file name is no alt',
        {
          image: {
            '@type': 'ImageObject',
            url: 'https://img.example/a.jpg',
            name: 'IMG_0815.JPG',
            copyrightHolder: 'Stadt Sonneberg',
            license: 'https://creativecommons.org/publicdomain/zero/1.0/',
          },
        },
        { image: { src: 'https://img.example/a.jpg', alt: '', credit: 'Stadt Sonneberg · CC0' } },
      ],
      [
        'a licence in words',
        {
          image: {
            '@type': 'ImageObject',
            contentUrl: 'https://img.example/a.jpg',
            license: 'Alle Rechte vorbehalten',
          },
        },
        { image: { src: 'https://img.example/a.jpg', alt: '', credit: 'Alle Rechte vorbehalten' } },
      ],
      ['a javascript: image is no image', { image: 'javascript:alert(1)' }, { image: undefined }],
      [
        'a typed url',
        { url: { '@type': 'schema:URL', '@value': 'https://www.sonneberg.de/markt' } },
        { url: 'https://www.sonneberg.de/markt' },
      ],
      [
        'plain text description → paragraphs',
        { description: 'Zeile eins\n\nZeile zwei' },
        { description: '<p>Zeile eins</p><p>Zeile zwei</p>' },
      ],
      [
        'German description of several',
        {
          description: [
            { '@language': 'en', '@value': 'Market' },
            { '@language': 'de', '@value': 'Wochenmarkt' },
          ],
        },
        { description: '<p>Wochenmarkt</p>' },
      ],
      [
        'disambiguatingDescription → summary',
        { disambiguatingDescription: 'Frisches vom Land' },
        { summary: 'Frisches vom Land' },
      ],
      [
        'MusicEvent → Musik',
        { '@type': ['Event', 'MusicEvent'] },
        { categories: [{ de: 'Musik', en: 'Music' }] },
      ],
      [
        'Festival → Kultur',
        { '@type': 'Festival' },
        { categories: [{ de: 'Kultur', en: 'Culture' }] },
      ],
      [
        'EventRescheduled is shown',
        { eventStatus: 'https://schema.org/EventRescheduled' },
        { title: 'Markt' },
      ],
    ];
    for (const [label, node, expected] of cases) {
      it(label, () => {
        const e = eventOf(node) as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(expected))
          expect(e[key], key).to.deep.equal(value);
      });
    }

    it('resolves a relative url against the source', () => {
      const feed = feedOf([{ ...EVENT, url: '/markt' }], {
        baseUrl: 'https://cdb.example/resources/1',
      });
      expect(feed.events[0]?.url).to.equal('https://cdb.example/markt');
    });
  });

  describe('places', () => {
    const kinds: [unknown, string][] = [
      ['Museum', 'museum'],
      [['Place', 'TouristAttraction'], 'sight'],
      ['LandmarksOrHistoricalBuildings', 'sight'],
      ['Park', 'nature'],
      ['TouristInformationCenter', 'info'],
      [['schema:Place', 'thuecat:Observatory'], 'observatory'],
      ['City', 'town-centre'],
      ['Place', 'place'],
    ];
    for (const [type, kind] of kinds) {
      it(`${JSON.stringify(type)} → ${kind}`, () =>
        expect(placeOf({ '@type': type })?.kind).to.equal(kind));
    }

    it('reads geo as typed strings and the address as one line, its city from it', () => {
      expect(
        placeOf({
          geo: {
            '@type': 'GeoCoordinates',
            latitude: { '@type': 'schema:Number', '@value': '50.3229' },
            longitude: '11.1210',
          },
          address: {
            '@type': 'PostalAddress',
            streetAddress: 'Hindenburgplatz 1',
            postalCode: '96465',
            addressLocality: 'Neustadt b. Coburg',
          },
        }),
      ).to.deep.include({
        lat: 50.3229,
        lon: 11.121,
        address: 'Hindenburgplatz 1, 96465 Neustadt b. Coburg',
        city: 'neustadt',
      });
    });

    it('takes the source’s city when the address names none of ours', () => {
      expect(placeOf({}, { city: 'neustadt' })?.city).to.equal('neustadt');
      expect(placeOf({})?.city).to.equal('both');
    });

    const dropped: [string, Node, string, string][] = [
      [
        'a place without geo',
        { '@type': 'Museum', '@id': 'm', name: 'Museum' },
        'places',
        'no coordinates (geo with latitude and longitude)',
      ],
      ['a place without name', { ...PLACE, name: undefined }, 'places', 'missing name'],
      [
        'a region',
        { '@type': 'AdministrativeArea', name: 'Landkreis' },
        'places',
        'a region (AdministrativeArea), no point on a map',
      ],
      [
        'an article',
        { '@type': 'Article', name: 'Bericht' },
        'nodes',
        'Article: neither an event nor a place',
      ],
      ['an event without name', { ...EVENT, name: undefined }, 'events', 'missing name'],
      [
        'an unreadable startDate',
        { ...EVENT, startDate: 'next Friday' },
        'events',
        'unreadable startDate "next Friday"',
      ],
    ];
    for (const [label, node, section, reason] of dropped) {
      it(`drops ${label}`, () => {
        const feed = feedOf([node]);
        expect(feed.events.length + feed.places.length).to.equal(0);
        expect(feed.dropped.map((d) => [d.section, d.reason])).to.deep.equal([[section, reason]]);
      });
    }

    // Shown as such, not left out: a visitor who planned to go must see it.
    const statuses: [unknown, string | undefined][] = [
      [{ '@id': 'schema:EventCancelled' }, 'cancelled'],
      ['https://schema.org/EventCancelled', 'cancelled'],
      ['http://schema.org/EventPostponed', 'postponed'],
      ['EventPostponed', 'postponed'],
      ['schema:EventRescheduled', 'rescheduled'],
      [{ '@id': 'https://schema.org/EventMovedOnline' }, 'moved-online'],
      ['https://schema.org/EventScheduled', undefined],
      ['constructor', undefined],
    ];
    for (const [eventStatus, status] of statuses) {
      it(`keeps an event with eventStatus ${JSON.stringify(eventStatus)} as ${status}`, () => {
        const feed = feedOf([{ ...EVENT, eventStatus }]);
        expect(feed.events.map((e) => [e.id, e.status])).to.deep.equal([['e1', status]]);
        expect(feed.dropped).to.deep.equal([]);
      });
    }

    it('reads supporting nodes silently', () => {
      const feed = feedOf([
        PLACE,
        { '@type': 'PostalAddress', streetAddress: 'x' },
        { '@type': 'Organization', name: 'y' },
      ]);
      expect(feed.dropped).to.deep.equal([]);
    });
  });

  describe('bounds and errors', () => {
    it('ignores nodes beyond the bound and says so', () => {
      const nodes = Array.from({ length: MAX_NODES + 10 }, (_, i) => ({
        '@type': 'Organization',
        name: `o${i}`,
      }));
      const feed = feedOf([PLACE, ...nodes]);
      expect(feed.places).to.have.length(1);
      expect(feed.dropped.map((d) => d.reason)).to.deep.equal([
        `more than ${MAX_NODES} nodes; the rest is ignored`,
      ]);
    });

    it('gives up on deep nesting without a stack overflow', () => {
      let deep: Node = { name: 'tief' };
      for (let i = 0; i < 10_000; i++) deep = { '@type': 'Place', containsPlace: deep };
      expect(() => feedOf([PLACE, deep])).not.to.throw();
    });

    const errors: [string, string, string][] = [
      ['not JSON', '{"@context": ', 'parse'],
      [
        'no node with @type',
        '{"@context":"https://schema.org/","@graph":[{"name":"x"}]}',
        'invalid',
      ],
      [
        'larger than 20 MB',
        `{"@context":"https://schema.org/","x":"${'a'.repeat(20_000_001)}"}`,
        'parse',
      ],
    ];
    for (const [label, text, kind] of errors) {
      it(`fails with a FeedError: ${label}`, async () => {
        const error = await parseSource(text, { format: 'jsonld' }).catch((e: unknown) => e);
        expect(error).to.be.instanceOf(FeedError);
        expect((error as FeedError).kind).to.equal(kind);
      });
    }
  });
});

describe('JSON-LD hostile keys', () => {
  it('a __proto__ key does not become the node’s prototype', () => {
    const text = `{"@context":"https://schema.org/","@graph":[{"@id":"e1","name":"Markt","__proto__":{"@type":"Event","startDate":"2026-12-05"}}]}`;
    const error = (() => {
      try {
        return parseJsonLd(text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).to.be.instanceOf(FeedError);
  });
});

describe('JSON-LD locations', () => {
  it('takes the first location that can be shown', () => {
    const feed = readJsonLd([
      {
        '@context': 'https://schema.org/',
        '@graph': [
          {
            '@id': 'e1',
            '@type': 'Event',
            name: 'Markt',
            startDate: '2026-12-05',
            location: [
              { '@id': 'https://elsewhere.example/p9' },
              { '@type': 'Place', name: 'Marktplatz' },
            ],
          },
        ],
      },
    ]);
    expect(feed.events[0]?.location).to.deep.equal({ name: 'Marktplatz' });
  });
});
