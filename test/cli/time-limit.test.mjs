// `sonnec-feed build` never hangs on a source: each is read in a worker thread that is ended
// after a time limit, and the ICS adapter bounds what it hands to ical.js.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, tempDir } from './helpers.mjs';

describe('sonnec-feed build: time limits', () => {
  it('ends a source that takes longer than the limit and names it', async () => {
    // A limit no parser can meet stands in for a source that would never end.
    process.env.SONNEC_FEED_PARSE_TIMEOUT_MS = '1';
    try {
      const dir = tempDir();
      const run = await cli(['build', 'typo3-cal.ics', '-o', path.join(dir, 'feed.json')]);
      assert.equal(run.code, 1, run.stderr);
      assert.match(
        run.stderr,
        /FAIL both +typo3-cal\.ics +reading the source took longer than 0\.001 s/,
      );
    } finally {
      delete process.env.SONNEC_FEED_PARSE_TIMEOUT_MS;
    }
  });

  it('reads a calendar whose DURATION would hang ical.js, without that DURATION', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'endlos.ics');
    writeFileSync(
      file,
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:endlos',
        'SUMMARY:Endlos',
        'DTSTART:20260601T100000Z',
        'DURATION:P999999999999999999W',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
    const started = Date.now();
    const run = await cli(['build', file, '-o', path.join(dir, 'feed.json')]);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(Date.now() - started < 30_000);
    assert.match(run.stderr, /1 events; 1 left out:/);
    assert.match(run.stderr, /events\[0\] endlos: DURATION left out/);
  });
});
