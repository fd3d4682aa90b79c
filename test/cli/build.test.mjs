// `sonnec-feed build`: the cities' real exports in, one shared feed out.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, readJson, serveFixtures, tempDir } from './helpers.mjs';

const SONNEBERG = ['typo3-sf-event-mgt.ics', 'typo3-cal.ics', 'typo3-news.rss.xml'];
const NEUSTADT = ['wordpress-tec.ics', 'outlook.ics', 'wordpress.rss.xml'];
const BOTH = ['son-nec.atom.xml', 'places.geojson'];

function buildArgs(output) {
  return [
    'build',
    '--title',
    'SON.NEC',
    '--city',
    'sonneberg',
    ...SONNEBERG,
    '--city',
    'neustadt',
    ...NEUSTADT,
    '--city',
    'both',
    ...BOTH,
    '-o',
    output,
  ];
}

describe('sonnec-feed build', () => {
  const dir = tempDir();
  const output = path.join(dir, 'feed.json');
  let run;
  let feed;

  before(async () => {
    run = await cli(buildArgs(output));
    feed = readJson(output);
  });

  it('merges every source into one feed and says what it did', () => {
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    // The cancelled event is kept, marked cancelled (below), not left out.
    assert.match(run.stderr, /ok {3}sonneberg typo3-sf-event-mgt\.ics +6 events\n/);
    assert.match(run.stderr, /ok {3}both {6}places\.geojson +3 places; 4 left out:/);
    // The TYPO3 item without a date of its own is shown with its channel's, and said so.
    assert.match(run.stderr, /typo3-news\.rss\.xml +3 news; 1 shown with a note:/);
    assert.match(
      run.stderr,
      /news\[2\] news-1200: no date of its own: the channel's date is shown/,
    );
    assert.match(
      run.stderr,
      /wrote .*feed\.json: 15 events, 7 news, 3 places from 8 source\(s\)\.\n$/,
    );
    assert.equal(feed.version, 1);
    assert.equal(feed.title, 'SON.NEC');
    assert.deepEqual(
      feed.cities.map((c) => c.id),
      ['sonneberg', 'neustadt'],
    );
    assert.equal(feed.events.length, 15);
    assert.equal(feed.news.length, 7);
    assert.equal(feed.places.length, 3);
  });

  it('gives each item the city of its source group', () => {
    const city = (id) => feed.events.find((e) => e.id === id)?.city;
    assert.equal(city('sf-event-mgt-412@www.sonneberg.de'), 'sonneberg');
    assert.equal(city('10001240-1774774800-1774796400@www.neustadt-bei-coburg.de'), 'neustadt');
    assert.equal(feed.news.find((n) => n.id === 'news-1234').city, 'sonneberg');
    // GeoJSON properties name their own city.
    assert.equal(feed.places.find((p) => p.id === 'node/240089581').city, 'neustadt');
  });

  it('lists an event both cities publish once, for both', () => {
    const fest = feed.events.filter((e) => e.title === 'Grenzgängerfest an der Gebrannten Brücke');
    assert.equal(fest.length, 1);
    assert.deepEqual(fest[0], {
      id: 'sf-event-mgt-440@www.sonneberg.de',
      title: 'Grenzgängerfest an der Gebrannten Brücke',
      start: '2026-06-13T11:00:00+02:00',
      end: '2026-06-13T22:00:00+02:00',
      allDay: false,
      city: 'both',
      categories: ['Fest', 'SON.NEC'],
      description: '<p>Gemeinsames Fest von Sonneberg und Neustadt an der früheren Grenze.</p>',
      location: { name: 'Gebrannte Brücke' },
    });
  });

  it('writes Berlin times with offsets, all-day ends inclusive, recurrence as rrule + exdates', () => {
    const byId = (id) => feed.events.find((e) => e.id === id);
    assert.equal(
      byId('10001234-1774720800-1774731600@www.neustadt-bei-coburg.de').start,
      '2026-03-28T19:00:00+01:00',
    );
    const christmas = byId('sf-event-mgt-420@www.sonneberg.de');
    assert.deepEqual(
      [christmas.start, christmas.end, christmas.allDay],
      ['2026-12-04', '2026-12-06', true],
    );
    const council = byId('a1b2c3d4e5f6-cal-88');
    assert.equal(council.rrule, 'FREQ=MONTHLY;COUNT=6;BYDAY=1TH');
    assert.deepEqual(council.exdates, ['2026-05-07T17:00:00+02:00']);
    assert.equal(byId('a1b2c3d4e5f6-cal-88/20260521T170000').start, '2026-05-21T17:00:00+02:00');
    const night = byId('sf-event-mgt-431@www.sonneberg.de');
    assert.deepEqual(
      [night.start, night.end],
      ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00'],
    );
    // Events in time order, news newest first.
    const starts = feed.events.map((e) => Date.parse(e.start));
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.equal(feed.news[0].id, 'https://www.neustadt-bei-coburg.de/?p=48213');
  });

  it('leaves private events out of the published feed and keeps cancelled ones, marked', () => {
    assert.equal(
      feed.events.some((e) => e.title === 'Personalgespräch'),
      false,
    );
    const cancelled = feed.events.filter((e) => e.status);
    assert.deepEqual(
      cancelled.map((e) => [e.id, e.status]),
      [['sf-event-mgt-450@www.sonneberg.de', 'cancelled']],
    );
  });

  it('writes the same bytes on every run (stable ids, stable order, no clock)', async () => {
    const again = path.join(dir, 'again.json');
    const second = await cli(buildArgs(again));
    assert.equal(second.code, 0);
    assert.equal(readFileSync(again, 'utf8'), readFileSync(output, 'utf8'));
  });

  it('leaves an unchanged feed untouched, so its date and ETag stay', async () => {
    const before = statSync(output).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const rerun = await cli(buildArgs(output));
    assert.equal(rerun.code, 0);
    assert.match(rerun.stderr, /feed\.json is up to date: 15 events/);
    assert.equal(statSync(output).mtimeMs, before);
  });

  it('writes a feed that passes validate', async () => {
    const check = await cli(['validate', output]);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.equal(check.stdout, `${output}: valid (15 events, 7 news, 3 places, 0 downloads)\n`);
  });

  it('writes to standard output without -o', async () => {
    const run = await cli(['build', '--city', 'sonneberg', 'typo3-cal.ics']);
    assert.equal(run.code, 0);
    const out = JSON.parse(run.stdout);
    assert.deepEqual(
      out.events.map((e) => [e.id, e.city]),
      [
        ['a1b2c3d4e5f6-cal-88', 'sonneberg'],
        ['a1b2c3d4e5f6-cal-88/20260521T170000', 'sonneberg'],
      ],
    );
    assert.equal('title' in out, false);
    assert.match(run.stderr, /feed written to standard output: 2 events from 1 source\(s\)/);
  });

  it('writes compact JSON for phones, indented with --pretty, the same feed either way', async () => {
    const compact = await cli(['build', '--city', 'sonneberg', 'typo3-cal.ics']);
    const pretty = await cli(['build', '--pretty', '--city', 'sonneberg', 'typo3-cal.ics']);
    assert.equal(compact.stdout.trimEnd().includes('\n'), false, 'one line');
    assert.match(pretty.stdout, /^{\n {2}"version": 1,\n/);
    assert.deepEqual(JSON.parse(compact.stdout), JSON.parse(pretty.stdout));
    assert.ok(compact.stdout.length < pretty.stdout.length);
  });

  it('writes only the collections of --only: a smaller feed for a one-widget page', async () => {
    const dir = tempDir();
    const eventsOnly = path.join(dir, 'events.json');
    const run = await cli([...buildArgs(eventsOnly), '--only', 'events']);
    assert.equal(run.code, 0, run.stderr);
    const only = readJson(eventsOnly);
    assert.deepEqual(only.events, feed.events);
    assert.deepEqual([only.news ?? [], only.places ?? []], [[], []]);
    assert.deepEqual(
      only.cities.map((c) => c.id),
      ['sonneberg', 'neustadt'],
    );
    assert.ok(statSync(eventsOnly).size < statSync(output).size);
    assert.match(run.stderr, /wrote .*events\.json: 15 events from 8 source\(s\)\.\n$/);
    const check = await cli(['validate', eventsOnly]);
    assert.equal(check.code, 0, check.stdout + check.stderr);
  });

  it('refuses an unknown collection in --only', async () => {
    const run = await cli(['build', '--only', 'events,termine', 'typo3-cal.ics']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /Unknown collection "termine"/);
  });

  it('merges the same calendar given for both cities into items for both (same UID)', async () => {
    const run = await cli([
      'build',
      '--city',
      'sonneberg',
      'google-calendar.ics',
      '--city',
      'neustadt',
      'google-calendar.ics',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.events.length, 4);
    assert.deepEqual([...new Set(out.events.map((e) => e.city))], ['both']);
  });
});

describe('sonnec-feed build from URLs', () => {
  let server;
  before(async () => {
    server = await serveFixtures({
      '/export/termine': { file: 'google-calendar.ics', type: 'text/plain; charset=utf-8' },
      '/aktuelles.atom': { file: 'son-nec.atom.xml', type: 'application/atom+xml' },
      '/karte': { file: 'places.geojson', type: 'application/json' },
    });
  });
  after(() => server.close());

  it('reads http sources by their content and resolves their relative links', async () => {
    const run = await cli([
      'build',
      server.url('/export/termine'),
      server.url('/aktuelles.atom'),
      server.url('/karte'),
    ]);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.stdout);
    assert.equal(out.events.length, 4);
    assert.equal(out.places.length, 3);
    const ilrek = out.news.find((n) => n.title.startsWith('ILREK'));
    assert.equal(ilrek.image.src, server.url('/media/ilrek-titel.jpg'));
  });

  it('writes nothing when a source fails, so the last good feed stays published', async () => {
    const dir = tempDir();
    const output = path.join(dir, 'feed.json');
    writeFileSync(output, '{"version":1,"events":[]}\n');
    const run = await cli([
      'build',
      server.url('/aktuelles.atom'),
      server.url('/weg'),
      '-o',
      output,
    ]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /FAIL both +http:\/\/127\.0\.0\.1:\d+\/weg +the server answered 404/);
    assert.match(run.stderr, /nothing written: 1 of 2 source\(s\) failed/);
    assert.equal(readFileSync(output, 'utf8'), '{"version":1,"events":[]}\n');
  });

  it('publishes the others with --keep-going', async () => {
    const dir = tempDir();
    const output = path.join(dir, 'feed.json');
    const run = await cli([
      'build',
      '--keep-going',
      server.url('/aktuelles.atom'),
      server.url('/weg'),
      '-o',
      output,
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readJson(output).news.length, 2);
    assert.match(run.stderr, /from 1 source\(s\)/);
  });

  it('lets --format force the format of the next source', async () => {
    const forced = await cli(['build', '--format', 'sonnec', server.url('/export/termine')]);
    assert.equal(forced.code, 1);
    assert.match(forced.stderr, /The feed is not valid JSON\./);
    const right = await cli(['build', '--format', 'ics', server.url('/export/termine')]);
    assert.equal(right.code, 0, right.stderr);
  });
});

describe('sonnec-feed usage', () => {
  it('explains wrong usage with exit code 2', async () => {
    for (const [args, message] of [
      [['build'], /build needs at least one source/],
      [['build', '--city', 'coburg', 'a.ics'], /Unknown city "coburg"/],
      [['build', '--format', 'pdf', 'a.pdf'], /Unknown format "pdf"/],
      [['build', 'a.ics', '--format', 'ics'], /--format must come right before a source/],
      [['build', '--frobnicate', 'a.ics'], /Unknown option: --frobnicate/],
      [['publish'], /Unknown command: publish/],
      [['validate'], /validate needs a feed file or URL/],
    ]) {
      const run = await cli(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.match(run.stderr, /Usage:/);
    }
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage:/);
    const version = await cli(['--version']);
    const { version: expected } = readJson(new URL('../../package.json', import.meta.url));
    assert.equal(version.stdout, `${expected}\n`);
  });

  it('fails with exit code 1 when no source can be read', async () => {
    const run = await cli(['build', 'gibt-es-nicht.ics']);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /FAIL both +gibt-es-nicht\.ics +ENOENT/);
    assert.match(run.stderr, /nothing written: no source could be read/);
    assert.equal(existsSync('gibt-es-nicht.json'), false);
  });
});
