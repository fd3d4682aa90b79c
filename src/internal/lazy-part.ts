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
  /** The last load failed (the network is gone, a new release removed the chunk). */
  failed = false;
  private loading: Promise<T> | undefined;
  private warned = false;
  private readonly waiting = new WeakSet<object>();
  private readonly loader: () => Promise<T>;

  constructor(loader: () => Promise<T>) {
    this.loader = loader;
  }

  /** Loads the module (once; a failed load is tried again on the next call). */
  load(): Promise<T> {
    this.loading ??= this.loader().then(
      (value) => {
        this.failed = false;
        return (this.value = value);
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        throw error;
      },
    );
    return this.loading;
  }

  /**
   * The module when it is loaded; else undefined, and it starts loading and updates `host` once
   * it is there. For parts that content does not wait for (JSON-LD for search engines). A
   * failure is warned once (as the base element warns of the parts content waits for) and
   * tried again on the next call.
   */
  valueFor(host: HTMLElement & { requestUpdate(): void }): T | undefined {
    if (this.value === undefined && !this.waiting.has(host)) {
      // One pending update per host, however often it renders while the part loads.
      this.waiting.add(host);
      this.load()
        .then(
          () => host.requestUpdate(),
          (error: unknown) => {
            if (!this.warned)
              console.warn(`[sonnec] <${host.localName}>: a part did not load`, error);
            this.warned = true;
          },
        )
        .finally(() => this.waiting.delete(host));
    }
    return this.value;
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
