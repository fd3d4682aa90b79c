/**
 * The inverse of recurrence.ts's `parseRule`, for calendar files. A module of its own: the
 * expander loads before content on every events page, this only with the event dialog.
 */
import { WEEKDAYS, type Rule } from './recurrence-rule.js';

/**
 * A rule as an RRULE value again: the parts we read, in RFC 5545 order, with its WKST (the week
 * start we expand with). `until` is the UNTIL value to write (the caller knows the series' zone:
 * a DATE for an all-day series, UTC for a timed one, as RFC 5545 asks).
 */
export function formatRule(rule: Rule, until?: string): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (until !== undefined) parts.push(`UNTIL=${until}`);
  const list = (key: string, values: readonly (number | string)[]) =>
    values.length > 0 && parts.push(`${key}=${values.join(',')}`);
  list(
    'BYDAY',
    rule.byDay.map((d) => `${d.nth || ''}${WEEKDAYS[d.weekday]}`),
  );
  list('BYMONTHDAY', rule.byMonthDay);
  list('BYMONTH', rule.byMonth);
  list('BYSETPOS', rule.bySetPos);
  parts.push(`WKST=${WEEKDAYS[rule.wkst]}`);
  return parts.join(';');
}
