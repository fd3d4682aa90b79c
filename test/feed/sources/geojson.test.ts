import { expect } from '@open-wc/testing';
import { FeedError } from '../../../src/feed/errors.js';
import { parseGeoJson, readGeoJson } from '../../../src/feed/sources/geojson.js';
import type { Feed } from '../../../src/feed/types.js';

describe('GeoJSON adapter', () => {
  let feed: Feed;
  before(async () => {
    const text = await (await fetch('/test/fixtures/sources/places.geojson')).text();
    feed = parseGeoJson(text, { baseUrl: 'https://www.son-nec.de/karte/places.geojson' });
  });

  it('maps a Point feature with our property names field by field ([lon, lat] order)', () => {
    expect(feed.title).to.equal('SON.NEC Orte');
    expect(feed.places[0]).to.deep.equal({
      id: 'p-sternwarte',
      name: { de: 'Sternwarte Sonneberg', en: 'Sonneberg Observatory' },
      kind: 'observatory',
      city: 'sonneberg',
      lat: 50.3774,
      lon: 11.1901,
      summary: {
        de: 'Eine der größten Sternwarten Deutschlands.',
        en: 'One of Germany’s largest observatories.',
      },
      address: 'Sternwartestraße 32, 96515 Sonneberg',
      url: 'https://www.sternwarte-sonneberg.de/',
      image: {
        src: 'https://www.sonneberg.de/media/sternwarte.jpg',
        alt: 'Kuppeln der Sternwarte',
      },
    });
  });

  it('reads OpenStreetMap tags: name:en, tourism, addr:*, website, the city from addr:city', () => {
    expect(feed.places[1]).to.deep.equal({
      id: 'node/240089581',
      name: {
        de: 'Museum der Deutschen Spielzeugindustrie',
        en: 'Museum of the German Toy Industry',
      },
      kind: 'museum',
      city: 'neustadt',
      lat: 50.3229,
      lon: 11.121,
      summary: 'Puppen, Spielzeug und Trachten aus aller Welt.',
      address: 'Hindenburgplatz 1, 96465 Neustadt bei Coburg',
      url: 'https://www.spielzeugmuseum-neustadt.de/',
    });
  });

  it('gives a feature without id a stable one', () => {
    const bridge = feed.places[2]!;
    expect(bridge).to.include({ name: 'Gebrannte Brücke', kind: 'denkmal', city: 'both' });
    expect(bridge.id).to.match(/^place-[0-9a-z]+$/);
    return fetch('/test/fixtures/sources/places.geojson')
      .then((r) => r.text())
      .then((text) => expect(parseGeoJson(text).places[2]!.id).to.equal(bridge.id));
  });

  it('leaves other geometries and bad coordinates out, naming the feature of the source', () => {
    expect(feed.places).to.have.length(3);
    expect(feed.dropped).to.deep.equal([
      {
        section: 'places',
        index: 3,
        id: 'weg-grenzpfad',
        reason: 'LineString geometry: only Point features are places',
      },
      {
        section: 'places',
        index: 4,
        id: 'gebiet-altstadt',
        reason: 'Polygon geometry: only Point features are places',
      },
      { section: 'places', index: 5, id: 'ohne-geometrie', reason: 'feature without geometry' },
      {
        section: 'places',
        index: 6,
        id: 'falsche-koordinaten',
        reason: 'missing or invalid coordinates',
      },
    ]);
  });

  it('reads a single Feature and takes the city it is given', () => {
    const one = readGeoJson(
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [11.17, 50.35] },
        properties: { name: 'Bahnhof', kind: 'station' },
      },
      { city: 'sonneberg' },
    );
    expect(one.places.map((p) => [p.name, p.city, p.lat, p.lon])).to.deep.equal([
      ['Bahnhof', 'sonneberg', 50.35, 11.17],
    ]);
  });

  it('refuses coordinates in another reference system (old GIS exports in UTM)', () => {
    const utm = readGeoJson({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::25832' } },
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [650123, 5581234] },
          properties: { name: 'X' },
        },
      ],
    });
    expect(utm.places).to.deep.equal([]);
    expect(utm.dropped[0]!.reason).to.contain('EPSG::25832');
    const wgs = readGeoJson({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [11.1, 50.3] },
          properties: { name: 'X' },
        },
      ],
    });
    expect(wgs.places).to.have.length(1);
  });

  it('refuses what is no GeoJSON', () => {
    for (const text of ['{"type":"Topology"}', '[]', 'nope']) {
      expect(() => parseGeoJson(text), text).to.throw(FeedError);
    }
  });
});
