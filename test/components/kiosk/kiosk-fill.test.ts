/**
 * "Heute" fills its screen, portrait and landscape: today's cards and the "Demnächst" events
 * cover the view, with no empty band under the cards (in landscape it was a quarter of the
 * screen), and nothing is cut off or scrolled.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define/sonnec-kiosk.js';
import type { SonnecKiosk } from '../../../src/components/kiosk/sonnec-kiosk.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { busyFeed, FakeClock, deepQueryAll, widgetsReady } from './kiosk-helpers.js';

/** The share of points on a grid over `frame` that lie inside one of `boxes`. */
function coverage(frame: DOMRect, boxes: readonly DOMRect[]): number {
  let inside = 0;
  const steps = 24;
  for (let i = 0; i < steps; i++)
    for (let j = 0; j < steps; j++) {
      const x = frame.left + ((i + 0.5) / steps) * frame.width;
      const y = frame.top + ((j + 0.5) / steps) * frame.height;
      if (boxes.some((b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom)) inside++;
    }
  return inside / steps ** 2;
}

describe('kiosk: "Heute" fills the screen', () => {
  let src: string;
  before(async () => {
    src = await busyFeed();
  });
  afterEach(() => {
    clearFeedCache();
    localStorage.clear();
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const screen of [
    { width: 1080, height: 1920 },
    { width: 1920, height: 1080 },
  ]) {
    it(`${screen.width}×${screen.height}`, async () => {
      await setViewport(screen);
      const el = await fixture<SonnecKiosk>(html`
        <sonnec-kiosk
          src=${src}
          views="today,week"
          rotate="600"
          .clock=${new FakeClock()}
          style="--sonnec-kiosk-height: 100vh"
        ></sonnec-kiosk>
      `);
      await waitUntil(() => el.state === 'ready', 'the kiosk did not load', { timeout: 8000 });
      await widgetsReady(el);
      const view = el.shadowRoot!.querySelector('[data-view="today"]')!;
      const items = () => deepQueryAll<HTMLElement>(view, '[part~="item"]');
      const covered = () =>
        coverage(
          view.getBoundingClientRect(),
          items().map((i) => i.getBoundingClientRect()),
        );
      // Pictures arrive and "Demnächst" is fitted to the room left: wait for the layout to settle.
      await waitUntil(() => covered() >= 0.55, `items cover ${covered().toFixed(2)} of the view`, {
        timeout: 8000,
      });
      expect(view.scrollHeight).to.be.at.most(view.clientHeight + 1);
      const list = el.shadowRoot!.querySelector('.coming-up-list')!;
      for (const item of items())
        expect(item.getBoundingClientRect().bottom).to.be.at.most(
          list.getBoundingClientRect().bottom + 1,
        );
    });
  }
});
