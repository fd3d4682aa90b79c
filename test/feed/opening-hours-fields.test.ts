import { expect } from '@open-wc/testing';
import { loadOpeningHoursReader } from '../../src/feed/opening-hours-reader.js';
import { toWire } from '../../src/feed/serialize.js';
import { readGeoJson } from '../../src/feed/sources/geojson.js';
import { validateFeed } from '../../src/feed/validate.js';

const place = (openingHours: unknown) => ({
  version: 1,
  places: [
    {
      id: 'museum',
      name: 'Museum',
      kind: 'museum',
      city: 'neustadt',
      lat: 50.3,
      lon: 11.1,
      openingHours,
    },
  ],
});

describe('openingHours in the feed', () => {
  before(() => loadOpeningHoursReader());

  it('reads weekly rules, seasons, special days and the holiday rule', () => {
    const feed = validateFeed(
      place({
        regular: [
          {
            dayOfWeek: ['Tuesday', 'https://schema.org/Wednesday', 'schema:Thursday'],
            opens: '10:00',
            closes: '17:00',
          },
          { dayOfWeek: 'Saturday', opens: '10:00', closes: '12:30' },
          { dayOfWeek: 'Saturday', opens: '14:00', closes: '18:00' },
          {
            dayOfWeek: 'Fr',
            opens: '20:00',
            closes: '02:00',
            validFrom: '2027-04-01',
            validThrough: '2027-10-31',
          },
        ],
        special: [
          { validFrom: '2027-12-24', validThrough: '2027-12-26', closed: true },
          { validFrom: '2027-12-31', opens: '10:00', closes: '14:00' },
          { validFrom: '2027-12-31', opens: '16:00', closes: '18:00' },
          { validFrom: '2028-01-01', opens: '00:00', closes: '00:00' },
        ],
        publicHolidays: 'sunday',
        note: { de: 'Letzter Einlass 16:30', en: 'Last admission 4:30 pm' },
      }),
    );
    expect(feed.dropped).to.deep.equal([]);
    const hours = feed.places[0]!.openingHours!;
    expect(hours.weekly).to.deep.equal([
      { days: [2, 3, 4], opens: 600, closes: 1020 },
      { days: [6], opens: 600, closes: 750 },
      { days: [6], opens: 840, closes: 1080 },
      { days: [5], opens: 1200, closes: 120, validFrom: '2027-04-01', validThrough: '2027-10-31' },
    ]);
    expect(hours.special).to.deep.equal([
      { validFrom: '2027-12-24', validThrough: '2027-12-26', spans: [] },
      {
        validFrom: '2027-12-31',
        validThrough: '2027-12-31',
        spans: [
          { opens: 600, closes: 840 },
          { opens: 960, closes: 1080 },
        ],
      },
      { validFrom: '2028-01-01', validThrough: '2028-01-01', spans: [] },
    ]);
    expect(hours.publicHolidays).to.equal('sunday');
    expect(hours.note).to.deep.equal({ de: 'Letzter Einlass 16:30', en: 'Last admission 4:30 pm' });
    // Written back and read again, it is the same model.
    expect(validateFeed(toWire(feed)).places[0]!.openingHours).to.deep.equal(hours);
  });

  it('drops bad rules with their reasons and keeps the place and its good rules', () => {
    const feed = validateFeed(
      place({
        regular: [
          { dayOfWeek: 'Tuesday', opens: '10:00', closes: '17:00' },
          { dayOfWeek: 'Dienstag', opens: '10:00', closes: '17:00' },
          { dayOfWeek: 'Monday', opens: '25:00', closes: '17:00' },
          {
            dayOfWeek: 'Monday',
            opens: '10:00',
            closes: '17:00',
            validFrom: '2027-05-01',
            validThrough: '2027-04-01',
          },
        ],
        special: [{ opens: '10:00', closes: '12:00' }],
        publicHolidays: 'maybe',
      }),
    );
    expect(feed.places).to.have.length(1);
    expect(feed.places[0]!.openingHours!.weekly).to.have.length(1);
    expect(feed.places[0]!.openingHours!.publicHolidays).to.equal('closed');
    expect(feed.dropped.map((d) => `${d.section} ${d.id}: ${d.reason}`)).to.deep.equal([
      'places museum: openingHours.regular[1]: bad or missing "dayOfWeek"',
      'places museum: openingHours.regular[2]: bad or missing "opens" (HH:MM)',
      'places museum: openingHours.regular[3]: bad "validThrough" (YYYY-MM-DD, not before "validFrom")',
      'places museum: openingHours.special[0]: bad or missing "validFrom"',
      'places museum: openingHours.publicHolidays: not "closed", "sunday" or "open"; read as "closed"',
    ]);
  });

  it('leaves out opening hours with no usable rule, and says so', () => {
    const feed = validateFeed(place({ regular: 'always' }));
    expect(feed.places[0]!.openingHours).to.equal(undefined);
    expect(feed.dropped.map((d) => d.reason)).to.deep.equal([
      'openingHours.regular: not a list',
      'openingHours: no usable rule',
    ]);
  });

  it('reads schema.org’s openingHoursSpecification list, also from GeoJSON properties', () => {
    const specification = [
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: 'https://schema.org/Sunday',
        opens: '10:00:00',
        closes: '17:00:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        validFrom: '2027-12-24',
        validThrough: '2027-12-26',
        opens: '00:00',
        closes: '00:00',
      },
    ];
    const expected = {
      weekly: [{ days: [0], opens: 600, closes: 1020 }],
      special: [{ validFrom: '2027-12-24', validThrough: '2027-12-26', spans: [] }],
      publicHolidays: 'closed',
    };
    expect(validateFeed(place(specification)).places[0]!.openingHours).to.deep.equal(expected);
    const feed = readGeoJson({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [11.121, 50.3229] },
      properties: { name: 'Museum', city: 'neustadt', openingHoursSpecification: specification },
    });
    expect(feed.places[0]!.openingHours).to.deep.equal(expected);
  });
});
