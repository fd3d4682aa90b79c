/**
 * The map's first view, with the sample region's places (Burg Schaumberg lies far out in the
 * north-west, where the zoom buttons are): no marker under a control, and the places fill the map.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { feedUrl } from '../../helpers/widgets.js';
import { mapReady, resetConsent, root } from './map-helpers.js';

interface SamplePlace {
  id: string;
  name: unknown;
  kind: string;
  city: string;
  lat: number;
  lon: number;
}

async function sampleFeed(): Promise<unknown> {
  const places = (await (await fetch('/demo/content/places.json')).json()) as SamplePlace[];
  return {
    version: 1,
    places: places.map(({ id, name, kind, city, lat, lon }) => ({
      id,
      name,
      kind,
      city,
      lat,
      lon,
    })),
  };
}

/** Four places at the corners of a box of the map's shape (390 × 420 px). */
function cornerFeed(): unknown {
  const [south, north, west, east] = [50.33, 50.37, 11.1, 11.155];
  const corners = [
    [north, west],
    [north, east],
    [south, west],
    [south, east],
  ];
  return {
    version: 1,
    places: corners.map(([lat, lon], i) => ({
      id: `p${i}`,
      name: `Ort ${i}`,
      kind: 'sight',
      city: 'sonneberg',
      lat,
      lon,
    })),
  };
}

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('<sonnec-map> first view', () => {
  afterEach(() => {
    clearFeedCache();
    resetConsent();
  });

  // The sample region at a desktop's and a phone's width; and four places in the corners of a
  // box as wide as the map (one of them where the zoom buttons are, whatever the zoom).
  const cases = [
    { name: 'sample region, 1280 px', width: 1280, feed: sampleFeed },
    { name: 'sample region, 390 px', width: 390, feed: sampleFeed },
    { name: 'places in the corners, 390 px', width: 390, feed: async () => cornerFeed() },
  ];
  for (const { name, width, feed } of cases) {
    it(`keeps every marker clear of the zoom buttons and fills the map (${name})`, async () => {
      const holder = await fixture<HTMLElement>(html`
        <div style="width: ${width}px">
          <sonnec-map src=${feedUrl(await feed())}></sonnec-map>
        </div>
      `);
      const el = holder.querySelector<SonnecMap>('sonnec-map')!;
      await mapReady(el);
      const shadow = root(el);
      const frame = shadow.querySelector('.leaflet-container')!.getBoundingClientRect();
      const zoom = shadow.querySelector('.leaflet-control-zoom')!.getBoundingClientRect();
      const icons = [...shadow.querySelectorAll('.leaflet-marker-icon')].map((m) =>
        m.getBoundingClientRect(),
      );

      expect(icons.length).to.be.greaterThan(1);
      for (const icon of icons) {
        expect(overlaps(icon, zoom), `marker at ${icon.left},${icon.top} under the zoom buttons`).to
          .be.false;
        expect(icon.left >= frame.left && icon.right <= frame.right, 'marker inside the map').to.be
          .true;
      }
      const spanX =
        (Math.max(...icons.map((i) => i.right)) - Math.min(...icons.map((i) => i.left))) /
        frame.width;
      const spanY =
        (Math.max(...icons.map((i) => i.bottom)) - Math.min(...icons.map((i) => i.top))) /
        frame.height;
      expect(
        Math.max(spanX, spanY),
        `spans ${spanX.toFixed(2)} × ${spanY.toFixed(2)}`,
      ).to.be.at.least(0.6);
    });
  }
});
