import { defineMessages } from '../../internal/i18n.js';

export interface KioskMessages extends Record<string, unknown> {
  title: string;
  views: string;
  today: string;
  week: string;
  news: string;
  map: string;
  place: string;
  pause: string;
  play: string;
  paused: string;
  stillThere: string;
  warning: (seconds: number) => string;
  continue: string;
  featured: string;
  noPlace: string;
  /** Above the next days' events, when today has few. */
  comingUp: string;
}

export const messages = defineMessages<KioskMessages>({
  de: {
    title: 'SON.NEC – Sonneberg & Neustadt b. Coburg',
    views: 'Ansichten',
    today: 'Heute',
    week: 'Diese Woche',
    news: 'Neuigkeiten',
    map: 'Karte',
    place: 'Ausflugstipp',
    pause: 'Anhalten',
    play: 'Weiter abspielen',
    paused: 'Angehalten',
    stillThere: 'Noch da?',
    warning: (s) => `Ohne Berührung beginnt die Anzeige in ${s} Sekunden von vorn.`,
    continue: 'Weiter',
    featured: 'Ausflugstipp',
    noPlace: 'Zurzeit ist kein Ausflugsziel eingetragen.',
    comingUp: 'Demnächst',
  },
  en: {
    title: 'SON.NEC – Sonneberg & Neustadt b. Coburg',
    views: 'Views',
    today: 'Today',
    week: 'This week',
    news: 'News',
    map: 'Map',
    place: 'Day trip',
    pause: 'Pause',
    play: 'Play',
    paused: 'Paused',
    stillThere: 'Still there?',
    warning: (s) => `Without a touch, the display starts over in ${s} seconds.`,
    continue: 'Continue',
    featured: 'Day trip tip',
    noPlace: 'No destination is listed at the moment.',
    comingUp: 'Coming up',
  },
});
