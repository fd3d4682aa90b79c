// The fixture tiles (scripts/make-fixture-tiles.mjs) cover the region at every zoom the demo and
// the "granted" story use, are real PNGs, and stay small: they are committed, and served offline.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const TILES = 'demo/tiles';
const BUDGET = 300 * 1024;
// The region's corners: both towns' areas.
const [WEST, SOUTH, EAST, NORTH] = [11.038, 50.253, 11.285, 50.508];

const tileOf = (lon, lat, z) => {
  const n = 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [
    Math.floor(((lon + 180) / 360) * n),
    Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n),
  ];
};

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('every tile of the region and a margin around it exists at zoom 8 to 14, as a 256 px PNG', () => {
  for (let z = 8; z <= 14; z++) {
    const margin = z <= 11 ? 2 : 1;
    const [x0, y0] = tileOf(WEST, NORTH, z).map((v) => v - margin);
    const [x1, y1] = tileOf(EAST, SOUTH, z).map((v) => v + margin);
    for (let x = x0; x <= x1; x++)
      for (let y = y0; y <= y1; y++) {
        const path = `${TILES}/${z}/${x}/${y}.png`;
        assert.ok(existsSync(path), `${path} exists`);
        const bytes = readFileSync(path);
        assert.equal(bytes.subarray(1, 4).toString('ascii'), 'PNG', path);
        assert.equal(bytes.readUInt32BE(16), 256, `${path} width`);
        assert.equal(bytes.readUInt32BE(20), 256, `${path} height`);
      }
  }
});

test(`all tiles together stay under ${BUDGET / 1024} kB`, () => {
  const total = files(TILES).reduce((sum, path) => sum + statSync(path).size, 0);
  assert.ok(total < BUDGET, `${Math.round(total / 1024)} kB`);
});

test('the demo map and the "granted" story use them', () => {
  assert.match(readFileSync('demo/map.html', 'utf8'), /tiles="tiles\/\{z\}\/\{x\}\/\{y\}\.png"/);
  assert.match(
    readFileSync('.storybook/main.ts', 'utf8'),
    /from: '\.\.\/demo\/tiles', to: '\/tiles'/,
  );
  assert.match(
    readFileSync('stories/sonnec-map.stories.ts', 'utf8'),
    /LOCAL_TILES = '\/tiles\/\{z\}\/\{x\}\/\{y\}\.png'/,
  );
});
