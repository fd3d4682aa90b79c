// A rollup plugin for the drop-in build: each `import('./chunk.js')` also starts the requests
// of the chunks that chunk imports statically (and they of theirs), unless the importing chunk
// has them already. Without it a browser finds `core` only after the widget's chunk arrived,
// and the filter bar's helpers only after the filter bar: one round trip after another before
// content shows. With it they come in parallel:
//   import('./sonnec-events.js')
//   → Promise.all([import('./sonnec-events.js'), import('./core.js'), …]).then((m) => m[0])
// Runs on rollup's rendered chunk (file names still hash placeholders, which rollup replaces
// afterwards) and keeps the source map.
import path from 'node:path';
import MagicString from 'magic-string';

const DYNAMIC_IMPORT = /\bimport\((['"])(\.{1,2}\/[^'"]+?\.js)\1\)/g;

/** The chunks `fileName` loads statically, itself excluded, transitively. */
function staticClosure(fileName, chunks, seen = new Set()) {
  for (const dep of chunks[fileName]?.imports ?? []) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    staticClosure(dep, chunks, seen);
  }
  return seen;
}

export function parallelImports() {
  return {
    name: 'sonnec-parallel-imports',
    renderChunk(code, chunk, _options, meta) {
      const dir = path.posix.dirname(chunk.fileName);
      const loaded = staticClosure(chunk.fileName, meta.chunks);
      const s = new MagicString(code);
      for (const match of code.matchAll(DYNAMIC_IMPORT)) {
        const [whole, quote, specifier] = match;
        const target = path.posix.join(dir, specifier);
        if (!meta.chunks[target]) continue; // not one of ours
        const extra = [...staticClosure(target, meta.chunks)].filter(
          (dep) => dep !== chunk.fileName && !loaded.has(dep),
        );
        if (extra.length === 0) continue;
        const imports = [target, ...extra].map((file) => {
          const relative = path.posix.relative(dir, file);
          return `import(${quote}${relative.startsWith('.') ? relative : `./${relative}`}${quote})`;
        });
        s.overwrite(
          match.index,
          match.index + whole.length,
          `Promise.all([${imports.join(',')}]).then((m)=>m[0])`,
        );
      }
      if (!s.hasChanged()) return null;
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
