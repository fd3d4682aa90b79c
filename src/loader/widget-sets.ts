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
 * widget's module first), joined by `_`; the file is sets/<name>.js.
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
];

/** The set holding exactly the modules the page's widgets need now, if there is one. */
export function widgetSet(): string | undefined {
  const names: string[] = [];
  for (const [tag, modules] of Object.entries(MODULES)) {
    const elements = [...document.querySelectorAll(tag)];
    if (elements[0]) names.push(...modules(elements));
  }
  const set = names.join('_');
  return SETS.includes(set) ? set : undefined;
}
