/** Texts of the event detail dialog: loaded with it (event-detail.ts), on the first opening. */
import { defineMessages } from '../../internal/i18n.js';

export const detailMessages = defineMessages({
  de: {
    when: 'Wann',
    place: 'Ort',
    city: 'Stadt',
    organizer: 'Veranstalter',
    price: 'Eintritt',
    categories: 'Kategorie',
    moreInfo: 'Weitere Informationen',
    close: 'Schließen',
    addToCalendar: 'Zum Kalender hinzufügen',
    icsFile: 'Kalenderdatei (.ics)',
    icsThisDate: 'Dieser Termin (.ics)',
    icsSeries: 'Alle Termine der Reihe (.ics)',
    seriesFile: 'alle Termine',
    google: 'Google Kalender',
    outlook: 'Outlook.com',
    newWindow: '(öffnet in neuem Fenster)',
  },
  en: {
    when: 'When',
    place: 'Place',
    city: 'Town',
    organizer: 'Organizer',
    price: 'Admission',
    categories: 'Category',
    moreInfo: 'More information',
    close: 'Close',
    addToCalendar: 'Add to calendar',
    icsFile: 'Calendar file (.ics)',
    icsThisDate: 'This date (.ics)',
    icsSeries: 'All dates of the series (.ics)',
    seriesFile: 'all dates',
    google: 'Google Calendar',
    outlook: 'Outlook.com',
    newWindow: '(opens in a new window)',
  },
});

export type DetailMessages = (typeof detailMessages)['de'];
