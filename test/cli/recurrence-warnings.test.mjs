// A recurring event whose rule the widgets do not expand shows its first date only: `validate`
// and `build` warn about each one (its id and why), exit 0, and fail with --strict.
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, tempDir } from './helpers.mjs';

const dir = tempDir();
const feed = path.join(dir, 'series.json');
writeFileSync(
  feed,
  JSON.stringify({
    version: 1,
    events: [
      {
        id: 'markt',
        title: 'Markt',
        start: '2026-12-05T07:00',
        city: 'neustadt',
        rrule: 'FREQ=WEEKLY;BYDAY=SA',
      },
      {
        id: 'sprechstunde',
        title: 'Sprechstunde',
        start: '2026-12-07T09:00',
        city: 'sonneberg',
        rrule: 'FREQ=HOURLY;INTERVAL=2;COUNT=4',
      },
      {
        id: 'kw20',
        title: 'Woche 20',
        start: '2027-05-17T10:00',
        city: 'both',
        rrule: 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO',
      },
      {
        id: 'monatsanfang',
        title: 'Monatsanfang',
        start: '2026-12-01T10:00',
        city: 'both',
        rrule: 'FREQ=WEEKLY;BYMONTHDAY=1',
      },
    ],
  }),
);

const WARNINGS = [
  '$.events[1].rrule: event "sprechstunde" shows only its first date: its rule is not expanded (FREQ=HOURLY is not supported (only DAILY, WEEKLY, MONTHLY and YEARLY))',
  '$.events[2].rrule: event "kw20" shows only its first date: its rule is not expanded (BYWEEKNO is not supported)',
  '$.events[3].rrule: event "monatsanfang" shows only its first date: its rule is not expanded (BYMONTHDAY in a WEEKLY rule (RFC 5545 forbids it))',
];

describe('warnings about recurrence rules the widgets do not expand', () => {
  it('validate names each event and its reason, and exits with 0', async () => {
    const run = await cli(['validate', feed]);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(
      run.stdout,
      [
        `${feed}: valid (4 events, 0 news, 0 places, 0 downloads); 3 warnings`,
        ...WARNINGS.map((w) => `  warning ${w}`),
        '',
      ].join('\n'),
    );
  });

  it('validate --strict exits with 1', async () => {
    const run = await cli(['validate', '--strict', feed]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /3 warnings/);
  });

  it('build warns per event and still writes the feed; --strict writes nothing', async () => {
    const output = path.join(dir, 'out.json');
    const run = await cli(['build', feed, '-o', output]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stderr,
      /warn .*series\.json +event "sprechstunde" shows only its first date: .*FREQ=HOURLY is not supported/,
    );
    assert.match(run.stderr, /warn .*event "kw20" .*BYWEEKNO is not supported/);
    assert.match(run.stderr, /warn .*event "monatsanfang" .*BYMONTHDAY in a WEEKLY rule/);
    assert.doesNotMatch(run.stderr, /"markt"/);
    assert.ok(existsSync(output));

    const strictOutput = path.join(dir, 'strict.json');
    const strict = await cli(['build', '--strict', feed, '-o', strictOutput]);
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /nothing written: 3 warning\(s\) and --strict/);
    assert.equal(existsSync(strictOutput), false);
  });
});
