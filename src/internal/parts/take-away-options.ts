import type { Lang } from '../i18n.js';

/** What a take-away shows: a link on a normal page, a QR code in kiosk mode. */
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
