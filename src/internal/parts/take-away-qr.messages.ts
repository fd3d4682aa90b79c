/** Texts of the QR take-away: loaded with kiosk mode (take-away-qr.ts), not by every page. */
import { defineMessages } from '../i18n.js';

export const qrMessages = defineMessages({
  de: {
    /** What to do with the code. */
    scanHint: 'Mit dem Handy scannen und mitnehmen',
    /** The code's accessible name. */
    qrLabel: (what: string) => `QR-Code: ${what}`,
  },
  en: {
    scanHint: 'Scan with your phone to take it with you',
    qrLabel: (what: string) => `QR code: ${what}`,
  },
});
