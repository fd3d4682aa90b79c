/**
 * When a widget's live region speaks (WCAG 4.1.3: status messages tell of changes). The base
 * element decides what is worth saying; this says it at the right moment: at once, or, while the
 * visitor types in a search field, once typing pauses, so that a screen reader does not read a
 * count per keystroke. Only a widget with a search field needs it: the filter bar's field makes
 * one on its first keystroke (`SonnecElement.typing`), so its code comes with the filter bar.
 */

/** A clock the announcer's timer runs on; tests pass a fake one. */
export interface AnnouncerClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemClock: AnnouncerClock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** How long typing must pause before its result is said. */
export const TYPING_PAUSE_MS = 700;

export class LiveAnnouncer {
  /** The clock of every announcer; replaced by tests only. */
  static clock: AnnouncerClock = systemClock;

  private timer: { clock: AnnouncerClock; handle: unknown } | undefined;
  private typedAt = -Infinity;
  private readonly publish: (text: string) => void;

  constructor(publish: (text: string) => void) {
    this.publish = publish;
  }

  /** The visitor typed in a text field of the widget: what it changes is said after a pause. */
  typed(): void {
    this.typedAt = LiveAnnouncer.clock.now();
  }

  /** Says `text` now, or once typing has paused for `TYPING_PAUSE_MS` (the latest text wins). */
  say(text: string): void {
    this.cancel();
    const clock = LiveAnnouncer.clock;
    const wait = this.typedAt + TYPING_PAUSE_MS - clock.now();
    if (wait <= 0) {
      this.publish(text);
      return;
    }
    // Checked again when the time is up: typing may have gone on without changing the result.
    const handle = clock.setTimeout(() => {
      this.timer = undefined;
      this.say(text);
    }, wait);
    this.timer = { clock, handle };
  }

  /** Drops what is waiting to be said. */
  cancel(): void {
    if (this.timer) this.timer.clock.clearTimeout(this.timer.handle);
    this.timer = undefined;
  }
}
