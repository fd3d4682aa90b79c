// Calendars others leave incomplete (test/fixtures/calendars/incomplete-*.ics): events without
// SUMMARY and VEVENTs without a VCALENDAR are built into the feed, and the report says so per
// event, as items "shown with a note", not "left out".
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cli, ROOT } from './helpers.mjs';

const CALENDARS = path.join(ROOT, 'test/fixtures/calendars');

describe('sonnec-feed build: incomplete calendars', () => {
  it('titles events without SUMMARY as calendar apps do, and notes each', async () => {
    const run = await cli(['build', 'incomplete-untitled.ics'], { cwd: CALENDARS });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).events.map((e) => e.title),
      ['Orgelkonzert', 'Marktplatz Neustadt', { de: '(Kein Titel)', en: '(No title)' }],
    );
    assert.match(run.stderr, /incomplete-untitled\.ics +3 events; 3 shown with a note:/);
    assert.doesNotMatch(run.stderr, /left out/);
    assert.match(
      run.stderr,
      /events\[0\] untitled-1@example\.org: no SUMMARY: the title is the DESCRIPTION’s first line/,
    );
    assert.match(
      run.stderr,
      /events\[1\] untitled-2@example\.org: no SUMMARY: the title is the LOCATION/,
    );
    assert.match(
      run.stderr,
      /events\[2\] untitled-3@example\.org: no SUMMARY: shown as “\(Kein Titel\)”/,
    );
  });

  it('reads VEVENTs without a VCALENDAR, noted once', async () => {
    const run = await cli(['build', 'incomplete-bare-vevents.ics'], { cwd: CALENDARS });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).events.map((e) => e.title),
      ['Stadtratssitzung', 'Christvesper'],
    );
    assert.match(run.stderr, /2 events; 1 shown with a note:/);
    assert.match(
      run.stderr,
      /calendar: no VCALENDAR around the VEVENTs: read as if they stood in one/,
    );
  });
});
