/**
 * Whether a feed has a recurring event (an RRULE): only then do the widgets load the recurrence
 * expander (feed/recurrence.ts), which most feeds never need. Cached per feed, since the
 * widgets ask on every update and a feed of 10,000 single events is a full pass.
 */
import type { Feed } from './types.js';

const answers = new WeakMap<Feed, boolean>();

export function hasSeries(feed: Feed): boolean {
  let answer = answers.get(feed);
  if (answer === undefined) answers.set(feed, (answer = feed.events.some((e) => e.rrule)));
  return answer;
}
