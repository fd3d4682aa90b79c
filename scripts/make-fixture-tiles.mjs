// Renders the fixture tiles that the "granted" story and the demo map show instead of a tile
// server: 256 px PNG tiles of the region, drawn from our own data only (the municipal
// boundaries, © GeoBasis-DE / BKG 2017), so designers see the map with tiles while offline and
// nothing is downloaded from a third party. No dependency: a small indexed-colour PNG encoder
// on node:zlib.
//
//   node scripts/make-fixture-tiles.mjs [path/to/boundaries.geojson]
//
// Writes demo/tiles/{z}/{x}/{y}.png for zoom MIN_ZOOM (the map's least zoom) to MAX_ZOOM over the
// region's bounding box and a margin of tiles around it (a wide map at a low zoom shows more than
// the region; a missing tile would show "tiles unavailable"); the map enlarges the deepest level
// beyond it (`tiles-max-zoom`). Default source as in
// make-map-assets.mjs: ../shared/data/boundaries.geojson.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const MIN_ZOOM = 8;
const MAX_ZOOM = 14;
const OUT = 'demo/tiles';
const SIZE = 256;

// The palette: a quiet base map under our own drawing (areas, border, markers).
const PALETTE = [
  [0xee, 0xee, 0xe6], // 0 land beyond both towns
  [0xdd, 0xeb, 0xe2], // 1 Sonneberg (a pale tint of its green)
  [0xf3, 0xe3, 0xda], // 2 Neustadt b. Coburg (a pale tint of its red-brown)
  [0xd8, 0xd8, 0xcf], // 3 graticule, every 0.01°
  [0x8a, 0x8f, 0x98], // 4 municipal boundary
  [0x3b, 0x3f, 0x45], // 5 state border
];

const source = process.argv[2] ?? new URL('../../shared/data/boundaries.geojson', import.meta.url);
const geo = JSON.parse(readFileSync(source, 'utf8'));
const ring = (ags) => geo.features.find((f) => f.properties.ags === ags).geometry.coordinates[0];
const areas = [
  { colour: 1, ring: ring('16072018') },
  { colour: 2, ring: ring('09473151') },
];
const key = (p) => `${p[0]},${p[1]}`;
const neustadtKeys = new Set(areas[1].ring.map(key));

// Web Mercator: lon/lat to global pixels at zoom z.
const project = ([lon, lat], z) => {
  const scale = SIZE * 2 ** z;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [
    ((lon + 180) / 360) * scale,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale,
  ];
};
const tileOf = (lonLat, z) => project(lonLat, z).map((v) => Math.floor(v / SIZE));

const all = areas.flatMap((a) => a.ring);
const west = Math.min(...all.map((p) => p[0]));
const east = Math.max(...all.map((p) => p[0]));
const south = Math.min(...all.map((p) => p[1]));
const north = Math.max(...all.map((p) => p[1]));

/** Fills a ring (even–odd, sampled at pixel centres) into the tile's pixels. */
function fill(pixels, points, colour, ox, oy) {
  for (let row = 0; row < SIZE; row++) {
    const y = oy + row + 0.5;
    const xs = [];
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y) xs.push(xi + ((y - yi) * (xj - xi)) / (yj - yi));
    }
    xs.sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k += 2) {
      const from = Math.max(0, Math.ceil(xs[k] - ox - 0.5));
      const to = Math.min(SIZE - 1, Math.floor(xs[k + 1] - ox - 0.5));
      for (let col = from; col <= to; col++) pixels[row * SIZE + col] = colour;
    }
  }
}

/** Draws a polyline `width` px wide into the tile's pixels. */
function stroke(pixels, points, colour, width, ox, oy) {
  const r = width / 2;
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = [points[i - 1][0] - ox, points[i - 1][1] - oy];
    const [bx, by] = [points[i][0] - ox, points[i][1] - oy];
    const [x0, x1] = [
      Math.max(0, Math.floor(Math.min(ax, bx) - r)),
      Math.min(SIZE - 1, Math.ceil(Math.max(ax, bx) + r)),
    ];
    const [y0, y1] = [
      Math.max(0, Math.floor(Math.min(ay, by) - r)),
      Math.min(SIZE - 1, Math.ceil(Math.max(ay, by) + r)),
    ];
    const [dx, dy] = [bx - ax, by - ay];
    const length2 = dx * dx + dy * dy || 1e-9;
    for (let y = y0; y <= y1; y++)
      for (let x = x0; x <= x1; x++) {
        const t = Math.max(0, Math.min(1, ((x + 0.5 - ax) * dx + (y + 0.5 - ay) * dy) / length2));
        if (Math.hypot(x + 0.5 - ax - t * dx, y + 0.5 - ay - t * dy) <= r)
          pixels[y * SIZE + x] = colour;
      }
  }
}

/** Thin lines every 0.01° (about 1 km): something to see move when panning a plain area. */
function graticule(pixels, z, ox, oy) {
  if (z < 12) return;
  const step = 0.01;
  for (let lon = Math.ceil(west / step) * step; lon <= east; lon += step)
    stroke(
      pixels,
      [project([lon, south - 0.05], z), project([lon, north + 0.05], z)],
      3,
      1,
      ox,
      oy,
    );
  for (let lat = Math.ceil(south / step) * step; lat <= north; lat += step)
    stroke(pixels, [project([west - 0.1, lat], z), project([east + 0.1, lat], z)], 3, 1, ox, oy);
}

// ---------------------------------------------------------------------------------------------
// PNG, indexed colour, 8 bits per pixel
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}
function png(pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, indexed colour, deflate, no filter method, no interlace
  const raw = Buffer.alloc(SIZE * (SIZE + 1)); // each row: filter byte 0, then its pixels
  for (let row = 0; row < SIZE; row++)
    raw.set(pixels.subarray(row * SIZE, (row + 1) * SIZE), row * (SIZE + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(PALETTE.flat())),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
rmSync(OUT, { recursive: true, force: true });
let count = 0;
let bytes = 0;
for (let z = MIN_ZOOM; z <= MAX_ZOOM; z++) {
  const margin = z <= 11 ? 2 : 1;
  const [xMin, yMin] = tileOf([west, north], z).map((v) => v - margin);
  const [xMax, yMax] = tileOf([east, south], z).map((v) => v + margin);
  const projected = areas.map((a) => ({ ...a, points: a.ring.map((p) => project(p, z)) }));
  // The state border: Sonneberg's boundary where it runs along Neustadt's.
  const sonneberg = areas[0].ring;
  const border = sonneberg.filter((p) => neustadtKeys.has(key(p))).map((p) => project(p, z));
  const width = z >= 13 ? 2 : 1;
  for (let x = xMin; x <= xMax; x++)
    for (let y = yMin; y <= yMax; y++) {
      const [ox, oy] = [x * SIZE, y * SIZE];
      const pixels = new Uint8Array(SIZE * SIZE);
      graticule(pixels, z, ox, oy);
      for (const area of projected) fill(pixels, area.points, area.colour, ox, oy);
      for (const area of projected)
        stroke(pixels, [...area.points, area.points[0]], 4, width, ox, oy);
      stroke(pixels, border, 5, width + 1, ox, oy);
      const file = png(pixels);
      mkdirSync(`${OUT}/${z}/${x}`, { recursive: true });
      writeFileSync(`${OUT}/${z}/${x}/${y}.png`, file);
      count++;
      bytes += file.length;
    }
}
console.log(`${OUT}: ${count} tiles, zoom ${MIN_ZOOM}–${MAX_ZOOM}, ${Math.round(bytes / 1024)} kB`);
