/**
 * The XSS corpus in kiosk mode: every widget shows QR codes instead of links, so the addresses
 * of the feed end up in QR codes and captions. Each payload in every field (xss-suite.ts's
 * hostile feed); every event dialog, news article and document; the map's place list.
 * Fails on a canary call, a dangerous URL or handler anywhere, or a QR code of an address a
 * phone should not open (only http, https, mailto and tel are encoded).
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/sonnec-downloads.js';
import '../../src/define/sonnec-events.js';
import '../../src/define/sonnec-map.js';
import '../../src/define/sonnec-news.js';
import type { SonnecEvents } from '../../src/components/events/sonnec-events.js';
import type { SonnecNews } from '../../src/components/news/sonnec-news.js';
import type { SonnecElement } from '../../src/internal/sonnec-element.js';
import { feedUrl, settled } from '../helpers/widgets.js';
import { hostileFeed, make, pageProblems, PAYLOADS, useTestRoot } from './xss-suite.js';

const BATCH = 40;
const FAST = { timeout: 5000, interval: 5 };
const HOUR = 3_600_000;
const NOW = Math.floor(Date.now() / HOUR) * HOUR;
const SAFE_QR = /^(https?:\/\/|mailto:|tel:)/;

/** Every QR code's address in a widget, and those a phone should not be sent to. */
function unsafeQrCodes(widget: SonnecElement): { all: number; unsafe: string[] } {
  const codes = [...widget.shadowRoot!.querySelectorAll('svg.qr')];
  const unsafe = codes
    .map((svg) => svg.getAttribute('data-url') ?? '')
    .filter((u) => !SAFE_QR.test(u));
  return { all: codes.length, unsafe };
}

describe('XSS corpus in kiosk mode (QR codes)', function () {
  this.timeout(120_000);
  const ran: number[] = [];
  const root = useTestRoot();

  before(() => {
    window.__xss = (n) => ran.push(n);
  });

  for (let start = 0; start < PAYLOADS.length; start += BATCH) {
    const batch = PAYLOADS.slice(start, start + BATCH);
    it(`payloads #${batch[0]!.n}–${batch.at(-1)!.n}: QR codes and captions stay harmless`, async () => {
      const src = feedUrl(hostileFeed(batch));
      const kiosk = { kiosk: '', 'page-size': '1000' };
      const events = make<SonnecEvents>('sonnec-events', src, { ...kiosk, now: String(NOW) });
      const news = make<SonnecNews>('sonnec-news', src, kiosk);
      news.now = NOW;
      const downloads = make('sonnec-downloads', src, { kiosk: '' });
      const map = make('sonnec-map', src, { kiosk: '', view: 'list', 'show-events': '' });
      const widgets = [events, news, downloads, map];
      root().append(...widgets);
      await Promise.all(widgets.map((w) => settled(w)));
      for (const w of widgets) expect(w.state, `<${w.localName}> state`).to.equal('ready');

      // News: every article opened (its page as a QR code); documents and places show theirs.
      const articles = news.shadowRoot!;
      for (const button of articles.querySelectorAll<HTMLButtonElement>('button.toggle')) {
        button.click();
      }
      await news.updateComplete;
      // The usable addresses (variant B of each payload) become QR codes once the library loaded.
      await waitUntil(
        () => unsafeQrCodes(downloads).all >= batch.length,
        'document QR codes',
        FAST,
      );
      await waitUntil(() => unsafeQrCodes(news).all >= batch.length, 'article QR codes', FAST);
      await waitUntil(() => unsafeQrCodes(map).all >= batch.length, 'place QR codes', FAST);
      for (const w of [news, downloads, map]) {
        expect(unsafeQrCodes(w).unsafe, `QR codes of <${w.localName}>`).to.deep.equal([]);
      }

      // Events: the dialog of a sample of events, with the event's page as a QR code.
      const titles = () =>
        events.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="title"]');
      for (let i = 0; i < titles().length; i += 7) {
        titles()[i]!.click();
        await waitUntil(() => events.shadowRoot!.querySelector('dialog')?.open, 'dialog', FAST);
        await events.updateComplete;
        const dialog = events.shadowRoot!.querySelector('dialog')!;
        expect(dialog.querySelector('a[href^="http"]'), 'no link out of the kiosk').to.equal(null);
        expect(unsafeQrCodes(events).unsafe, 'QR codes in the dialog').to.deep.equal([]);
        expect(pageProblems([events]), 'inside the kiosk dialog').to.deep.equal([]);
        const closed = new Promise((r) => dialog.addEventListener('close', r, { once: true }));
        dialog.close();
        await closed;
        await events.updateComplete;
      }

      await new Promise((r) => setTimeout(r, 50));
      expect(pageProblems(widgets)).to.deep.equal([]);
      expect(ran, 'canaries that ran').to.deep.equal([]);
    });
  }
});
