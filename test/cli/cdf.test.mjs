// `sonnec-feed build` reads CDF (Microsoft's Channel Definition Format), as feedparser does:
// found by its root element, whatever the file is called.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli } from './helpers.mjs';

describe('sonnec-feed build: CDF', () => {
  it('builds the channel’s news, noting the item that takes the channel’s date', async () => {
    const run = await cli(['build', '--city', 'sonneberg', 'sonneberg-channel.cdf']);
    assert.equal(run.code, 0, run.stderr);
    const { news } = JSON.parse(run.stdout);
    assert.deepEqual(
      news.map((n) => [n.title, n.url]),
      [
        ['Kirmes im Herbst', 'https://www.sonneberg.de/kultur/kirmes.html'],
        [
          'Neue Öffnungszeiten im Bürgerbüro',
          'https://www.sonneberg.de/aktuelles/buergerbuero.html',
        ],
        ['Sternwarte: Vortrag "Sonne & Mond"', 'https://www.sonneberg.de/sternwarte/vortrag.html'],
        ['Spielzeugmuseum: neue Ausstellung', 'https://www.sonneberg.de/kultur/museum.html'],
      ],
    );
    assert.match(run.stderr, /4 news; 1 shown with a note:/);
    assert.match(
      run.stderr,
      /news\[3\] .*kirmes\.html: no date of its own: the channel's date is shown/,
    );
  });
});
