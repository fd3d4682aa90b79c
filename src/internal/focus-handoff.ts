/**
 * Focus for controls that remove themselves ("Filter zurücksetzen", "Detailkarte laden",
 * "Erneut versuchen"): without help, focus falls to <body> and a keyboard or screen-reader user
 * starts over at the top of the page (WCAG 2.4.3). `handOffFocus` watches the widget's renders
 * and, once the control is gone and focus with it, moves focus to where the visitor continues.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export interface HandOffOptions {
  /**
   * Where focus waits while `next()` finds nothing yet (a widget loading its feed again); it
   * moves on to `next()`'s element once that exists.
   */
  readonly meanwhile?: () => HTMLElement | null | undefined;
  /** The widget's shadow root, when the control may already be gone (removed, it has none). */
  readonly root?: Node;
}

/** One hand-off per widget: a newer one replaces the older. */
const handOffs = new WeakMap<ReactiveElement, ReactiveController>();

/**
 * After `control` (which has focus now) is removed by the widget's next renders, focuses the
 * element `next()` returns. Nothing is moved when the visitor has put focus elsewhere meanwhile.
 */
export function handOffFocus(
  control: Element,
  next: () => HTMLElement | null | undefined,
  options: HandOffOptions = {},
): void {
  const root = options.root ?? control.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  const host = root.host as ReactiveElement;
  if (typeof host.addController !== 'function') return;
  let waitingAt: HTMLElement | undefined;
  const done = () => {
    host.removeController(handOff);
    if (handOffs.get(host) === handOff) handOffs.delete(host);
  };
  const handOff: ReactiveController = {
    hostUpdated() {
      const active = root.activeElement;
      // Still on the control (not removed yet), or the visitor went on elsewhere.
      if (active === control && control.isConnected) return;
      const lost = active === null && !elsewhere(host);
      // A control removed while focus was elsewhere leaves it there.
      if (!lost && !(waitingAt && active === waitingAt)) return done();
      const target = next();
      if (target) {
        focusElement(target);
        return done();
      }
      const wait = options.meanwhile?.();
      if (wait && wait !== active) {
        focusElement(wait);
        waitingAt = wait;
      } else if (!wait) done();
    },
  };
  const previous = handOffs.get(host);
  if (previous) host.removeController(previous);
  handOffs.set(host, handOff);
  host.addController(handOff);
  // Looked at after the next render, also when the control went before the hand-off came.
  host.requestUpdate();
}

/** True when focus is on something outside the widget (not <body>, nothing, or the widget). */
function elsewhere(host: Element): boolean {
  const active = document.activeElement;
  return active !== null && active !== document.body && active !== host;
}

/**
 * Focuses `element`; one that is not focusable by itself (a heading, a panel) becomes so until
 * it loses focus, so that Tab does not stop there later.
 */
export function focusElement(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: false });
}
