// The calendars `sonnec-feed build --calendars` publishes, read by a second calendar
// implementation (python's icalendar and recurring-ical-events, from Debian; ical.js reads them
// in test/cli/calendars.test.mjs): each gives the dates `<sonnec-events>` lists for its filter in
// 2027, across both summer-time switches. Needs `npm run build:lib`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { buildCalendars, readJson, ROOT, SOURCES, tempDir } from '../cli/helpers.mjs';

const lib = (file) => import(path.join(ROOT, 'dist/lib', file));
/** 2027 in Berlin. */
const FROM = Date.UTC(2026, 11, 31, 23);
const TO = Date.UTC(2027, 11, 31, 23);

describe('published calendars agree with recurring-ical-events', () => {
  let dir;
  before(async () => {
    execFileSync('bash', [path.join(ROOT, 'scripts/install-oracles.sh')], { stdio: 'inherit' });
    dir = tempDir();
    await buildCalendars(dir, [path.join(SOURCES, 'subscribe-feed.json')], {
      epoch: '1796000000',
    });
  });

  it('every calendar: the same starts as the widget lists', async () => {
    const { validateFeed } = await lib('feed/validate.js');
    const { selectEvents } = await lib('components/events/events-query.js');
    const { expandSeries } = await lib('components/events/events-series.js');
    const { berlinDate, isoInBerlin } = await lib('feed/sources/wire.js');
    const feed = validateFeed(readJson(path.join(dir, 'feed.json')));
    const files = feed.calendars.map((c) => path.join(dir, c.url));
    const reference = JSON.parse(
      execFileSync(
        '/usr/bin/python3',
        [path.join(ROOT, 'test/oracle/ics_oracle.py'), '2027-01-01', '2028-01-01', ...files],
        { encoding: 'utf8' },
      ),
    );
    for (const calendar of feed.calendars) {
      const { items } = selectEvents(feed, {
        now: FROM,
        to: TO,
        city: calendar.city,
        category: calendar.category,
        startingOnly: true,
        expand: expandSeries,
      });
      const ours = items
        .map((o) => (o.event.allDay ? berlinDate(o.start) : isoInBerlin(o.start)))
        .sort();
      assert.ok(ours.length > 0, calendar.id);
      assert.deepEqual(reference[path.join(dir, calendar.url)], ours, calendar.id);
    }
  });
});
