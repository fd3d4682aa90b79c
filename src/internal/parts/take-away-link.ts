/**
 * "Take it away": where a widget links out. On a normal page, the link. In kiosk mode (an
 * unattended display, whose visitors must not leave the page) a QR code of the address, to scan
 * with a phone, and the address as text: that part comes with kiosk mode (`kioskPart`), which
 * every widget in kiosk mode loads before it shows content.
 */
import { html, nothing } from 'lit';
import { kioskPart } from '../kiosk-mode.js';
import type { TakeAwayOptions } from './take-away-options.js';

// In its own file, so that the kiosk part (take-away-qr.ts) needs nothing from this one.
export type { TakeAwayOptions };

export function takeAway(o: TakeAwayOptions): unknown {
  if (!o.kiosk) return o.link ? o.link() : html`<a href=${o.url}>${o.label}</a>`;
  return kioskPart.value?.takeAwayFigure(o) ?? nothing;
}

/** Loads kiosk mode and the QR code library ahead of the first code (the kiosk, when it starts). */
export function preloadTakeAway(): Promise<unknown> {
  return kioskPart.load().then((kiosk) => kiosk.preloadQr());
}
