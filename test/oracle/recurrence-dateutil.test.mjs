// The RRULE expander against python-dateutil as oracle (Debian's python3-dateutil; `npm test`'s
// pretest installs it when run as root on Debian). A seeded generator writes rules within the
// subset the widgets expand (FREQ, INTERVAL, COUNT/UNTIL, BYDAY with and without ordinals,
// BYMONTHDAY also negative, BYMONTH, BYSETPOS, WKST) and Berlin starts, some at the summer-time
// switches; both sides' occurrences are compared as Berlin wall times.
//
// Where dateutil differs from RFC 5545 its answer is read the RFC's way (test/oracle/
// dateutil-oracle.py does it, and says why):
// - dateutil counts on naive wall times, so a day in Berlin's spring gap comes out at 02:30;
//   RFC 5545 (3.3.5) reads it with the offset before the gap: 03:30;
// - dateutil lists DTSTART only when it matches the rule; RFC 5545 always counts it first;
// - dateutil's first WEEKLY period starts at DTSTART instead of the week's WKST day, which
//   changes what BYSETPOS picks in it (its months are whole, as RFC 5545's BYSETPOS example
//   needs): weekly rules with BYSETPOS start on their week's first day here;
// - dateutil reads a BYDAY that mixes ordinals and plain days (MO,1TU) as both at once; the
//   generator writes one kind per rule (recurrence.test.ts checks that we read either).
// UNTIL as a plain date is given to dateutil as that day's 23:59:59 (the widgets read it as the
// whole day; dateutil would read midnight).
//
// Like the CLI tests, this runs the compiled library: `npm run build:lib` first (`npm test`
// builds before it). ORACLE_SEED=n picks another sample; ORACLE_RULES=n another size.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = new URL('../../', import.meta.url);
const LIB = new URL('dist/lib/feed/', ROOT);
const PYTHON = '/usr/bin/python3';
const ORACLE = fileURLToPath(new URL('dateutil-oracle.py', import.meta.url));
const SEED = Number(process.env.ORACLE_SEED ?? 20261204);
const RULES = Number(process.env.ORACLE_RULES ?? 2500);
const MAX = 60;

if (!existsSync(new URL('recurrence.js', LIB))) {
  throw new Error('dist/lib is missing: run `npm run build:lib` first.');
}
const { expandOccurrences } = await import(new URL('recurrence.js', LIB).href);
const { ruleProblem } = await import(new URL('rule-problem.js', LIB).href);
const { fromWall, toWall } = await import(new URL('berlin-time.js', LIB).href);

