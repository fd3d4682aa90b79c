/** The English half of map.messages.ts (German first there). */
import type { MapMessages } from './map.messages.js';

export const map: MapMessages = {
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
  allDay: 'all day',
  time: (t: string) => t,
  runsUntil: (last: string) => `Running until ${last}`,
  fromTo: (first: string, last: string) => `${first} to ${last}`,
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
};
