/**
 * The kiosk's take-away: a QR code of an address, to scan with a phone, and the address as
 * text. Part of what kiosk mode loads (`kiosk-part.ts`); the QR code library itself loads with
 * the first code (or ahead of it, `preloadQr`).
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import type { QrCode } from '../qr.js';
import type { TakeAwayOptions } from './take-away-options.js';
import { qrMessages } from './take-away-qr.messages.js';

type QrModule = typeof import('../qr.js');
let qrModule: QrModule | undefined;
let loading: Promise<QrModule> | undefined;

function loadQr(): Promise<QrModule> {
  return (loading ??= import('../qr.js').then((m) => (qrModule = m)));
}

/** Loads the QR code library ahead of the first code (the kiosk does, when it starts). */
export function preloadQr(): Promise<unknown> {
  return loadQr();
}

/** Codes already drawn, by address; bounded, so a display that runs for days does not grow. */
const codes = new Map<string, QrCode>();
const MAX_CODES = 200;

function codeFor(module: QrModule, href: string): QrCode {
  let code = codes.get(href);
  if (!code) {
    code = module.qrCode(href);
    if (codes.size >= MAX_CODES) codes.delete(codes.keys().next().value!);
    codes.set(href, code);
  }
  return code;
}

function qrSvg(code: QrCode, href: string, label: string): TemplateResult {
  return html`<svg
    class="qr"
    part="qr"
    role="img"
    aria-label=${label}
    data-url=${href}
    viewBox="0 0 ${code.size} ${code.size}"
    shape-rendering="crispEdges"
  >
    ${svg`<rect width=${code.size} height=${code.size} fill="#fff"></rect><path d=${code.path} fill="#000"></path>`}
  </svg>`;
}

function absolute(url: string): string | undefined {
  try {
    const href = new URL(url, document.baseURI);
    return /^(https?|mailto|tel):$/.test(href.protocol) ? href.href : undefined;
  } catch {
    return undefined;
  }
}

/** The QR code figure of `o.url`; nothing for an address a phone cannot open. */
export function takeAwayFigure(o: TakeAwayOptions): unknown {
  const href = absolute(o.url);
  if (!href) return nothing;
  const t = qrMessages[o.lang];
  const name = t.qrLabel(o.label);
  const code = qrModule
    ? qrSvg(codeFor(qrModule, href), href, name)
    : until(
        loadQr().then((m) => qrSvg(codeFor(m, href), href, name)),
        html`<span class="qr-pending" aria-hidden="true"></span>`,
      );
  return html`<figure class="take-away" part="take-away">
    ${code}
    <figcaption>
      <strong>${o.label}</strong><br />${t.scanHint}
      <span class="url">${href.replace(/^https?:\/\//, '')}</span>
    </figcaption>
  </figure>`;
}
