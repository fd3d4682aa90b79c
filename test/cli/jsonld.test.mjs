// `sonnec-feed build` with schema.org JSON-LD: a ThüCAT-style town graph served on 127.0.0.1,
// `--follow` to the attractions it only references, `--header-env` for keyed APIs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, readJson, recordingServer, SOURCES, tempDir } from './helpers.mjs';

const SECRET = 'test-key-7f3a9c0e51';
const VARIABLE = 'SONNEC_TEST_API_KEY';

/** The fixture as if ThüCAT served it from this server: its @ids point here. */
function served(name, base, edit = (doc) => doc) {
  const text = readFileSync(path.join(SOURCES, name), 'utf8').replaceAll(
    'https://thuecat.org/',
    `${base}/`,
  );
  return JSON.stringify(edit(JSON.parse(text)));
}

describe('sonnec-feed build: JSON-LD, --follow and --header-env', () => {
  let other;
  let thuecat;
  const dir = tempDir();

  before(async () => {
    process.env[VARIABLE] = SECRET;
    other = await recordingServer(() => ({ '/resources/elsewhere': { body: '{}' } }));
    thuecat = await recordingServer((base) => ({
      '/resources/t-sonneberg': {
        body: served('thuecat-sonneberg.jsonld', base, (doc) => {
          const town = doc['@graph'][0];
          town['schema:containsPlace'].push(
            { '@id': `${base}/resources/a-gone` },
            { '@id': `${other.base}/resources/elsewhere` },
          );
          return doc;
        }),
      },
      '/resources/a-burg-schaumberg': { body: served('thuecat-burg-schaumberg.jsonld', base) },
      '/moved': { status: 302, headers: { location: `${other.base}/resources/elsewhere` } },
      '/termine.ics': {
        headers: { 'content-type': 'text/calendar' },
        body: [
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:-//test//EN',
          'BEGIN:VEVENT',
          'UID:termin-1',
          'DTSTAMP:20260301T120000Z',
          'DTSTART:20260329T100000Z',
          'SUMMARY:Termin mit Anker',
          'URL:#termin-1',
          'END:VEVENT',
          'END:VCALENDAR',
          '',
        ].join('\r\n'),
      },
    }));
  });

  after(async () => {
    delete process.env[VARIABLE];
    await thuecat.close();
    await other.close();
  });

  it('builds the town, its attractions and events, following references of its own origin', async () => {
    const output = path.join(dir, 'follow.json');
    const town = `${thuecat.base}/resources/t-sonneberg`;
    const run = await cli([
      'build',
      '--follow',
      '5',
      '--header-env',
      `X-Api-Key=${VARIABLE}`,
      town,
      '-o',
      output,
    ]);
    assert.equal(run.code, 0, run.stderr);
    const feed = readJson(output);
    assert.deepEqual(
      feed.places.map((p) => [p.name.de, p.kind, p.city, p.lat, p.lon]),
      [
        ['Burgruine Schaumberg', 'sight', 'both', 50.39381, 10.98964],
        ['Sternwarte Sonneberg', 'observatory', 'sonneberg', 50.3774, 11.1898],
        ['Sonneberg', 'town-centre', 'sonneberg', 50.3575, 11.1756],
      ],
    );
    assert.deepEqual(
      feed.events.map((e) => [
        e.title.de ?? e.title.en ?? e.title,
        e.start,
        e.city,
        ...(e.status ? [e.status] : []),
      ]),
      [
        ['Die Thüringer Kirmes: Grand Prix Brüssel 1910', '2026-12-01', 'sonneberg'],
        ['Öffentliche Führung in der Sternwarte', '2026-12-11T19:00:00+01:00', 'sonneberg'],
        [
          'Adventskonzert im Spielzeugmuseum',
          '2026-12-13T16:00:00+01:00',
          'sonneberg',
          'cancelled',
        ],
        ['Stargazing evening in English', '2026-12-18T19:30:00+01:00', 'sonneberg'],
      ],
    );
    // Followed: the castle (found) and the missing resource; never the other origin.
    assert.deepEqual(
      thuecat.requests.map((r) => r.path),
      ['/resources/t-sonneberg', '/resources/a-burg-schaumberg', '/resources/a-gone'],
    );
    assert.equal(other.requests.length, 0);
    assert.match(run.stderr, /follow .*\/resources\/a-gone: not followed: the server answered 404/);
    assert.match(run.stderr, /elsewhere: not followed: another origin than the source/);
    assert.doesNotMatch(run.stderr, /e-konzert-abgesagt/);
    // The key reaches the server with every request, JSON-LD asked for where references are followed.
    for (const request of thuecat.requests) assert.equal(request.headers['x-api-key'], SECRET);
    assert.match(thuecat.requests[1].headers.accept, /^application\/ld\+json/);
    // …and appears nowhere else.
    for (const text of [run.stdout, run.stderr, readFileSync(output, 'utf8')]) {
      assert.ok(!text.includes(SECRET));
    }
  });

  it('follows nothing by default, and no further than --follow N', async () => {
    const town = `${thuecat.base}/resources/t-sonneberg`;
    thuecat.requests.length = 0;
    const none = await cli(['build', town]);
    assert.equal(none.code, 0, none.stderr);
    assert.equal(JSON.parse(none.stdout).places.length, 2);
    assert.equal(thuecat.requests.length, 1);
    assert.equal(thuecat.requests[0].headers['x-api-key'], undefined);

    thuecat.requests.length = 0;
    const one = await cli(['build', '--follow', '1', town]);
    assert.equal(one.code, 0, one.stderr);
    assert.equal(JSON.parse(one.stdout).places.length, 3);
    assert.equal(thuecat.requests.length, 2);
    assert.match(one.stderr, /a-gone: not followed: the limit of --follow 1 is reached/);
  });

  it('sends the header to the source it precedes, not to the next one', async () => {
    thuecat.requests.length = 0;
    other.requests.length = 0;
    await cli([
      'build',
      '--header-env',
      `X-Api-Key=${VARIABLE}`,
      `${thuecat.base}/resources/t-sonneberg`,
      `${other.base}/resources/elsewhere`,
    ]);
    assert.equal(thuecat.requests[0].headers['x-api-key'], SECRET);
    assert.equal(other.requests.length, 1);
    assert.equal(other.requests[0].headers['x-api-key'], undefined);
    other.requests.length = 0;
  });

  it('sends no header across origins, not even through a redirect', async () => {
    const run = await cli([
      'build',
      '--header-env',
      `X-Api-Key=${VARIABLE}`,
      `${thuecat.base}/moved`,
    ]);
    assert.equal(run.code, 1);
    assert.match(
      run.stderr,
      /redirected to http:\/\/127\.0\.0\.1:\d+: the request's headers and keys are not sent there/,
    );
    assert.equal(other.requests.length, 0);
    assert.ok(!run.stderr.includes(SECRET));
  });

  it('--query-env: the key as a query parameter of the source and of what is followed, never written', async () => {
    thuecat.requests.length = 0;
    const output = path.join(dir, 'query.json');
    const run = await cli([
      'build',
      '--follow',
      '5',
      '--query-env',
      `api_key=${VARIABLE}`,
      `${thuecat.base}/resources/t-sonneberg?format=jsonld`,
      '--query-env',
      `api_key=${VARIABLE}`,
      `${thuecat.base}/termine.ics`,
      '-o',
      output,
    ]);
    assert.equal(run.code, 0, run.stderr);
    const keys = thuecat.requests.map((r) => new URL(r.path, thuecat.base).searchParams);
    assert.deepEqual(
      // Sources are read side by side: in any order.
      thuecat.requests.map((r) => new URL(r.path, thuecat.base).pathname).sort(),
      [
        '/resources/a-burg-schaumberg',
        '/resources/a-gone',
        '/resources/t-sonneberg',
        '/termine.ics',
      ],
    );
    for (const query of keys) assert.equal(query.get('api_key'), SECRET);
    const town = thuecat.requests.findIndex((r) => r.path.startsWith('/resources/t-sonneberg'));
    assert.equal(keys[town].get('format'), 'jsonld');
    assert.equal(readJson(output).places.length, 3);
    // A link relative to the source is resolved against its URL without the key.
    const event = readJson(output).events.find((e) => e.id === 'termin-1');
    assert.equal(event.url, `${thuecat.base}/termine.ics#termin-1`);
    for (const text of [run.stdout, run.stderr, readFileSync(output, 'utf8')]) {
      assert.ok(!text.includes(SECRET));
    }
  });

  it('--query-env: a missing variable is named (never a value), before any request', async () => {
    thuecat.requests.length = 0;
    const run = await cli([
      'build',
      '--query-env',
      'api_key=SONNEC_TEST_UNSET_VARIABLE',
      `${thuecat.base}/resources/t-sonneberg`,
    ]);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /the environment variable SONNEC_TEST_UNSET_VARIABLE \(for the query parameter api_key\) is not set/,
    );
    assert.equal(thuecat.requests.length, 0);
  });

  it('names a missing variable (never a value) and stops before any request', async () => {
    thuecat.requests.length = 0;
    const run = await cli([
      'build',
      '--header-env',
      'X-Api-Key=SONNEC_TEST_UNSET_VARIABLE',
      `${thuecat.base}/resources/t-sonneberg`,
    ]);
    assert.equal(run.code, 2);
    assert.match(
      run.stderr,
      /the environment variable SONNEC_TEST_UNSET_VARIABLE \(for the header X-Api-Key\) is not set/,
    );
    assert.equal(thuecat.requests.length, 0);
  });

  it('reads JSON-LD files: a .jsonld by its extension, a BayernCloud answer by its shape', async () => {
    const output = path.join(dir, 'files.json');
    const run = await cli([
      'build',
      '--city',
      'neustadt',
      'bayerncloud-neustadt.json',
      '--city',
      'sonneberg',
      'thuecat-sonneberg.jsonld',
      '-o',
      output,
    ]);
    assert.equal(run.code, 0, run.stderr);
    const feed = readJson(output);
    const tour = feed.events.find((e) => e.id.endsWith('e-kostuempuppen-fuehrung/'));
    assert.deepEqual(
      [tour.start, tour.end, tour.rrule, tour.exdates, tour.city],
      [
        '2026-05-02T10:00:00+02:00',
        '2026-05-02T11:00:00+02:00',
        'FREQ=WEEKLY;UNTIL=20261031;BYDAY=SA',
        ['2026-08-15T00:00:00+02:00'],
        'neustadt',
      ],
    );
    // The ThüCAT graph's cancelled concert is kept, marked.
    assert.equal(feed.events.length, 7);
    assert.equal(feed.events.filter((e) => e.status === 'cancelled').length, 1);
    assert.equal(feed.places.length, 3);
  });

  const usage = [
    [['build', '--follow', '51', 'a.jsonld'], /--follow needs a number from 0 to 50/],
    [
      ['build', '--header-env', 'X-Api-Key', 'https://x.example/'],
      /--header-env needs NAME=VARIABLE/,
    ],
    [
      ['build', '--header-env', 'X-Api-Key=KEY', 'a.jsonld'],
      /--header-env applies to an http\(s\) source only/,
    ],
    [
      ['build', 'https://x.example/', '--header-env', 'X-Api-Key=KEY'],
      /--header-env must come before its source/,
    ],
    [
      ['build', '--query-env', 'api key=KEY', 'https://x.example/'],
      /--query-env needs NAME=VARIABLE: a query parameter name/,
    ],
    [
      ['build', '--query-env', 'api_key=KEY', 'a.jsonld'],
      /--query-env applies to an http\(s\) source only/,
    ],
    [
      ['build', 'https://x.example/', '--query-env', 'api_key=KEY'],
      /--query-env must come before its source/,
    ],
    [['build', '--format', 'json-ld', 'a.json'], /use ics, rss, atom, geojson, jsonld or sonnec/],
  ];
  for (const [args, message] of usage) {
    it(`refuses ${args.slice(1).join(' ')}`, async () => {
      const run = await cli(args);
      assert.equal(run.code, 2);
      assert.match(run.stderr, message);
    });
  }
});

describe('sonnec-feed: a header value in a message', () => {
  it('is shown as *** even when a server or library puts it into an error', async () => {
    const { run } = await import('../../dist/lib/cli/main.js');
    let err = '';
    const code = await run(
      ['build', '--header-env', `X-Api-Key=${VARIABLE}`, 'https://x.example/'],
      {
        load: async () => {
          throw new Error(`key ${SECRET} was refused`);
        },
        write: async () => true,
        out: () => {},
        err: (text) => (err += text),
        env: (name) => (name === VARIABLE ? SECRET : undefined),
        xmlParser: { parseFromString: () => null },
        version: 'test',
      },
    );
    assert.equal(code, 1);
    assert.match(err, /key \*\*\* was refused/);
    assert.ok(!err.includes(SECRET));
  });
});
