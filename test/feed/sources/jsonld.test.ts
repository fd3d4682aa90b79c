import { expect } from '@open-wc/testing';
import { parseSource } from '../../../src/feed/sources/index.js';
import { indexJsonLd } from '../../../src/feed/sources/jsonld-graph.js';
import { openingHoursFromJsonLd, parseJsonLd } from '../../../src/feed/sources/jsonld.js';
import type { Feed } from '../../../src/feed/types.js';
import { loadOpeningHoursReader } from '../../../src/feed/opening-hours-reader.js';

const fixture = (name: string) =>
  fetch(`/test/fixtures/sources/${name}`).then((response) => response.text());

describe('JSON-LD adapter: a ThüCAT graph (town, attractions, events)', () => {
  let feed: Feed;
  before(async () => {
    feed = await parseSource(await fixture('thuecat-sonneberg.jsonld'));
  });

  it('is detected by its @context and schema: keys', () => {
    expect(feed.events.length).to.equal(4);
    expect(feed.places.length).to.equal(2);
  });

  it('keeps the cancelled concert, marked cancelled', () => {
    const concert = feed.events.find((e) => e.id.endsWith('e-konzert-abgesagt'))!;
    expect(concert.status).to.equal('cancelled');
    expect(feed.events.filter((e) => e.status).map((e) => e.id)).to.deep.equal([concert.id]);
  });

  it('maps the town to its centre and an attraction with typed coordinates', () => {
    expect(feed.places.map((p) => [p.id, p.kind, p.city, p.lat, p.lon])).to.deep.equal([
      ['https://thuecat.org/resources/t-sonneberg', 'town-centre', 'sonneberg', 50.3575, 11.1756],
      ['https://thuecat.org/resources/a-sternwarte', 'observatory', 'sonneberg', 50.3774, 11.1898],
    ]);
    expect(feed.places[1]).to.deep.include({
      name: { de: 'Sternwarte Sonneberg', en: 'Sonneberg Observatory' },
      summary: {
        de: '1925 von Cuno Hoffmeister gegründet, auf dem Erbisbühl.',
        en: 'Founded in 1925 by Cuno Hoffmeister, on the Erbisbühl.',
      },
      address: 'Sternwartestraße 32, 96515 Sonneberg',
      url: 'https://www.sternwarte-sonneberg.de/',
      image: {
        src: 'https://images.thuecat.org/sternwarte_kuppeln.jpg',
        alt: { de: 'Die Kuppeln der Sternwarte', en: "The observatory's domes" },
        credit: 'Sternwarte Sonneberg e. V. · CC BY-SA 4.0',
      },
    });
  });

  it('maps an event field by field, its place by reference', () => {
    expect(feed.events[0]).to.deep.equal({
      id: 'https://thuecat.org/resources/e-fuehrung-sternwarte',
      title: { de: 'Öffentliche Führung in der Sternwarte', en: 'Public tour of the observatory' },
      start: Date.parse('2026-12-11T18:00:00Z'),
      end: Date.parse('2026-12-11T20:00:00Z'),
      allDay: false,
      city: 'sonneberg',
      categories: [],
      // Untrusted HTML, kept as the source wrote it: sanitized when shown, like every feed's.
      description: '<p>Teleskope und das Plattenarchiv.</p><script>alert(1)</script>',
      location: {
        name: { de: 'Sternwarte Sonneberg', en: 'Sonneberg Observatory' },
        address: 'Sternwartestraße 32, 96515 Sonneberg',
        lat: 50.3774,
        lon: 11.1898,
        placeId: 'https://thuecat.org/resources/a-sternwarte',
      },
      url: 'https://www.sternwarte-sonneberg.de/fuehrungen',
      image: {
        src: 'https://images.thuecat.org/sternwarte_kuppeln.jpg',
        alt: { de: 'Die Kuppeln der Sternwarte', en: "The observatory's domes" },
        credit: 'Sternwarte Sonneberg e. V. · CC BY-SA 4.0',
      },
      organizer: 'Sternwarte Sonneberg e. V.',
      price: { de: 'Erwachsene: 6 €, ermäßigt: 3,50 €', en: 'Adults: €6, reduced: €3.50' },
      exdates: [],
    });
  });

  it('reads an exhibition over months as all-day days, free, at a place without coordinates', () => {
    // The museum is no place of the feed (no coordinates): the location names no placeId.
    const show = feed.events[1]!;
    expect(show).to.deep.include({
      allDay: true,
      city: 'sonneberg',
      categories: [{ de: 'Ausstellung', en: 'Exhibition' }],
      price: { de: 'Eintritt frei', en: 'Free admission' },
      location: {
        name: { de: 'Deutsches Spielzeugmuseum', en: 'German Toy Museum' },
        address: 'Beethovenstraße 10, 96515 Sonneberg',
      },
    });
    expect(new Date(show.start).toISOString()).to.equal('2026-11-30T23:00:00.000Z');
    // The inclusive last day, 31 March, ends at midnight after it (CEST by then).
    expect(new Date(show.end!).toISOString()).to.equal('2027-03-31T22:00:00.000Z');
  });

  it('tags a plain-string name with the event’s inLanguage and ends it after its duration', () => {
    expect(feed.events[2]).to.deep.include({
      title: { en: 'Stargazing evening in English' },
      start: Date.parse('2026-12-18T18:30:00Z'),
      end: Date.parse('2026-12-18T20:30:00Z'),
    });
  });

  it('lists what it left out, with the reason and the node’s @id', () => {
    expect(feed.dropped.map((d) => [d.section, d.id, d.reason])).to.deep.equal([
      [
        'places',
        'https://thuecat.org/resources/a-spielzeugmuseum',
        'no coordinates (geo with latitude and longitude)',
      ],
      ['events', 'https://thuecat.org/resources/e-ohne-datum', 'missing startDate'],
    ]);
  });

  it('gives a place the opening hours of its openingHoursSpecification', () => {
    const observatory = feed.places.find((p) => p.kind === 'observatory')!;
    expect(observatory.openingHours?.weekly).to.deep.equal([
      {
        days: [5, 6],
        opens: 19 * 60,
        closes: 22 * 60,
        validFrom: '2026-01-01',
        validThrough: '2026-12-31',
      },
    ]);
  });

  it('keeps opening hours as plain objects for the places model', async () => {
    const graph = indexJsonLd([JSON.parse(await fixture('thuecat-sonneberg.jsonld'))]);
    const museum = graph.byId.get('https://thuecat.org/resources/a-spielzeugmuseum')!;
    expect(openingHoursFromJsonLd(graph, museum)).to.deep.equal([
      {
        dayOfWeek: ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
        opens: '10:00:00',
        closes: '17:00:00',
      },
    ]);
    const observatory = graph.byId.get('https://thuecat.org/resources/a-sternwarte')!;
    expect(openingHoursFromJsonLd(graph, observatory)).to.deep.equal([
      {
        dayOfWeek: ['Friday', 'Saturday'],
        opens: '19:00:00',
        closes: '22:00:00',
        validFrom: '2026-01-01',
        validThrough: '2026-12-31',
      },
    ]);
  });
});

