/**
 * A clock for the kiosk (its injectable `KioskClock`) that moves only when told: the kiosk tests
 * and the kiosk soak benchmark run hours of rotation in seconds. No test-library imports, so
 * the benchmark page can bundle it.
 */
import type { KioskClock } from '../../src/components/kiosk/kiosk-clock.js';

/** 4 December 2026, 10:00 in Berlin: the fixtures' Christmas market is on that day. */
export const KIOSK_NOW = Date.UTC(2026, 11, 4, 9, 0);

/** A clock that moves only when told: `tick(ms)` runs every timer due on the way, in order. */
export class FakeClock implements KioskClock {
  time: number;
  private next = 1;
  readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(time = KIOSK_NOW) {
    this.time = time;
  }

  /** How many timers are waiting (the soak checks that none pile up). */
  get pending(): number {
    return this.timers.size;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const id = this.next++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  tick(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers) {
        if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      }
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}
