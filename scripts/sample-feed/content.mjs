// The texts of the sample feed, read from demo/content/*.json (see demo/content/README.md),
// and the small helpers that turn an entry there into feed fields.
import { readFileSync } from 'node:fs';

const read = (name) =>
  JSON.parse(readFileSync(new URL(`../../demo/content/${name}`, import.meta.url), 'utf8'));

export const VOCABULARY = read('vocabulary.json');
export const PLACES_IN = read('places.json');
export const EVENT_TEXTS = {
  ...read('events-recurring.json'),
  ...read('events-annual.json'),
  ...read('events-monthly.json'),
};
export const HISTORY = read('news-history.json');
export const NEWS = read('news.json');
export const DOWNLOADS = read('downloads.json');

const CITY_URL = Object.fromEntries(VOCABULARY.cities.map((c) => [c.id, c.url]));
export const cityUrl = (city) => CITY_URL[city === 'neustadt' ? 'neustadt' : 'sonneberg'];

/** A picture from the vocabulary, with its credit. */
export function image(key) {
  if (key === undefined) return undefined;
  const found = VOCABULARY.images[key];
  if (!found) throw new Error(`demo/content: unknown image "${key}"`);
  return { src: found.src, alt: found.alt, credit: VOCABULARY.imageCredit };
}

/** A key of a vocabulary table, checked. */
export function lookup(table, key) {
  if (key === undefined) return undefined;
  const found = VOCABULARY[table][key];
  if (found === undefined) throw new Error(`demo/content: unknown ${table} "${key}"`);
  return found;
}

/** A language map with `{name}` placeholders filled from `values` (per language or plain). */
export function fill(text, values = {}) {
  if (text === undefined) return undefined;
  const out = {};
  for (const [lang, value] of Object.entries(text)) {
    out[lang] = value.replace(/\{(\w+)\}/g, (whole, name) => {
      const v = values[name];
      if (v === undefined) return whole;
      return typeof v === 'string' ? v : (v[lang] ?? v.de);
    });
  }
  return out;
}

export const PLACES = PLACES_IN.map((p) => ({ ...p, image: image(p.image) }));
const PLACE = Object.fromEntries(PLACES.map((p) => [p.id, p]));
export const placeOf = (id) => {
  const found = PLACE[id];
  if (!found) throw new Error(`demo/content: unknown place "${id}"`);
  return found;
};

/** An event's location: a known place (copied, with `placeId`), or a given name and address. */
export function locationOf({ place, room, location }) {
  if (location) return location;
  if (!place) return undefined;
  const p = placeOf(place);
  const name = room ? fill({ de: '{a}, {b}', en: '{a}, {b}' }, { a: p.name, b: room }) : p.name;
  return {
    name,
    ...(p.address !== undefined && { address: p.address }),
    lat: p.lat,
    lon: p.lon,
    placeId: place,
  };
}