describe('JSON-LD adapter: a BayernCloud API v4 answer (@graph, plain keys)', () => {
  let feed: Feed;
  let text: string;
  before(async () => {
    text = await fixture('bayerncloud-neustadt.json');
    // Opening hours are read once their reader is loaded (parseSource does that for a source
    // that mentions them; this test calls the adapter directly).
    await loadOpeningHoursReader();
    feed = parseJsonLd(text);
  });

  it('is detected from its shape although served as application/json', async () => {
    const detected = await parseSource(text, { contentType: 'application/json' });
    expect(detected.events.length).to.equal(3);
  });

  it('maps the museum with its address, credit and Neustadt from the postal code', () => {
    expect(feed.places).to.deep.equal([
      {
        id: 'https://data.bayerncloud.digital/api/v4/things/6a8d2c1e-museum-spielzeugindustrie/',
        name: 'Museum der Deutschen Spielzeugindustrie',
        kind: 'museum',
        city: 'neustadt',
        lat: 50.3229,
        lon: 11.121,
        summary:
          'Seit 1930 eine Sammlung von Trachtenpuppen: etwa 800 Puppen aus rund 100 Ländern.',
        address: 'Hindenburgplatz 1, 96465 Neustadt b. Coburg',
        url: 'https://www.spielzeugmuseum-neustadt.de/',
        image: {
          src: 'https://data.bayerncloud.digital/assets/trachtenpuppen.jpg',
          alt: 'Trachtenpuppen aus aller Welt',
          credit: 'Museum der Deutschen Spielzeugindustrie · CC BY 4.0',
        },
        openingHours: {
          weekly: [
            {
              days: [0, 2, 3, 4, 5, 6],
              opens: 600,
              closes: 1020,
              validFrom: '2026-01-01',
              validThrough: '2026-12-31',
            },
          ],
          special: [],
          publicHolidays: 'closed',
        },
      },
    ]);
  });

  it('keeps opening hours with day URLs and validity as plain objects', () => {
    const graph = indexJsonLd([JSON.parse(text)]);
    const museum = graph.top[0]!;
    expect(openingHoursFromJsonLd(graph, museum)).to.deep.equal([
      {
        dayOfWeek: ['Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
        opens: '10:00',
        closes: '17:00',
        validFrom: '2026-01-01',
        validThrough: '2026-12-31',
      },
    ]);
  });

  it('turns a weekly schedule into a rule from the first Saturday, with UNTIL and an exdate', () => {
    const tour = feed.events.find((e) => e.id.endsWith('e-kostuempuppen-fuehrung/'))!;
    expect(tour).to.deep.include({
      title: 'Führung: Kostümpuppen aus aller Welt',
      city: 'neustadt',
      // 1 May 2026 is a Friday: the series starts on the first Saturday, not on a day it skips.
      start: Date.parse('2026-05-02T08:00:00Z'),
      end: Date.parse('2026-05-02T09:00:00Z'),
      rrule: 'FREQ=WEEKLY;UNTIL=20261031;BYDAY=SA',
      exdates: [Date.parse('2026-08-14T22:00:00Z')],
      organizer: 'Museum der Deutschen Spielzeugindustrie',
      price: { de: '4 € (zzgl. Museumseintritt)', en: '€4 (zzgl. Museumseintritt)' },
      description:
        '<p>Eine Stunde durch die Trachtenpuppen-Sammlung.</p><p>Treffpunkt an der Kasse.</p>',
    });
  });

  it('reads byMonthWeek with byDay as an ordinal weekday, and repeatCount as COUNT', () => {
    const doctor = feed.events.find((e) => e.id.endsWith('e-puppendoktor/'))!;
    expect(doctor).to.deep.include({
      start: Date.parse('2027-01-06T13:00:00Z'),
      end: Date.parse('2027-01-06T16:00:00Z'),
      rrule: 'FREQ=MONTHLY;COUNT=6;BYDAY=1WE',
      categories: [{ de: 'Familie', en: 'Family' }],
    });
  });

  it('reads an inline place named by its locality, and a price of 0 as free', () => {
    const concert = feed.events.find((e) => e.id.endsWith('e-sommerkonzert/'))!;
    expect(concert).to.deep.include({
      city: 'neustadt',
      price: { de: 'Eintritt frei', en: 'Free admission' },
      location: {
        name: 'Marktplatz',
        address: 'Marktplatz, Neustadt b. Coburg',
        lat: 50.3274,
        lon: 11.1241,
      },
    });
    expect(feed.dropped).to.deep.equal([]);
  });
});
