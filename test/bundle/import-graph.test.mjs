// The import graph of src/: no circle, and no arrow up the layers. Data flows
// feed → internal → components → define/loader (docs: DESIGN.md, "Walls worth keeping"):
// src/feed/ knows nothing of the base element or a component, src/internal/ nothing of a
// component. Every import counts: static, `import type`, `export … from` and `import()`.
// Run by `npm run test:bundle` in `npm test`; needs no build.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const SRC = 'src';

/** Every .ts file under `dir`, as a path relative to the repository root. */
function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return entry.name.endsWith('.ts') ? [file] : [];
  });
}

/** The source file a relative specifier names (`./x.js` is `./x.ts`), or undefined. */
function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return undefined; // a package: outside the graph
  const base = path.join(path.dirname(from), specifier);
  const candidates = [
    base.replace(/\.js$/, '.ts'),
    base,
    `${base}.ts`,
    path.join(base, 'index.ts'),
  ];
  return candidates.find((file) => file.endsWith('.ts') && existsSync(file));
}

/** The files `file` imports, by TypeScript's own scanner (type-only and dynamic included). */
export function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = new Set();
  for (const { fileName } of importedFiles) {
    const target = resolveSpecifier(file, fileName);
    if (fileName.startsWith('.')) {
      assert.ok(target, `${file} imports ${fileName}, which is no source file`);
    }
    if (target) targets.add(target);
  }
  return [...targets];
}

/** Each circle in the graph once, as the list of files around it. */
export function findCycles(graph) {
  const cycles = [];
  const state = new Map(); // file → 'open' while on the path, 'done' after
  const stack = [];
  const seenCycles = new Set();
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join(' ');
        if (!seenCycles.has(key)) {
          seenCycles.add(key);
          cycles.push([...cycle, next]);
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

/** Layers, lowest first; an arrow may point down or sideways, never up. */
const LAYERS = [
  ['feed', `${SRC}/feed/`],
  ['internal', `${SRC}/internal/`],
  ['components', `${SRC}/components/`],
];
const layerOf = (file) => {
  const posix = file.split(path.sep).join('/');
  const index = LAYERS.findIndex(([, prefix]) => posix.startsWith(prefix));
  return index < 0 ? undefined : index;
};

/** Arrows from a lower layer into a higher one, as `from → to`. */
export function upwardArrows(graph) {
  const arrows = [];
  for (const [from, targets] of graph) {
    const low = layerOf(from);
    if (low === undefined) continue;
    for (const to of targets) {
      const high = layerOf(to);
      if (high !== undefined && high > low) arrows.push(`${from} → ${to}`);
    }
  }
  return arrows.sort();
}

function sourceGraph() {
  return new Map(sourceFiles(SRC).map((file) => [file, importsOf(file)]));
}

describe('the import graph of src/', () => {
  const graph = sourceGraph();

  it('reads every kind of import', () => {
    // The scanner sees the imports this test relies on; a file of all four kinds proves it.
    const kinds = ts.preProcessFile(
      "import type { A } from './a.js';\nimport { b } from './b.js';\n" +
        "export { c } from './c.js';\nconst d = () => import('./d.js');\n",
      true,
      true,
    );
    assert.deepEqual(
      kinds.importedFiles.map((f) => f.fileName),
      ['./a.js', './b.js', './c.js', './d.js'],
    );
    assert.ok(graph.size > 50, `found ${graph.size} source files`);
  });

  it('finds a circle and an upward arrow when there is one', () => {
    const bad = new Map([
      ['src/feed/a.ts', ['src/internal/b.ts']],
      ['src/internal/b.ts', ['src/components/c.ts']],
      ['src/components/c.ts', ['src/feed/a.ts']],
    ]);
    assert.deepEqual(findCycles(bad), [
      ['src/components/c.ts', 'src/feed/a.ts', 'src/internal/b.ts', 'src/components/c.ts'],
    ]);
    assert.deepEqual(upwardArrows(bad), [
      'src/feed/a.ts → src/internal/b.ts',
      'src/internal/b.ts → src/components/c.ts',
    ]);
  });

  it('has no circle', () => {
    const cycles = findCycles(graph).map((cycle) => cycle.join(' → '));
    assert.deepEqual(cycles, [], `import circles:\n${cycles.join('\n')}`);
  });

  it('has no arrow from feed/ into internal/ or components/, nor from internal/ into components/', () => {
    const arrows = upwardArrows(graph);
    assert.deepEqual(arrows, [], `upward imports:\n${arrows.join('\n')}`);
  });
});
