/**
 * A plain sonnec feed (its first key `version`) is read without loading the format detector;
 * whatever else only looks like one (GeoJSON or JSON-LD that starts with `version`, a content
 * type naming another format) still goes through the detector and is read as what it is.
 * One page per test file: the first test sees the module graph before anything else loaded.
 */
import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { parseSource } from '../../../src/feed/sources/index.js';
import { loaded } from '../../helpers/widgets.js';

const bahnhof = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [11.17, 50.35] },
  properties: { name: 'Bahnhof', city: 'sonneberg' },
};

describe('plain sonnec feeds skip format detection', () => {
  it('reads a feed as the CLI writes it without loading the detector', async () => {
    const text =
      ' {\n  "version": 1,\n  "events": [{"id":"a","title":"A","start":"2026-12-05","city":"both"}]\n}';
    const feed = await parseSource(text, { contentType: 'application/json; charset=utf-8' });
    expect(feed.events.map((e) => e.id)).to.deep.equal(['a']);
    expect(loaded('/detect-format.ts')).to.deep.equal([]);
    // Nor the glue of the other formats.
    expect(loaded('/other-formats.ts')).to.deep.equal([]);
  });

  it('still reads GeoJSON that starts with a version as GeoJSON', async () => {
    const text = JSON.stringify({ version: 1, type: 'FeatureCollection', features: [bahnhof] });
    const feed = await parseSource(text, { contentType: 'application/json' });
    expect(feed.places.map((p) => p.name)).to.deep.equal(['Bahnhof']);
    expect(loaded('/detect-format.ts')).to.have.length(1);
  });

  it('follows a content type that names another format', async () => {
    // Read as a sonnec feed, this would be an empty feed; the server says it is a calendar.
    let error: unknown;
    try {
      await parseSource('{"version":1,"events":[]}', { contentType: 'text/calendar' });
    } catch (e) {
      error = e;
    }
    expect(error, 'read as a sonnec feed').to.be.instanceOf(FeedError);
  });
});
