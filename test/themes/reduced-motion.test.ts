/**
 * A visitor who asked for reduced motion sees nothing move: the news chevron turns at once, and
 * Leaflet's zoom and fade transitions are cut (only these styles move anything).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import type { SonnecMap } from '../../src/components/map/sonnec-map.js';
import type { SonnecNews } from '../../src/components/news/sonnec-news.js';
import { clearFeedCache } from '../../src/feed/store.js';
import { freshTiles, mapReady, MAP_FEED } from '../components/map/map-helpers.js';
import { settled } from '../helpers/widgets.js';

/** The longest transition of `el`, in seconds. */
function transition(el: Element): number {
  const durations = getComputedStyle(el).transitionDuration.split(',').map(parseFloat);
  return Math.max(...durations);
}

describe('reduced motion', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    clearFeedCache();
  });

  it('news: the chevron of "Weiterlesen" turns without a transition', async () => {
    const el = await fixture<SonnecNews>(
      html`<sonnec-news src="/test/fixtures/news-basic.json"></sonnec-news>`,
    );
    await settled(el);
    const chevron = el.shadowRoot!.querySelector('.chevron')!;
    expect(transition(chevron), 'moves by default').to.be.greaterThan(0.1);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(transition(chevron)).to.be.below(0.001);
  });

  it('map: Leaflet zooms without a transition', async () => {
    const el = await fixture<SonnecMap>(
      html`<sonnec-map
        src=${MAP_FEED}
        tiles=${freshTiles('reduced-motion').url}
        consent="granted"
      ></sonnec-map>`,
    );
    await mapReady(el);
    // Leaflet's zoom transition, on its map pane while a zoom runs.
    const pane = el.shadowRoot!.querySelector('.leaflet-map-pane')!;
    pane.classList.add('leaflet-zoom-animated');
    el.shadowRoot!.querySelector('.leaflet-container')!.classList.add('leaflet-zoom-anim');
    expect(transition(pane), 'moves by default').to.be.greaterThan(0.1);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(transition(pane)).to.be.below(0.001);
  });
});
