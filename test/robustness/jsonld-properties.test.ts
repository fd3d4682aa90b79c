/**
 * Property-based tests of the JSON-LD adapter: nodes built from schema.org's vocabulary with
 * arbitrary values (references to each other, typed values, language arrays, cycles) give a
 * well-formed model or a typed `FeedError`, never anything else.
 */
import fc from 'fast-check';
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseSource } from '../../src/feed/sources/index.js';
import { assertWellFormed } from './well-formed.js';

const ids = fc.constantFrom('a', 'b', 'c', 'https://thuecat.org/resources/x');
const literal = fc.oneof(
  fc.string(),
  fc.double(),
  fc.constantFrom('2026-12-05', '2026-12-05T08:00:00+01:00', 'P1W', 'PT2H', '10:00', 'Saturday'),
);
const value = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    literal,
    fc.record({ '@id': ids }),
    fc.record({ '@type': fc.constantFrom('schema:Number', 'schema:URL'), '@value': literal }),
    fc.array(fc.record({ '@language': fc.constantFrom('de', 'en', 'x'), '@value': literal }), {
      maxLength: 3,
    }),
    tie('node'),
    fc.anything(),
  ),
  node: fc.dictionary(
    fc.constantFrom(
      '@id',
      '@type',
      'name',
      'schema:name',
      'startDate',
      'endDate',
      'location',
      'geo',
      'latitude',
      'longitude',
      'address',
      'postalCode',
      'eventSchedule',
      'repeatFrequency',
      'byDay',
      'byMonthDay',
      'byMonthWeek',
      'exceptDate',
      'scheduleTimezone',
      'startTime',
      'endTime',
      'offers',
      'price',
      'image',
      'contentUrl',
      'license',
      'containsPlace',
      'eventStatus',
      'inLanguage',
    ),
    fc.oneof(
      tie('value'),
      fc.constantFrom('Event', 'MusicEvent', 'Place', 'Museum', 'City', 'Schedule', 'Offer'),
    ),
    { maxKeys: 10 },
  ),
}));
/** Nodes that are nearly good, so that arbitrary values reach every mapping. */
const item = fc
  .tuple(
    fc.record({
      '@id': ids,
      '@type': fc.constantFrom('Event', 'MusicEvent', 'Place', 'Museum', 'City'),
      name: fc.oneof(fc.constantFrom('Markt'), literal),
      startDate: fc.constantFrom('2026-12-05', '2026-12-05T08:00:00+01:00'),
      geo: fc.record({ latitude: fc.constantFrom(50.3, '50.3'), longitude: fc.constant(11.1) }),
    }),
    value.node,
    fc.boolean(),
  )
  .map(([good, random, goodWins]) => (goodWins ? { ...random, ...good } : { ...good, ...random }));
const jsonld = fc
  .array(fc.oneof(item, value.node), { maxLength: 6 })
  .map((graph) => JSON.stringify({ '@context': 'https://schema.org/', '@graph': graph }));

describe('JSON-LD adapter (property-based)', function () {
  this.timeout(120_000);

  it('a well-formed model or a typed error', async () => {
    let items = 0;
    await fc.assert(
      fc.asyncProperty(jsonld, async (text) => {
        try {
          const feed = await parseSource(text, { format: 'jsonld' });
          assertWellFormed(feed);
          items += feed.events.length + feed.places.length;
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches the mapping, not only the rejection.
    expect(items).to.be.greaterThan(0);
  });
});
