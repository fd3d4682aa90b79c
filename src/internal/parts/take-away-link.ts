/**
 * "Take it away": where a widget links out. On a normal page, the link. In kiosk mode (an
 * unattended display, whose visitors must not leave the page) a QR code of the address, to scan
 * with a phone, and the address as text. The QR code library loads only in kiosk mode.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { common, type Lang } from '../i18n.js';
import type { QrCode } from '../qr.js';

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

type QrModule = typeof import('../qr.js');
let qrModule: QrModule | undefined;
let loading: Promise<QrModule> | undefined;

function loadQr(): Promise<QrModule> {
  return (loading ??= import('../qr.js').then((m) => (qrModule = m)));
}

/** Loads the QR code library ahead of the first detail (the kiosk does, when it starts). */
export function preloadTakeAway(): Promise<unknown> {
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

export function takeAway(o: TakeAwayOptions): unknown {
  if (!o.kiosk) return o.link ? o.link() : html`<a href=${o.url}>${o.label}</a>`;
  const href = absolute(o.url);
  if (!href) return nothing;
  const t = common[o.lang];
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
