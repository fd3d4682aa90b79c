/**
 * Why a recurrence rule is not expanded, for the webmaster (`sonnec-feed validate` and `build`
 * print it per event). The widgets show such a series' first date only. A module of its own: the
 * reasons are text no visitor's phone needs.
 */
import { parseRule, ruleParts, SUPPORTED_PARTS } from './recurrence-rule.js';

/** Parts RFC 5545 defines that the widgets do not expand. */
const UNSUPPORTED = ['BYSECOND', 'BYMINUTE', 'BYHOUR', 'BYYEARDAY', 'BYWEEKNO'];

/** Why the widgets cannot expand `rrule` (an RRULE value); undefined when they can. */
export function ruleProblem(rrule: string): string | undefined {
  if (parseRule(rrule)) return undefined;
  const parts = ruleParts(rrule);
  if (!parts) return 'malformed: PART=value pairs separated by ";" expected, each part once';
  const freq = parts.get('FREQ');
  if (freq === undefined) return 'FREQ is missing';
  if (freq === 'SECONDLY' || freq === 'MINUTELY' || freq === 'HOURLY') {
    return `FREQ=${freq} is not supported (only DAILY, WEEKLY, MONTHLY and YEARLY)`;
  }
  if (!['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'].includes(freq)) return `unknown FREQ=${freq}`;
  for (const key of parts.keys()) {
    if (UNSUPPORTED.includes(key)) return `${key} is not supported`;
    if (!SUPPORTED_PARTS.includes(key)) return `unknown part ${key}`;
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) {
    return 'COUNT and UNTIL together (RFC 5545 allows only one of them)';
  }
  if (freq === 'WEEKLY' && parts.has('BYMONTHDAY')) {
    return 'BYMONTHDAY in a WEEKLY rule (RFC 5545 forbids it)';
  }
  if ((freq === 'DAILY' || freq === 'WEEKLY') && /\d/.test(parts.get('BYDAY') ?? '')) {
    return `BYDAY with a number (such as 1FR) in a ${freq} rule (RFC 5545 forbids it)`;
  }
  for (const [key, value] of parts) {
    if (key !== 'FREQ' && !parseRule(`FREQ=${freq};${key}=${value}`))
      return `malformed ${key}=${value}`;
  }
  return 'cannot be read';
}
