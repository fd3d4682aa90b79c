import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define/sonnec-kiosk.js';
import type { SonnecKiosk } from '../../../src/components/kiosk/sonnec-kiosk.js';
import { clearFeedCache } from '../../../src/feed/store.js';
import { animationsDone, textOf } from '../../helpers/widgets.js';
import { busyFeed, deepQueryAll, FakeClock, linkedFeed, widgetsReady } from './kiosk-helpers.js';

/** The two screens a kiosk is made for: portrait and landscape full HD. */
const SCREENS = [
  { width: 1080, height: 1920 },
  { width: 1920, height: 1080 },
] as const;

const box = (el: Element | null | undefined) => el!.getBoundingClientRect();

describe('kiosk: designed for its screen', () => {
  let src: string;
  let busy: string;
  before(async () => {
    src = await linkedFeed();
    busy = await busyFeed();
  });
  afterEach(() => {
    clearFeedCache();
    localStorage.clear();
  });
  after(() => setViewport({ width: 800, height: 600 }));

  for (const screen of SCREENS) {
    it(`${screen.width}×${screen.height}: one header row, the Berlin clock, the screen filled`, async () => {
      await setViewport(screen);
      const clock = new FakeClock();
      const el = await fixture<SonnecKiosk>(html`
        <sonnec-kiosk
          src=${busy}
          views="today,week,news,map,place"
          rotate="600"
          .clock=${clock}
          style="--sonnec-kiosk-height: 100vh"
        ></sonnec-kiosk>
      `);
      await waitUntil(() => el.state === 'ready', 'the kiosk did not load', { timeout: 8000 });
      await widgetsReady(el);
      const root = el.shadowRoot!;

      // Title, clock and pause control side by side: one row, whatever the width.
      const title = root.querySelector('[part="view-title"]');
      const clockPart = root.querySelector('[part="clock"]');
      const pause = root.querySelector('[part="pause"]');
      expect(textOf(title)).to.equal('Heute');
      for (const item of [clockPart, pause]) {
        expect(Math.abs(box(item).top - box(title).top)).to.be.below(4);
        expect(Math.abs(box(item).bottom - box(title).bottom)).to.be.below(4);
      }
      expect(box(title).right).to.be.at.most(box(clockPart).left);
      expect(box(clockPart).right).to.be.at.most(box(pause).left);
      expect(box(pause).height).to.be.at.least(48);

      // 10:00 in Berlin on the kiosk's clock (the browser runs in Los Angeles), then 10:01.
      expect(textOf(clockPart)).to.equal('Freitag, 4. Dezember 10:00');
      expect(clockPart!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2026-12-04T10:00',
      );
      clock.tick(60_000);
      await el.updateComplete;
      expect(textOf(clockPart)).to.equal('Freitag, 4. Dezember 10:01');

      // The content reaches down to the views bar (less than a tenth of the screen above it).
      const footer = root.querySelector('[part="footer"]');
      const content = () =>
        Math.max(
          ...[...root.querySelectorAll('[data-view="today"] sonnec-events')].map(
            (w) => box(w).bottom,
          ),
        );
      await waitUntil(
        () => box(footer).top - content() < 200,
        `the content ends ${box(footer).top - content()} px above the bar`,
        { timeout: 8000 },
      );
      // And none of it is cut off: the "Demnächst" list fits its box.
      const list = root.querySelector('.coming-up-list')!;
      expect(box(list.firstElementChild).bottom).to.be.at.most(box(list).bottom + 1);
      expect(box(footer).bottom).to.be.at.most(box(el).bottom + 1);

      await Promise.all(root.getAnimations().map((a) => a.finished));
      await animationsDone();
      await expect(el).to.be.accessible();
    });
  }

  it('QR codes are prominent: the featured destination’s at least 280 px, on a white frame', async () => {
    await setViewport({ width: 1080, height: 1920 });
    const el = await fixture<SonnecKiosk>(html`
      <sonnec-kiosk
        src=${src}
        views="place"
        .clock=${new FakeClock()}
        style="--sonnec-kiosk-height: 100vh"
      ></sonnec-kiosk>
    `);
    await waitUntil(() => el.shadowRoot!.querySelector('svg.qr'), 'no QR code', { timeout: 8000 });
    const qr = el.shadowRoot!.querySelector('svg.qr')!;
    expect(box(qr).width).to.be.at.least(280);
    expect(getComputedStyle(qr).backgroundColor).to.equal('rgb(255, 255, 255)');
    // The whole featured destination is on screen, its code included.
    expect(box(qr).bottom).to.be.at.most(box(el.shadowRoot!.querySelector('[part="footer"]')).top);
  });

  it('links inside feed texts look like the text around them', async () => {
    const el = await fixture<SonnecKiosk>(html`
      <sonnec-kiosk src=${src} views="news" .clock=${new FakeClock()}></sonnec-kiosk>
    `);
    await waitUntil(() => el.state === 'ready', 'the kiosk did not load', { timeout: 8000 });
    await widgetsReady(el);
    for (const more of deepQueryAll<HTMLButtonElement>(el.shadowRoot!, 'button.more')) {
      more.click();
    }
    const links = () => deepQueryAll<HTMLAnchorElement>(el.shadowRoot!, '.rich-text a');
    await waitUntil(() => links().length > 0, 'no link in the article');
    const a = links()[0]!;
    const paragraph = a.parentElement!;
    const style = getComputedStyle(a);
    expect(style.color).to.equal(getComputedStyle(paragraph).color);
    expect(style.textDecorationLine).to.equal('none');
    expect(style.pointerEvents).to.equal('none');
  });
});