/** mulberry32: a small seeded generator, so every run checks the same rules. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[int(0, list.length - 1)];
  const chance = (p) => next() < p;
  const some = (n, make) => [...new Set(Array.from({ length: int(1, n) }, make))];
  return { int, pick, chance, some };
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (wall) => new Date(wall).toISOString().slice(0, 19);
const wallText = (wall) => iso(wall).slice(0, 16).replace('T', ' ');

/** Last Sunday of a month, as a day of the month. */
function lastSunday(year, month) {
  const last = new Date(Date.UTC(year, month, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** A Berlin wall time (floating ms): mostly ordinary, sometimes at a summer-time switch. */
function startWall(g) {
  const year = g.int(2024, 2030);
  if (g.chance(0.15)) {
    const month = g.pick([3, 10]);
    const day = lastSunday(year, month) - g.pick([0, 0, 0, 1, 7]);
    const [h, m] = g.pick([
      [2, 30],
      [2, 0],
      [1, 59],
      [3, 0],
      [19, 0],
    ]);
    return Date.UTC(year, month - 1, day, h, m);
  }
  const month = g.int(1, 12);
  const day = g.int(1, new Date(Date.UTC(year, month, 0)).getUTCDate());
  const [h, m] = g.pick([
    [19, 0],
    [10, 30],
    [0, 0],
    [23, 30],
    [7, 15],
  ]);
  return Date.UTC(year, month - 1, day, h, m);
}

/** One rule of the supported subset: ours, and the text given to dateutil. */
function randomRule(g, wall) {
  const freq = g.pick(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
  const parts = [`FREQ=${freq}`];
  let until = '';
  let oracleUntil = '';
  if (g.chance(0.5)) parts.push(`INTERVAL=${g.int(2, freq === 'YEARLY' ? 3 : 5)}`);
  const end = g.pick(['count', 'count', 'until', 'none']);
  if (end === 'count') parts.push(`COUNT=${g.int(1, 40)}`);
  if (end === 'until') {
    const last = new Date(wall + g.int(0, 4 * 365) * 86_400_000);
    const date = `${last.getUTCFullYear()}${pad(last.getUTCMonth() + 1)}${pad(last.getUTCDate())}`;
    if (g.chance(0.5)) {
      until = `UNTIL=${date}`;
      oracleUntil = `UNTIL=${date}T235959`;
    } else {
      until = oracleUntil = `UNTIL=${date}T${g.pick(['000000', '120000', '190000', '233000'])}`;
    }
  }
  const by = [];
  if (g.chance(0.3)) by.push(`BYMONTH=${g.some(3, () => g.int(1, 12)).join(',')}`);
  if (freq !== 'WEEKLY' && g.chance(0.35)) {
    const day = () =>
      g.chance(0.25) ? -g.int(1, 31) : g.chance(0.7) ? g.int(1, 15) : g.int(1, 31);
    by.push(`BYMONTHDAY=${g.some(4, day).join(',')}`);
  }
  if (g.chance(0.5)) {
    const ordinal = freq === 'MONTHLY' || freq === 'YEARLY';
    const scopeYear = freq === 'YEARLY' && !by.some((p) => p.startsWith('BYMONTH='));
    // Ordinals or none: dateutil requires a day to match both kinds when one BYDAY mixes them
    // (MO,1TU gives nothing), where RFC 5545 lists either (recurrence.test.ts checks ours).
    const withOrdinals = ordinal && g.chance(0.6);
    const day = () => {
      if (!withOrdinals) return g.pick(DAYS);
      const n = scopeYear && g.chance(0.3) ? g.int(1, 53) : g.int(1, 5);
      return `${g.chance(0.3) ? -n : n}${g.pick(DAYS)}`;
    };
    by.push(`BYDAY=${g.some(3, day).join(',')}`);
  }
  if (by.length > 0 && g.chance(0.25)) {
    by.push(`BYSETPOS=${g.some(2, () => (g.chance(0.4) ? -g.int(1, 4) : g.int(1, 4))).join(',')}`);
  }
  parts.push(...by);
  if (g.chance(0.3)) parts.push(`WKST=${g.pick(DAYS)}`);
  const join = (u) => [...parts.slice(0, 2), u, ...parts.slice(2)].filter(Boolean).join(';');
  return { rule: join(until), oracleRule: join(oracleUntil) };
}

describe('recurrence against python-dateutil', () => {
  it(`expands ${RULES} random rules (seed ${SEED}) as dateutil does, read by RFC 5545`, () => {
    const g = generator(SEED);
    const cases = [];
    for (let i = 0; i < RULES; i++) {
      let wall = startWall(g);
      const { rule, oracleRule } = randomRule(g, wall);
      if (/WEEKLY.*BYSETPOS/.test(rule)) {
        // dateutil's first week begins at DTSTART, not on WKST, and BYSETPOS counts from there
        // (its months are whole): such a series starts on the first day of its week here.
        const wkst = DAYS.indexOf(/WKST=(\w\w)/.exec(rule)?.[1] ?? 'MO');
        const weekday = (new Date(wall).getUTCDay() + 6) % 7; // 0 = Monday, as DAYS
        wall -= ((((weekday - wkst) % 7) + 7) % 7) * 86_400_000;
      }
      assert.equal(ruleProblem(rule), undefined, `the generator stays in our subset: ${rule}`);
      const start = fromWall(wall);
      const horizon = wall + 3 * 365 * 86_400_000;
      // What the feed's validator keeps for a start in the spring gap (FeedEvent.wallStart).
      const wallStart = toWall(start) === wall ? undefined : wall;
      const ours = expandOccurrences(start, rule, [], start, fromWall(horizon), {
        maxOccurrences: MAX,
        wallStart,
      }).map((epoch) => wallText(toWall(epoch)));
      cases.push({
        start: iso(wall),
        rule,
        oracleRule,
        horizon: iso(horizon),
        ours,
        gap: !!wallStart,
      });
    }
    const run = spawnSync(PYTHON, [ORACLE], {
      input: JSON.stringify(
        cases.map((c) => ({ start: c.start, rule: c.oracleRule, horizon: c.horizon, max: MAX })),
      ),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    assert.equal(
      run.status,
      0,
      `${PYTHON} with python3-dateutil is needed (apt-get install -y python3-dateutil):\n${run.error ?? run.stderr}`,
    );
    const expected = JSON.parse(run.stdout);
    const wrong = cases
      .map((c, i) => ({ ...c, oracle: expected[i] }))
      .filter((c) => JSON.stringify(c.ours) !== JSON.stringify(c.oracle));
    const shown = wrong
      .slice(0, 5)
      .map(
        (c) =>
          `${c.start} ${c.rule}\n  ours:     ${c.ours.join(', ')}\n  dateutil: ${c.oracle.join(', ')}`,
      );
    assert.equal(
      wrong.length,
      0,
      `${wrong.length} of ${cases.length} differ:\n${shown.join('\n')}`,
    );
    // The sample reaches what it is meant to: occurrences, and the switches.
    assert.ok(cases.filter((c) => c.ours.length > 5).length > RULES / 3);
    assert.ok(cases.filter((c) => c.gap).length > 5, 'starts in the spring gap');
  });
});
