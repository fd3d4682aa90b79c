/** Texts of the map and its list. The filter bar keeps its own (map-filters.messages.ts). */
import { germanFirst } from '../../internal/i18n.js';

const de = {
  label: 'Karte der Region SON.NEC',
  count: (n: number) => (n === 1 ? '1 Ort' : `${n} Orte`),
  empty: 'Zurzeit sind keine Orte vorhanden.',
  noMatch: 'Keine Orte passen zu den Filtern.',
  views: 'Darstellung',
  mapView: 'Karte',
  listView: 'Liste',
  showOnMap: 'Auf der Karte zeigen',
  more: 'Mehr erfahren',
  listLabel: 'Orte',
  mapLoading: 'Die Karte wird geladen …',
  mapFailed: 'Die Karte konnte nicht geladen werden. Die Liste enthält alle Orte.',
  allDay: 'ganztägig',
  time: (t: string) => `${t} Uhr`,
  /** A multi-day event that has begun: "Läuft bis So., 6. Dez." */
  runsUntil: (last: string) => `Läuft bis ${last}`,
  /** A multi-day event still to come: "Freitag, 27. November 2026 bis So., 6. Dez." */
  fromTo: (first: string, last: string) => `${first} bis ${last}`,
  kinds: {
    'town-centre': 'Stadtzentrum',
    museum: 'Museum',
    sight: 'Sehenswürdigkeit',
    memorial: 'Gedenkort',
    market: 'Markt',
    observatory: 'Sternwarte',
    nature: 'Ausflugsziel',
    leisure: 'Freizeit',
    info: 'Information',
    event: 'Veranstaltung',
    place: 'Ort',
  } as Record<string, string>,
};

export type MapMessages = typeof de;

/** English: map.messages.en.ts. */
export const messages = germanFirst('map', de);
