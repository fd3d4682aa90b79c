// The prebuilt widget sets (src/loader/widget-sets.ts), read from the source for the build and
// the size report: one list, in the code the loader runs.
import { readFileSync } from 'node:fs';

export function readWidgetSets(file = new URL('../src/loader/widget-sets.ts', import.meta.url)) {
  const source = readFileSync(file, 'utf8');
  const list = source.match(/export const SETS[^=]*=\s*\[([^\]]*)\]/);
  if (!list) throw new Error('src/loader/widget-sets.ts has no `export const SETS = [...]`');
  return [...list[1].matchAll(/'([\w-]+)'/g)].map((m) => m[1]);
}
