/** A map in a kiosk is used by finger: clusters and the attribution's links are 48 px targets. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sonnec-map.js';
import type { SonnecMap } from '../../../src/components/map/sonnec-map.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { settled, until } from '../../helpers/widgets.js';
import { freshTiles, mapReady, MAP_FEED } from './map-helpers.js';

describe('<sonnec-map kiosk> touch targets', () => {
  afterEach(() => clearFeedCache());

  it('clusters and attribution links are at least 48 px', async () => {
    const el = await fixture<SonnecMap>(html`
      <sonnec-map
        kiosk
        src=${MAP_FEED}
        tiles=${freshTiles('kiosk-targets').url}
        attribution="© Testkacheln"
        consent="granted"
        style="--sonnec-map-height: 600px"
      ></sonnec-map>
    `);
    await settled(el);
    await mapReady(el);
    const clusters = [...el.shadowRoot!.querySelectorAll('.leaflet-marker-icon.cluster')];
    const links = [...el.shadowRoot!.querySelectorAll('.leaflet-control-attribution a')];
    expect(clusters.length, 'clusters shown').to.be.above(0);
    expect(links.length, 'attribution links').to.be.above(0);
    const size = (t: Element) => {
      const r = t.getBoundingClientRect();
      return { what: t.className || t.localName, width: r.width, height: r.height };
    };
    const small = () => [
      ...[...clusters, ...clusters.map((c) => c.firstElementChild!)]
        .map(size)
        .filter((s) => s.width < 48 || s.height < 48),
      ...links.map(size).filter((s) => s.height < 48),
    ];
    const described = () => small().map((s) => `${s.what}: ${s.width}×${s.height}`);
    // The kiosk styles arrive with a lazy part: wait for them, then insist.
    await until(() => small().length === 0, '48 px targets', { timeout: 3000 }).catch(
      () => undefined,
    );
    expect(described()).to.deep.equal([]);
  });
});
