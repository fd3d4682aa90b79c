/**
 * What each widget tag loads, by the attributes of the page's elements: the widget's module
 * (`define/<name>.ts`) and the parts those attributes need at once. A tag with `filters` takes the
 * variant with its filter bar, events with `layout="cards"` or `"compact"` that layout, a news
 * timeline the timeline's part, a map in view its Leaflet side: beside the widget's code, not a
 * round trip after it.
 * The drop-in loader uses the names to pick a prebuilt set (see widget-sets.ts); `startWidgets`
 * imports the modules one tag at a time.
 */
import { prefetchFeed } from '../feed/prefetch.js';
import { autoload } from '../internal/autoload.js';
import { findFeedSource } from '../internal/feed-source.js';
import { NEAR_PX } from '../internal/near.js';

const filtering = (elements: Element[]) => elements.some((el) => el.hasAttribute('filters'));

/** A map shown within the first screen, or near enough to it that the map will draw at once. */
const drawnAtOnce = (elements: Element[]) =>
  elements.some(
    (el) =>
      el.getAttribute('view') !== 'list' && // as the map reads it (`startView`)
      el.getBoundingClientRect().top < innerHeight + NEAR_PX,
  );

/** A tag with `layout="name"` (spaces and case ignored, as the widgets read it). */
const layout = (elements: Element[], name: string) =>
  elements.some((el) => el.getAttribute('layout')?.trim().toLowerCase() === name);

/** Per tag, the names of the define modules its elements need now. */
export const MODULES: Readonly<Record<string, (elements: Element[]) => string[]>> = {
  'sonnec-downloads': (tags) => [filtering(tags) ? 'downloads-filters' : 'downloads'],
  'sonnec-events': (tags) => [
    filtering(tags) ? 'events-filters' : 'events',
    ...(layout(tags, 'cards') ? ['events-cards'] : []),
    ...(layout(tags, 'compact') ? ['events-compact'] : []),
  ],
  'sonnec-kiosk': () => ['kiosk'],
  'sonnec-map': (tags) => [
    filtering(tags) ? 'map-filters' : 'map',
    ...(drawnAtOnce(tags) ? ['map-drawn'] : []),
  ],
  'sonnec-news': (tags) => [
    filtering(tags) ? 'news-filters' : 'news',
    ...(layout(tags, 'timeline') ? ['news-timeline'] : []),
  ],
};

/** Each define module by name; written out, for the bundler to find them. */
const IMPORTS: Readonly<Record<string, () => Promise<unknown>>> = {
  downloads: () => import('../define/sonnec-downloads.js'),
  'downloads-filters': () => import('../define/sonnec-downloads-filters.js'),
  events: () => import('../define/sonnec-events.js'),
  'events-filters': () => import('../define/sonnec-events-filters.js'),
  'events-cards': () => import('../define/sonnec-events-cards.js'),
  'events-compact': () => import('../define/sonnec-events-compact.js'),
  kiosk: () => import('../define/sonnec-kiosk.js'),
  map: () => import('../define/sonnec-map.js'),
  'map-filters': () => import('../define/sonnec-map-filters.js'),
  'map-drawn': () => import('../define/sonnec-map-drawn.js'),
  news: () => import('../define/sonnec-news.js'),
  'news-filters': () => import('../define/sonnec-news-filters.js'),
  'news-timeline': () => import('../define/sonnec-news-timeline.js'),
};

/** Starts a widget's feed beside its code, not after it. */
export const prefetchFor = (element: Element) => prefetchFeed(findFeedSource(element));

/**
 * Loads each widget's code when its tag first appears on the page. `set`: the prebuilt set the
 * drop-in loader chose for the tags on the page now (loader/widget-sets.ts); a tag added later
 * loads its own modules, and so does every tag if the set fails to load.
 */
export function startWidgets(set?: Promise<unknown>): void {
  const tags = Object.keys(MODULES);
  const inSet = set ? tags.filter((tag) => document.querySelector(tag)) : [];
  const own = (tag: string, elements: Element[]) =>
    Promise.all(MODULES[tag]!(elements).map((name) => IMPORTS[name]!()));
  autoload(
    tags,
    (tag, elements) =>
      inSet.includes(tag) ? set!.catch(() => own(tag, elements)) : own(tag, elements),
    prefetchFor,
  );
}
