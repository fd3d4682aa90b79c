/**
 * The `now` attribute every time-aware widget takes, for previews and tests: an ISO date-time
 * (Berlin wall time without offset, or with one) or epoch milliseconds.
 */
import { parseIsoDate } from '../feed/berlin-time.js';

export const nowConverter = {
  fromAttribute(value: string | null): number | undefined {
    if (!value) return undefined;
    const parsed = parseIsoDate(value);
    if (parsed) return parsed.epoch;
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  },
};
