/**
 * The soak page for `<sonnec-kiosk>`: bundled by bench/kiosk-soak.mjs and driven by puppeteer.
 * The kiosk runs on a fake clock, so hours of rotation, visitors and refreshes take seconds;
 * between steps the page renders (two animation frames), so observers and the map do their work.
 */
import '../../src/define/sonnec-kiosk.js';
import type { SonnecKiosk } from '../../src/components/kiosk/sonnec-kiosk.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { FakeClock } from '../../test/helpers/fake-clock.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const ROTATE = 20;
const IDLE = 60;
const REFRESH_MIN = 10;

let kiosk: SonnecKiosk;
const clock = new FakeClock();
const counts = { rotations: 0, refreshes: 0, visits: 0, resets: 0 };

async function settle(): Promise<void> {
  await kiosk.updateComplete;
  for (const w of kiosk.widgets) await w.updateComplete;
  await frame();
  await frame();
}

async function loaded(): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    await settle();
    const all = [kiosk as SonnecElement, ...kiosk.widgets];
    if (all.every((w) => w.state !== 'loading')) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error('the kiosk did not settle');
}

/** What a visitor does: opens an event, an article, the map list; then leaves (idle reset). */
async function visit(): Promise<void> {
  counts.visits++;
  kiosk.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
  const events = kiosk.widgets.find((w) => w.localName === 'sonnec-events');
  events?.shadowRoot?.querySelector<HTMLButtonElement>('.title-button')?.click();
  const news = kiosk.widgets.find((w) => w.localName === 'sonnec-news');
  news?.shadowRoot?.querySelector<HTMLButtonElement>('button.more')?.click();
  const map = kiosk.widgets.find((w) => w.localName === 'sonnec-map');
  map?.shadowRoot?.querySelector<HTMLButtonElement>('.views button:last-child')?.click();
  await settle();
  await new Promise((r) => setTimeout(r, 20)); // the dialog module and QR codes load
  clock.tick(IDLE * 1000); // "Noch da?"
  await settle();
  clock.tick(20_000); // the reset
  counts.resets++;
  await settle();
}

const api = {
  async start(src: string): Promise<void> {
    kiosk = document.createElement('sonnec-kiosk');
    kiosk.setAttribute('src', src);
    kiosk.setAttribute('rotate', String(ROTATE));
    kiosk.setAttribute('idle', String(IDLE));
    kiosk.setAttribute('refresh', String(REFRESH_MIN));
    kiosk.clock = clock;
    document.body.append(kiosk);
    await loaded();
  },

  /** `n` rotations; a refresh every `refreshEvery`, a visitor every `visitEvery` rotations. */
  async run(n: number, refreshEvery: number, visitEvery: number): Promise<typeof counts> {
    for (let i = 1; i <= n; i++) {
      clock.tick(ROTATE * 1000);
      counts.rotations++;
      await settle();
      if (i % refreshEvery === 0) {
        kiosk.refresh();
        counts.refreshes++;
        await loaded();
      }
      if (i % visitEvery === 0) await visit();
    }
    return { ...counts };
  },

  info(): { view: string; timers: number; stale: boolean; storage: number } {
    return {
      view: kiosk.activeView,
      timers: clock.pending,
      stale: Boolean(
        kiosk.widgets.some((w) => w.shadowRoot?.querySelector('[part="stale"]')) ||
        kiosk.shadowRoot?.querySelector('[part="stale"]'),
      ),
      storage: localStorage.length,
    };
  },

  stop(): void {
    kiosk.remove();
  },
};

declare global {
  interface Window {
    soak: typeof api;
  }
}
window.soak = api;
