/**
 * Prebuilt sets for the pages most sites have: an events page (a list, cards, a partner's compact
 * list, a city's calendar with filters), a news page, a downloads page, a home page with events, news and
 * downloads. Each set is one file with Lit, the base element, the store and the set's widgets,
 * built on its own (rollup.config.mjs). One file compresses better than four (one gzip window, no
 * import and export lines between chunks) and takes no further round trip: on 2026-12-04 an
 * events page needed 1.3 kB less, events + news + downloads 4.1 kB less.
 * A set carries the loader for every other tag too: a widget added to the page later comes from
 * the same build as the set, with the same classes and store.
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
