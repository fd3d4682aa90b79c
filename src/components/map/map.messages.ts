/**
 * Texts of the map and its list. The lazy parts keep their own: the filter bar
 * (map-filters.messages.ts), the events' date lines (map-events.ts).
 */
import { defineMessages } from '../../internal/i18n.js';

export const messages = defineMessages({
  de: {
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
  },
  en: {
    label: 'Map of the SON.NEC region',
    count: (n: number) => (n === 1 ? '1 place' : `${n} places`),
    empty: 'There are no places at the moment.',
    noMatch: 'No places match the filters.',
    views: 'View',
    mapView: 'Map',
    listView: 'List',
    showOnMap: 'Show on the map',
    more: 'Learn more',
    listLabel: 'Places',
    mapLoading: 'Loading the map …',
    mapFailed: 'The map could not be loaded. The list holds every place.',
    kinds: {
      'town-centre': 'Town centre',
      museum: 'Museum',
      sight: 'Sight',
      memorial: 'Memorial',
      market: 'Market',
      observatory: 'Observatory',
      nature: 'Excursion',
      leisure: 'Leisure',
      info: 'Information',
      event: 'Event',
      place: 'Place',
    } as Record<string, string>,
  },
});

export type MapMessages = (typeof messages)['de'];
