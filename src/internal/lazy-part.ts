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
}
