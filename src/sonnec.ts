/**
 * The drop-in entry for the script tag: registers every tag. Holds no logic.
 * `<script type="module" src="…/sonnec.js"></script>`
 * Each widget's code loads when its tag first appears on the page (see internal/autoload.ts).
 */
import './define/sonnec-feed.js';
import { prefetchFeedOf } from './feed/prefetch.js';
import { autoload } from './internal/autoload.js';

autoload(
  {
    'sonnec-downloads': () => import('./define/sonnec-downloads.js'),
    'sonnec-events': () => import('./define/sonnec-events.js'),
    'sonnec-kiosk': () => import('./define/sonnec-kiosk.js'),
    'sonnec-map': () => import('./define/sonnec-map.js'),
    'sonnec-news': () => import('./define/sonnec-news.js'),
  },
  // Each widget's feed starts loading beside the widget's code, not after it.
  prefetchFeedOf,
);

export { VERSION } from './internal/version.js';
