/**
 * The npm entry: classes, types and helpers. Registers nothing; import `@sonnec/widgets/sonnec.js`
 * (or one of `define/*.js`) to register the tags.
 */
export { SonnecDownloads } from './components/downloads/sonnec-downloads.js';
export { SonnecEvents, type EventsLayout } from './components/events/sonnec-events.js';
export { SonnecFeed } from './components/feed/sonnec-feed.js';
export {
  SonnecKiosk,
  systemClock,
  type KioskClock,
  type KioskViewId,
} from './components/kiosk/sonnec-kiosk.js';
export { SonnecMap, type MapState } from './components/map/sonnec-map.js';
export { SonnecNews } from './components/news/sonnec-news.js';
export { SonnecElement, type WidgetState } from './internal/sonnec-element.js';
export { define } from './internal/define.js';
export {
  grantConsent,
  hasConsent,
  onConsentChange,
  revokeConsent,
  revokeAllConsent,
  type ConsentPurpose,
  type SonnecConsentDetail,
} from './internal/consent.js';
export { FeedError, type FeedErrorKind } from './feed/errors.js';
export { loadFeed, forgetFeed, refreshFeed, clearFeedCache } from './feed/store.js';
export { validateFeed } from './feed/validate.js';
export { loadOpeningHoursReader } from './feed/opening-hours-reader.js';
export type * from './feed/types.js';
export type * from './internal/events.js';
