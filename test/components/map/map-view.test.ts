/** What the map shows and where it looks: names on the schematic map, the first view, a chosen place, a filter. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type * as L from 'leaflet';
import '../../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { regionShapes } from '../../../src/components/map/region-shapes.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { choose, feedUrl, textOf } from '../../helpers/widgets.js';
import {
  MAP_FEED,
  clusterCounts,
  freshTiles,
  mapReady,
  markerIcons,
  popup,
  resetConsent,
  root,
} from './map-helpers.js';

const leafletMap = (el: SonnecMap) => (el as unknown as { mapView: { map: L.Map } }).mapView.map;

/** A map in a box of the given size (a phone is 390 px wide). */
async function mapIn(width: number, attrs = html``, extra: Partial<SonnecMap> = {}) {
  const holder = await fixture<HTMLElement>(html`
    <div style="width: ${width}px">
      <sonnec-map src=${MAP_FEED} ${attrs}></sonnec-map>
    </div>
  `);
  const el = holder.querySelector<SonnecMap>('sonnec-map')!;
  Object.assign(el, extra);
  await mapReady(el);
  return el;
}

const ONE_PLACE = {
  version: 1,
  places: [
    {
      id: 'rathaus',
      name: 'Rathaus',
      kind: 'sight',
      city: 'sonneberg',
      lat: 50.3575,
      lon: 11.1756,
    },
  ],
};

function chooseInList(el: SonnecMap, key: string): void {
  root(el).querySelector<HTMLButtonElement>(`[data-key="${key}"] .title`)!.click();
}

