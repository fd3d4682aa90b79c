/** Texts of "Kalender abonnieren": loaded with the panel (events-subscribe.ts), not with the list. */
import { defineMessages } from '../../internal/i18n.js';

export const subscribeMessages = defineMessages({
  de: {
    toggle: 'Kalender abonnieren',
    intro: (name: string) =>
      `„${name}“ in Ihrer Kalender-App abonnieren: neue und geänderte Termine erscheinen dort von selbst.`,
    open: 'In der Kalender-App abonnieren',
    google: 'Zu Google Kalender hinzufügen',
    address: 'Adresse des Kalenders',
    copy: 'Kopieren',
    copied: 'Die Adresse ist kopiert.',
    copyFailed: 'Kopieren ging nicht: Bitte markieren und kopieren Sie die Adresse selbst.',
    scan: 'Zum Abonnieren mit dem Telefon scannen',
  },
  en: {
    toggle: 'Subscribe to calendar',
    intro: (name: string) =>
      `Subscribe to “${name}” in your calendar app: new and changed events appear there by themselves.`,
    open: 'Subscribe in your calendar app',
    google: 'Add to Google Calendar',
    address: 'Calendar address',
    copy: 'Copy',
    copied: 'The address has been copied.',
    copyFailed: 'Copying did not work: please select and copy the address yourself.',
    scan: 'Scan with your phone to subscribe',
  },
});
