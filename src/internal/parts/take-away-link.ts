/**
 * "Take it away": where a widget links out. On a normal page, the link. In kiosk mode (an
 * unattended display, whose visitors must not leave the page) a QR code of the address, to scan
 * with a phone, and the address as text: that part comes with kiosk mode (`kioskPart`), which
 * every widget in kiosk mode loads before it shows content.
 */
import { html, nothing } from 'lit';
import { kioskPart } from '../kiosk-mode.js';
import type { Lang } from '../i18n.js';

export interface TakeAwayOptions {
  /** The address (absolute, or relative to the page). */
  readonly url: string;
  /** What it leads to, e.g. "Weitere Informationen: Weihnachtsmarkt". */
  readonly label: string;
  readonly lang: Lang;
  readonly kiosk: boolean;
  /** The widget's own link for normal pages; a plain link when absent. */
  readonly link?: () => unknown;
}

export function takeAway(o: TakeAwayOptions): unknown {
  if (!o.kiosk) return o.link ? o.link() : html`<a href=${o.url}>${o.label}</a>`;
  return kioskPart.value?.takeAwayFigure(o) ?? nothing;
}

/** Loads kiosk mode and the QR code library ahead of the first code (the kiosk, when it starts). */
export function preloadTakeAway(): Promise<unknown> {
  return kioskPart.load().then((kiosk) => kiosk.preloadQr());
}
