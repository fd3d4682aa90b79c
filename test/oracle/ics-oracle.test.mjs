// The ICS adapter and the recurrence expander against a reference calendar implementation
// (python's recurring-ical-events, from Debian): for every calendar of test/fixtures/calendars,
// the occurrences starting in 2026, in Berlin time, must be the same, and so must the ones that
// are cancelled (STATUS:CANCELLED: shown as such, never left out). Needs `npm run build:lib`
// (it reads dist/lib, like the CLI tests) and installs the reference when missing
// (scripts/install-oracles.sh).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = path.join(ROOT, 'test/fixtures/calendars');
const FROM = '2026-01-01';
const TO = '2027-01-01';
/**
 * Calendars where we knowingly differ, with the reason. Each must still differ: when a change
 * makes one agree, the test says so and its entry goes.
 */
const KNOWN = JSON.parse(
  readFileSync(new URL('ics-known-differences.json', import.meta.url), 'utf8'),
);

const lib = (file) => import(new URL(`dist/lib/${file}`, `file://${ROOT}`).href);

describe('ICS occurrences agree with recurring-ical-events', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.ics'))
    .sort();
  let reference;
  let ours;

  before(async () => {
    execFileSync('bash', [path.join(ROOT, 'scripts/install-oracles.sh')], { stdio: 'inherit' });
    const out = execFileSync(
      '/usr/bin/python3',
      [
        path.join(ROOT, 'test/oracle/ics_oracle.py'),
        FROM,
        TO,
        ...files.map((f) => path.join(DIR, f)),
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    reference = Object.fromEntries(
      Object.entries(JSON.parse(out)).map(([file, starts]) => [path.basename(file), starts]),
    );
    const { parseIcs } = await lib('feed/sources/ics.js');
    const { expandOccurrences } = await lib('feed/recurrence.js');
    const { isoInBerlin, berlinDate } = await lib('feed/sources/wire.js');
    const { parseIsoDate } = await lib('feed/berlin-time.js');
    const [from, to] = [parseIsoDate(FROM).epoch, parseIsoDate(TO).epoch];
    ours = {};
    for (const file of files) {
      const feed = await parseIcs(readFileSync(path.join(DIR, file), 'utf8'));
      ours[file] = feed.events
        .flatMap((event) =>
          expandOccurrences(event.start, event.rrule, event.exdates, from, to, {
            maxOccurrences: 5000,
            // Read by expanders that know the series' zone; ignored by those that do not.
            ...(event.timeZone && { timeZone: event.timeZone }),
          })
            .filter((start) => start >= from)
            .map(
              (start) =>
                (event.allDay ? berlinDate(start) : isoInBerlin(start)) +
                (event.status === 'cancelled' ? ' CANCELLED' : ''),
            ),
        )
        .sort();
    }
  });

  it('has at least 50 calendars, each with occurrences in the window', () => {
    assert.ok(files.length >= 50, `${files.length} calendars`);
    for (const file of files) assert.ok(reference[file].length > 0, file);
  });

  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.ics'))
    .sort()) {
    const known = KNOWN[file];
    it(known ? `${file}: differs as known (${known})` : file, () => {
      if (known)
        assert.notDeepEqual(
          ours[file],
          reference[file],
          `${file} agrees now: remove it from ics-known-differences.json`,
        );
      else assert.deepEqual(ours[file], reference[file]);
    });
  }
});
