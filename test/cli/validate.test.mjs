// `sonnec-feed validate`: the JSON Schema and the widgets' own rules, every problem with its path.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, ROOT, serveFixtures, tempDir } from './helpers.mjs';

const dir = tempDir();

function feedFile(name, value) {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

const BAD = {
  version: 1,
  title: 42,
  events: [
    { id: 'a', title: 'Gut', start: '2026-12-01T10:00', city: 'sonneberg' },
    { id: 'b', title: '', start: '1. Dezember', city: 'coburg' },
    {
      id: 'a',
      title: { de: 'Doppelt', EN: 'x' },
      start: '2026-12-01',
      city: 'both',
      location: { lat: 50 },
    },
  ],
  downloads: [{ id: 'd', title: 'Ohne URL', mediaType: 'pdf' }],
  places: 'keine Liste',
};

describe('sonnec-feed validate', () => {
  it('accepts a good feed with exit code 0', async () => {
    const run = await cli(['validate', 'test/fixtures/feed-good.json'], { cwd: ROOT });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.equal(
      run.stdout,
      'test/fixtures/feed-good.json: valid (3 events, 1 news, 2 places, 5 downloads)\n',
    );
    assert.equal(run.stderr, '');
  });

  it('prints every problem with its JSON path and exits with 1', async () => {
    const file = feedFile('bad.json', BAD);
    const run = await cli(['validate', file]);
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      [
        `${file}: 14 problems`,
        '  $.downloads[0]: missing required field "url"',
        '  $.downloads[0]: left out by the widgets: missing or unsafe url',
        '  $.downloads[0].mediaType: does not match: MIME type, e.g. application/pdf',
        '  $.events[1]: left out by the widgets: missing title',
        '  $.events[1].city: must be one of "sonneberg", "neustadt", "both"',
        '  $.events[1].start: does not match any of: A calendar date: 2026-12-24; An ISO 8601 date-time, preferably with its offset: 2026-12-06T19:00:00+01:00',
        '  $.events[1].title: must NOT have fewer than 1 characters',
        '  $.events[2]: left out by the widgets: duplicate id',
        '  $.events[2].location: missing required field "name"',
        '  $.events[2].location: must have property lon when property lat is present',
        '  $.events[2].title: key "EN" is not allowed (keys must match ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$)',
        '  $.places: must be array',
        '  $.places: left out by the widgets: "places" is not a list',
        '  $.title: must be string or object',
        '',
      ].join('\n'),
    );
  });

  it('accepts an event status and names an unknown one', async () => {
    const event = (id, status) => ({
      id,
      title: 'Konzert',
      start: '2026-12-06',
      city: 'both',
      status,
    });
    const good = feedFile('status.json', {
      version: 1,
      events: [event('a', 'cancelled'), event('b', 'postponed'), event('c', 'moved-online')],
    });
    const ok = await cli(['validate', good]);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    const bad = feedFile('status-bad.json', { version: 1, events: [event('a', 'abgesagt')] });
    const run = await cli(['validate', bad]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /\$\.events\[0\]\.status: must be one of "scheduled", "cancelled"/);
    assert.match(run.stdout, /\$\.events\[0\]: .*status "abgesagt" left out/);
  });

  it('names problems the schema cannot see: duplicate ids, impossible dates', async () => {
    const file = feedFile('subtle.json', {
      version: 1,
      news: [
        { id: 'n', title: 'Eins', date: '2026-02-30', city: 'both' },
        { id: 'm', title: 'Zwei', date: '2026-03-01', city: 'both' },
        { id: 'm', title: 'Drei', date: '2026-03-02', city: 'both' },
      ],
    });
    const run = await cli(['validate', file]);
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      `${file}: 2 problems\n` +
        '  $.news[0]: left out by the widgets: missing or malformed date\n' +
        '  $.news[2]: left out by the widgets: duplicate id\n',
    );
  });

  it('reports a file that is not JSON, or not a feed, at $', async () => {
    const notJson = feedFile('broken.json', '{"version": 1, "events": [');
    const notFeed = feedFile('array.json', '[1, 2, 3]');
    const run = await cli(['validate', notJson, notFeed]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /broken\.json: 1 problem\n {2}\$: not valid JSON \(/);
    assert.match(run.stdout, /array\.json: 1 problem\n {2}\$: must be object\n/);
  });

  it('checks several feeds and fails if one fails; a missing file is a problem too', async () => {
    const run = await cli([
      'validate',
      path.join(ROOT, 'test/fixtures/feed-good.json'),
      'fehlt.json',
    ]);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /feed-good\.json: valid/);
    assert.match(run.stderr, /fehlt\.json: cannot be read \(ENOENT/);
  });

  describe('over HTTP', () => {
    let server;
    before(async () => {
      server = await serveFixtures({
        '/sonnec.json': { file: '../feed-good.json', type: 'application/json' },
      });
    });
    after(() => server.close());

    it('validates a published feed by its URL', async () => {
      const run = await cli(['validate', server.url('/sonnec.json')]);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /sonnec\.json: valid/);
    });
  });
});
