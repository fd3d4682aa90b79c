/**
 * Series bookkeeping of the ICS adapter, on wire events: which of two masters with one UID is
 * current, whether an RDATE repeats a date the series has anyway, and how an override with
 * `RANGE=THISANDFUTURE` ends a series and starts the next.
 */
import type ICAL from 'ical.js';
import { parseIsoDate } from '../berlin-time.js';
import { expandOccurrences } from '../recurrence.js';
import { berlinDate, type Wire } from './wire.js';

type Component = ICAL.Component;

/**
 * True when `a` is a later version of the event than `b` (RFC 5546 §2.1.5): the higher
 * SEQUENCE, then the later LAST-MODIFIED, then the later DTSTAMP. A tie keeps the first one.
 */
export function isNewerVersion(a: Component, b: Component): boolean {
  const sequence = (c: Component) => {
    const n = Number(c.getFirstPropertyValue('sequence'));
    return Number.isFinite(n) ? n : 0;
  };
  const stamp = (c: Component, name: string) => {
    const value = c.getFirstPropertyValue(name) as ICAL.Time | null;
    return value && typeof value.toUnixTime === 'function' ? value.toUnixTime() : -Infinity;
  };
  for (const rank of [
    sequence,
    (c: Component) => stamp(c, 'last-modified'),
    (c: Component) => stamp(c, 'dtstamp'),
  ]) {
    const [x, y] = [rank(a), rank(b)];
    if (x !== y) return x > y;
  }
  return false;
}

/** The instant of a wire time (`2026-03-06T19:00:00`, `…Z`, `…+01:00`, `2026-03-06`). */
export function epochOf(wire: unknown): number | undefined {
  return parseIsoDate(wire)?.epoch;
}

/** True when a series already has an occurrence at `epoch`: its start or a date of its rule. */
export function seriesHas(master: Wire, epoch: number): boolean {
  const start = epochOf(master.start);
  if (start === undefined) return false;
  if (start === epoch) return true;
  if (typeof master.rrule !== 'string') return false;
  return expandOccurrences(start, master.rrule, [], epoch, epoch + 1).includes(epoch);
}

/** How many occurrences a series has before `epoch` (exceptions count: they spend COUNT too). */
function occurrencesBefore(master: Wire, epoch: number): number {
  const start = epochOf(master.start)!;
  const rule = String(master.rrule);
  const count = Number(/(?:^|;)COUNT=(\d+)/i.exec(rule)?.[1] ?? 100_000);
  return expandOccurrences(start, rule, [], start, epoch, { maxOccurrences: count }).length;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** UNTIL for "the last occurrence before `epoch`", in the form DTSTART's type asks for. */
function untilBefore(epoch: number, allDay: boolean): string {
  if (allDay) return berlinDate(epoch - 86_400_000).replace(/-/g, '');
  const d = new Date(epoch - 1000);
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

function withoutParts(rule: string, ...keys: string[]): string[] {
  return rule.split(';').filter((part) => !keys.includes(part.split('=')[0]!.toUpperCase()));
}

/**
 * Splits a series at an override with `RANGE=THISANDFUTURE` (RFC 5545 §3.8.4.4): the master ends
 * before `epoch` (its COUNT becomes an UNTIL), and `next` (the override, already a wire event)
 * carries the master's rule onward with the rest of its COUNT. Returns false when the master has
 * no occurrence left before `epoch` (the override replaces it entirely).
 */
export function splitSeries(master: Wire, epoch: number, next?: Wire): boolean {
  const rule = typeof master.rrule === 'string' ? master.rrule : undefined;
  if (!rule) return true;
  const before = occurrencesBefore(master, epoch);
  const count = /(?:^|;)COUNT=(\d+)/i.exec(rule)?.[1];
  if (next && typeof next.rrule !== 'string') {
    const left = count === undefined ? undefined : Number(count) - before;
    if (left === undefined) next.rrule = rule;
    else if (left > 1) next.rrule = [...withoutParts(rule, 'COUNT'), `COUNT=${left}`].join(';');
    const exdates = (master.exdates as string[] | undefined)?.filter(
      (d) => (epochOf(d) ?? 0) >= epoch,
    );
    if (exdates?.length) next.exdates = exdates;
  }
  if (before === 0) return false;
  master.rrule = [
    ...withoutParts(rule, 'COUNT', 'UNTIL'),
    `UNTIL=${untilBefore(epoch, master.allDay === true)}`,
  ].join(';');
  return true;
}
