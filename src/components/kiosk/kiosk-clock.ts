/**
 * The kiosk's clock: every timer of `<sonnec-kiosk>` goes through it, so tests and the soak
 * benchmark can drive hours of rotation, idle resets and refreshes in milliseconds. The same
 * clock as the map's opening-hours timers (internal/clock.ts).
 */
import { systemClock, type Clock } from '../../internal/clock.js';

export type KioskClock = Clock;
export { systemClock };

/** One named timer on a clock: starting it again replaces the previous one. */
export class KioskTimer {
  private handle: unknown;
  /** The clock the running timer was started on (the kiosk's clock may be replaced). */
  private owner: KioskClock | undefined;
  private readonly clock: () => KioskClock;

  constructor(clock: () => KioskClock) {
    this.clock = clock;
  }

  get running(): boolean {
    return this.handle !== undefined;
  }

  start(ms: number, callback: () => void): void {
    this.stop();
    this.owner = this.clock();
    this.handle = this.owner.setTimeout(() => {
      this.handle = undefined;
      callback();
    }, ms);
  }

  stop(): void {
    if (this.handle === undefined) return;
    this.owner?.clearTimeout(this.handle);
    this.handle = this.owner = undefined;
  }
}
