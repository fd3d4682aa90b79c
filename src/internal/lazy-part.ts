/**
 * A part of a widget that only some pages need (the filter bar, the detail dialog, kiosk styles),
 * kept out of the script every page loads. One instance per part, shared by all widgets: the
 * module is imported once, on first need, and its styles are adopted by each widget using it.
 */
import type { CSSResult } from 'lit';

/** What a lazy part's module offers the base class: optionally, styles to adopt. */
export interface PartModule {
  readonly styles?: CSSResult | readonly CSSResult[];
}

export class LazyPart<T = unknown> {
  /** The module, once loaded. */
  value: T | undefined;
  private loading: Promise<T> | undefined;
  private readonly loader: () => Promise<T>;

  constructor(loader: () => Promise<T>) {
    this.loader = loader;
  }

  /** Loads the module (once; a failed load is tried again on the next call). */
  load(): Promise<T> {
    this.loading ??= this.loader().then(
      (value) => (this.value = value),
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * Starts loading when a visitor points at or tabs to an element of `host`'s shadow root that
   * matches `selector` (the button that needs the part): with a mouse or keyboard the part is
   * there before the click, on touch about a tenth of a second earlier. A failure is left to
   * the click, which loads again and reports it.
   */
  warmUpOn(host: HTMLElement, selector: string): void {
    const warm = (event: Event) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && target.closest(selector)) this.load().catch(() => {});
    };
    host.addEventListener('pointerover', warm);
    host.addEventListener('focusin', warm);
  }
}
