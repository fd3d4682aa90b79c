// What every visitor downloads carries no `sourceMappingURL` comment (the maps stay beside the
// chunks for debugging, written by rollup with `sourcemap: 'hidden'`).
// Run by `npm run test:bundle` in `npm test`, after the build.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { measureBundle } from '../../scripts/size-report.mjs';

it('the drop-in bundle has no sourceMappingURL comments, its maps are files', () => {
  // The loader and every chunk it reaches (older builds' chunks may lie beside them).
  const files = measureBundle().files.map(({ file }) => file);
  assert.ok(files.length > 10, `found ${files.length} files`);
  const commented = files.filter((file) => readFileSync(file, 'utf8').includes('sourceMappingURL'));
  assert.deepEqual(commented, []);
  assert.ok(existsSync('dist/sonnec.js.map'), 'the loader has its map');
});