describe('<sonnec-map> view', () => {
  afterEach(() => {
    clearFeedCache();
    resetConsent();
  });

  it('names both towns and the states either side of the border, and explains the areas in the legend', async () => {
    const el = await mapIn(390);
    const names = (part: string) =>
      [...root(el).querySelectorAll(`.area-label .${part}`)].map(textOf);
    expect(names('town')).to.have.members(['Sonneberg', 'Neustadt b. Coburg']);
    // Each town's state, on its side of the border.
    const label = (town: string) =>
      [...root(el).querySelectorAll('.area-label')].find(
        (l) => textOf(l.querySelector('.town')) === town,
      )!;
    expect(textOf(label('Sonneberg').querySelector('.state'))).to.equal('Thüringen');
    expect(textOf(label('Neustadt b. Coburg').querySelector('.state'))).to.equal('Bayern');
    const legend = textOf(root(el).querySelector('[part="legend"]'));
    expect(legend).to.contain('Stadtgebiet Sonneberg');
    expect(legend).to.contain('Stadtgebiet Neustadt b. Coburg');
    // Names are not in the way: no Tab stop, no click target.
    for (const label of root(el).querySelectorAll('.area-label')) {
      expect(label.hasAttribute('tabindex')).to.be.false;
      expect(getComputedStyle(label).pointerEvents).to.equal('none');
    }
    await expect(el).to.be.accessible();
  });

  it('names them in English too', async () => {
    const el = await mapIn(390, html``, { lang: 'en' });
    await waitUntil(() => root(el).querySelector('.area-label .state'));
    const states = [...root(el).querySelectorAll('.area-label .state')].map(textOf);
    expect(states).to.have.members(['Thuringia', 'Bavaria']);
    expect(textOf(root(el).querySelector('[part="legend"]'))).to.contain('Town area of Sonneberg');
  });

  for (const width of [390, 1280]) {
    it(`names both towns in its first view, fitted to the places (${width} px)`, async () => {
      const el = await mapIn(width);
      const frame = root(el).querySelector('.leaflet-container')!.getBoundingClientRect();
      const labels = [...root(el).querySelectorAll('.area-label')];
      expect(labels).to.have.length(2);
      for (const label of labels) {
        const box = label.getBoundingClientRect();
        expect(
          box.left >= frame.left && box.right <= frame.right,
          `${textOf(label)} inside the map's width`,
        ).to.be.true;
        expect(
          box.top >= frame.top && box.bottom <= frame.bottom,
          `${textOf(label)} inside the map's height`,
        ).to.be.true;
      }
    });
  }

  it('shows both towns whole in its first view when there is one place only', async () => {
    const holder = await fixture<HTMLElement>(html`
      <div style="width: 390px">
        <sonnec-map src=${feedUrl(ONE_PLACE)}></sonnec-map>
      </div>
    `);
    const el = holder.querySelector<SonnecMap>('sonnec-map')!;
    await mapReady(el);
    const view = leafletMap(el).getBounds();
    for (const city of regionShapes.cities)
      for (const point of city.ring)
        expect(view.contains(point as [number, number]), `${city.id} ${String(point)}`).to.be.true;
  });

  it('shows a place chosen in the list close enough to see it, but not at the closest zoom', async () => {
    const el = await mapIn(390);
    const map = leafletMap(el);
    chooseInList(el, 'place:museum-nec');
    await waitUntil(() => popup(el), 'the popup opens');
    expect(map.getZoom()).to.be.at.most(16);
    expect(map.getZoom()).to.be.at.least(14);
    expect(map.getZoom()).to.be.below(map.getMaxZoom());
  });

  it('never zooms a chosen place past the deepest zoom of the tiles', async () => {
    const tiles = freshTiles('max-zoom');
    const el = await mapIn(390, html``, {
      tiles: tiles.url,
      consent: 'granted',
      tilesMaxZoom: 13,
    } as Partial<SonnecMap>);
    await waitUntil(() => root(el).querySelector('img.leaflet-tile'), 'tiles shown');
    chooseInList(el, 'place:sternwarte');
    await waitUntil(() => popup(el), 'the popup opens');
    expect(leafletMap(el).getZoom()).to.equal(13);
    await el.updateComplete;
  });

  for (const key of ['place:sternwarte', 'place:museum-nec', 'place:bruecke']) {
    it(`keeps the popup of ${key} inside the map on a phone`, async () => {
      const el = await mapIn(390);
      chooseInList(el, key);
      await waitUntil(() => popup(el), 'the popup opens');
      // Let autoPan finish (it pans without animation when reduced motion is not asked for, too).
      await waitUntil(() => {
        const frame = root(el).querySelector('.map')!.getBoundingClientRect();
        const box = root(el).querySelector('.leaflet-popup')!.getBoundingClientRect();
        return (
          box.top >= frame.top - 0.5 &&
          box.left >= frame.left - 0.5 &&
          box.right <= frame.right + 0.5 &&
          box.bottom <= frame.bottom + 0.5
        );
      }, 'the popup lies wholly inside the map');
    });
  }

  it('keeps the popup inside the map when its picture arrives late', async () => {
    const feed = (await (await fetch(MAP_FEED)).json()) as {
      places: { image?: { src: string } }[];
    };
    for (const place of feed.places)
      if (place.image) place.image.src = `${location.origin}/__tiles/slow/1/1/1.png`;
    const holder = await fixture<HTMLElement>(html`
      <div style="width: 390px"><sonnec-map src=${feedUrl(feed)}></sonnec-map></div>
    `);
    const el = holder.querySelector<SonnecMap>('sonnec-map')!;
    await mapReady(el);
    chooseInList(el, 'place:sternwarte');
    await waitUntil(() => popup(el)?.querySelector('img')?.complete, 'the picture is there', {
      timeout: 4000,
    });
    await waitUntil(() => {
      const frame = root(el).querySelector('.map')!.getBoundingClientRect();
      const box = root(el).querySelector('.leaflet-popup')!.getBoundingClientRect();
      return box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5;
    }, 'the popup, picture and all, lies inside the map');
  });

  it('fits the view to what a filter leaves, after a place was chosen', async () => {
    const el = await mapIn(390, html``, { filters: true } as Partial<SonnecMap>);
    await waitUntil(() => root(el).querySelector('[name="kind"]'), 'the filter bar');
    chooseInList(el, 'place:sternwarte');
    await waitUntil(() => popup(el), 'the popup opens');
    // The visitor looks closely at the Sternwarte, far from Neustadt.
    leafletMap(el).setView([50.3774, 11.1901], 16, { animate: false });
    await choose(el, 'city', 'neustadt');
    await el.updateComplete;
    const view = leafletMap(el).getBounds();
    for (const [lat, lon] of [
      [50.3229, 11.121],
      [50.3274, 11.1241],
      [50.3289, 11.1211],
      [50.3445, 11.1433],
    ])
      expect(view.contains([lat!, lon!]), `${lat},${lon} in view`).to.be.true;
    expect(markerIcons(el).length + clusterCounts(el).length).to.be.greaterThan(0);
  });

  it('shows the bundled fixture tiles of the region, offline, down to where a chosen place is shown', async () => {
    const el = await mapIn(390, html``, {
      tiles: '/demo/tiles/{z}/{x}/{y}.png',
      tilesMaxZoom: 14,
      consent: 'granted',
    } as Partial<SonnecMap>);
    const loaded = () => {
      const images = [...root(el).querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
      return images.length > 0 && images.every((i) => i.complete && i.naturalWidth === 256);
    };
    await waitUntil(loaded, 'every tile of the first view drawn', { timeout: 5000 });
    chooseInList(el, 'place:sternwarte');
    await waitUntil(() => popup(el), 'the popup opens');
    expect(leafletMap(el).getZoom()).to.equal(14);
    await waitUntil(loaded, 'every tile around the Sternwarte drawn', { timeout: 5000 });
    await el.updateComplete;
    expect(textOf(root(el).querySelector('[part="notice"]')), 'no "tiles unavailable"').to.equal(
      '',
    );
  });
});
