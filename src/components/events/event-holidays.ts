/**
 * Public holidays in the day headings of `<sonnec-events>`' list ("Heilige Drei Könige
 * (Bayern)"): a lazy part with the holiday tables (feed/holidays.ts); content does not wait for it.
 */
import { holidayName, holidayOn, type HolidayCity } from '../../feed/holidays.js';
import type { Lang } from '../../internal/i18n.js';

/**
 * Names the public holidays on a Berlin day (`2027-01-06`) in `towns` (the town chosen, else
 * both); a holiday of both towns once.
 */
export function holidayNamer(
  towns: readonly HolidayCity[],
  lang: Lang,
): (day: string) => string | undefined {
  return (day) => {
    const names = towns
      .map((town) => holidayOn(town, day))
      .filter((h) => h !== undefined)
      .map((h) => holidayName(h, lang));
    return [...new Set(names)].join(', ') || undefined;
  };
}
