/**
 * Prebuilt sets for the pages most sites have: events (a list, cards, a partner's compact list,
 * a city's calendar with filters), news, downloads, a home page with all three, a map (listed,
 * or drawn at once with its Leaflet side as a second file). Each set is one file with Lit, the
 * base element, the store and the set's widgets, built on its own (rollup.config.mjs). One file
 * compresses better than four (one gzip window, no import and export lines between chunks) and
 * takes no further round trip: on 2026-12-04 an events page needed 1.1 kB less, events + news +
 * downloads 3.7 kB less, a map 2.0 kB less.
 * A widget added to the page later loads from the chunks (loader/widget-modules.ts); it shares
 * the feed, since the store lives on a `Symbol.for` global.
 */
import { MODULES } from './widget-modules.js';

/**
 * Module names of loader/widget-modules.ts in the order its table gives them (tags A to Z, each
 * widget's module first), joined by `_`; the file is sets/<name>.js. `all` and widget names
 * joined by `_`: every module of those widgets but a drawn map's Leaflet side (rollup.config.mjs).
 */
export const SETS: readonly string[] = [
  'events',
  'events-filters',
  'events_events-cards',
  'events_events-compact',
  'news',
  'downloads',
  'downloads_events_news',
  'map',
  'map_map-drawn',
  // A town's pages: every module of their widgets (filters, layouts), a map listed or below the
  // first screen. Larger than one page needs, but a sixth smaller than its chunks together.
  'all_downloads_events_news',
  'all_downloads_events_map_news',
];

/**
 * The set for the modules the page's widgets need now: the one holding exactly them, else the
 * `all_` set of exactly the page's widgets (not with a map drawn at once). Otherwise none: the
 * widgets load from the chunks.
 */
export function widgetSet(): string | undefined {
  const names: string[] = [];
  for (const [tag, modules] of Object.entries(MODULES)) {
    const elements = [...document.querySelectorAll(tag)];
    if (elements[0]) names.push(...modules(elements));
  }
  const set = names.join('_');
  // Each widget's modules start with its name (`events`, `events-cards`), in the table's order.
  const all = ['all', ...new Set(names.map((name) => name.split('-')[0]))].join('_');
  return SETS.includes(set) ? set : SETS.includes(all) && !set.includes('drawn') ? all : undefined;
}
