/**
 * The drop-in entry for the script tag: registers every tag. Holds no logic.
 * `<script type="module" src="…/sonnec.js"></script>`
 * Each widget's code loads when its tag first appears on the page (see internal/autoload.ts).
 */
import './define/sonnec-feed.js';
import { prefetchFeed } from './feed/prefetch.js';
import { autoload } from './internal/autoload.js';
import { findFeedSource } from './internal/feed-source.js';
import { NEAR_PX } from './internal/near.js';

/**
 * A tag with `filters` loads its widget together with the filter bar (define/*-filters.ts), a
 * news timeline with the timeline's part, a map in view with Leaflet: beside the widget's code,
 * not a round trip after it.
 */
const filtering = (elements: Element[]) => elements.some((el) => el.hasAttribute('filters'));

/** A tag with `layout="name"` (spaces and case ignored, as news reads it). */
const layout = (elements: Element[], name: string) =>
  elements.some((el) => el.getAttribute('layout')?.trim().toLowerCase() === name);

/** A map shown within the first screen, or near enough to it that the map will draw at once. */
const drawnAtOnce = (elements: Element[]) =>
  elements.some(
    (el) =>
      el.getAttribute('view') !== 'list' && // as the map reads it (`startView`)
      el.getBoundingClientRect().top < innerHeight + NEAR_PX,
  );

autoload(
  {
    'sonnec-downloads': (tags) =>
      filtering(tags)
        ? import('./define/sonnec-downloads-filters.js')
        : import('./define/sonnec-downloads.js'),
    'sonnec-events': (tags) =>
      Promise.all([
        filtering(tags)
          ? import('./define/sonnec-events-filters.js')
          : import('./define/sonnec-events.js'),
        layout(tags, 'cards') && import('./define/sonnec-events-cards.js'),
        layout(tags, 'compact') && import('./define/sonnec-events-compact.js'),
      ]),
    'sonnec-kiosk': () => import('./define/sonnec-kiosk.js'),
    'sonnec-map': (tags) =>
      Promise.all([
        filtering(tags)
          ? import('./define/sonnec-map-filters.js')
          : import('./define/sonnec-map.js'),
        drawnAtOnce(tags) && import('./define/sonnec-map-drawn.js'),
      ]),
    'sonnec-news': (tags) =>
      Promise.all([
        filtering(tags)
          ? import('./define/sonnec-news-filters.js')
          : import('./define/sonnec-news.js'),
        layout(tags, 'timeline') && import('./define/sonnec-news-timeline.js'),
      ]),
  },
  // Each widget's feed starts loading beside the widget's code, not after it.
  (element) => prefetchFeed(findFeedSource(element)),
);

export { VERSION } from './internal/version.js';
