/** The events every widget fires: bubbling, composed, typed for `addEventListener`. */
import type { FeedErrorKind } from '../feed/errors.js';

export interface SonnecLoadDetail {
  /** How many items the widget shows (after its filters). */
  readonly count: number;
  /**
   * Set when the feed shown is not fresh: the last good copy (kiosk, `offline-cache`), shown
   * because the feed could not be loaded. When that copy was fetched, in epoch milliseconds.
   */
  readonly staleSince?: number;
}
export interface SonnecErrorDetail {
  readonly kind: FeedErrorKind;
  /** The message shown to the visitor, in the widget's language. */
  readonly message: string;
}
export interface SonnecSelectDetail<T = unknown> {
  /** The item the visitor opened (an event, news item, place or download of the feed model). */
  readonly item: T;
}

declare global {
  interface HTMLElementEventMap {
    'sonnec-load': CustomEvent<SonnecLoadDetail>;
    'sonnec-error': CustomEvent<SonnecErrorDetail>;
    'sonnec-select': CustomEvent<SonnecSelectDetail>;
  }
}

export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: true }),
  );
}
