// The drop-in bundle (dist/, built by `npm run build`) loads no chunk only after another one
// arrived: wherever a chunk imports another lazily, the same call also requests every chunk
// that one needs (scripts/parallel-imports.mjs). Else a widget's chunk would reveal `core` only
// once it is there, and the event dialog its four helpers one round trip after another.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { staticClosure } from '../../scripts/size-report.mjs';

const dir = 'dist';
const files = [
  path.join(dir, 'sonnec.js'),
  ...readdirSync(path.join(dir, 'chunks'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(dir, 'chunks', f)),
];
const resolve = (from, specifier) => path.join(path.dirname(from), specifier);
/** The chunks `file` needs before it runs, itself left out. */
const needs = (file) => [...staticClosure(file)].filter((f) => f !== file);

/** Each lazy load in `file`: the chunks it requests together, the first being the target. */
function lazyLoads(file) {
  const text = readFileSync(file, 'utf8');
  const loads = [];
  for (const m of text.matchAll(/Promise\.all\(\[((?:import\("[^"]+"\),?)+)\]\)/g)) {
    loads.push([...m[1].matchAll(/import\("([^"]+)"\)/g)].map((x) => resolve(file, x[1])));
  }
  // Lazy loads outside such a group: a target that needs nothing more.
  const grouped = new Set(loads.flat());
  for (const m of text.matchAll(/import\("(\.[^"]+)"\)/g)) {
    const target = resolve(file, m[1]);
    if (!grouped.has(target)) loads.push([target]);
  }
  return loads;
}

describe('drop-in bundle: lazy chunks arrive together', () => {
  // A facade entry (`export … from "./chunks/…"`) would cost every page one round trip before
  // the loader even runs (rollup makes one unless preserveEntrySignatures allows extension).
  it('sonnec.js is the loader itself: it waits for no other file', () => {
    assert.deepEqual(needs(path.join(dir, 'sonnec.js')), []);
  });

  it('builds lazy loads at all (the test reads the current build)', () => {
    const all = files.flatMap(lazyLoads);
    assert.ok(all.length > 10, `only ${all.length} lazy loads found in ${dir}`);
    assert.ok(
      all.some((group) => group.length > 1),
      'no lazy load requests its dependencies',
    );
  });

  for (const file of files) {
    for (const [target, ...together] of lazyLoads(file)) {
      if (!files.includes(target)) continue; // not one of our chunks
      it(`${file} → ${target}`, () => {
        const have = staticClosure(file);
        const missing = needs(target).filter((dep) => !have.has(dep) && !together.includes(dep));
        assert.deepEqual(missing, [], `${target} would wait for ${missing.join(', ')}`);
      });
    }
  }
});
