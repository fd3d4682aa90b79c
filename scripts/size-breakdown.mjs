// Where a page's bytes go: `npm run size:breakdown -- [page]` (a page of size-budget.json,
// default "events only"). Builds the drop-in bundle in memory, takes the chunks the page loads
// before content shows, and shares each chunk's gzip size out among its modules by their
// minified size. An attribution for deciding what to cut, not a measurement: `npm run size`
// is the measurement.
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { main, sets } from '../rollup.config.mjs';
import { readBudgets } from './size-report.mjs';

const pageName = process.argv[2] ?? 'events only';
const page = readBudgets().pages[pageName];
if (!page) {
  console.error(`No page "${pageName}" in size-budget.json.`);
  process.exit(1);
}

// The loader's build, and the prebuilt set of the page's widgets if there is one.
const setName = page.widgets
  .map((tag) => tag.replace(/^sonnec-/, ''))
  .sort()
  .join('_');
const set = sets.find((config) => Object.keys(config.input)[0] === setName);
const output = [];
for (const config of set ? [main, set] : [main]) {
  const bundle = await rollup({ ...config, onwarn() {} });
  output.push(...(await bundle.generate(config.output)).output);
}
const chunks = output.filter((c) => c.type === 'chunk');
const byFile = new Map(chunks.map((c) => [c.fileName, c]));
const rel = (id) => path.relative(process.cwd(), id).split(path.sep).join('/');

/** The chunk holding `module` (a path relative to the project), and its static imports. */
function closure(chunk, seen = new Set()) {
  if (seen.has(chunk)) return seen;
  seen.add(chunk);
  for (const file of chunk.imports) closure(byFile.get(file), seen);
  return seen;
}
const holding = (module) => chunks.find((c) => c.moduleIds.some((id) => rel(id) === module));
const pageChunks = closure(chunks.find((c) => c.fileName === 'sonnec.js'));
if (set)
  closure(
    chunks.find((c) => c.fileName === `sets/${setName}.js`),
    pageChunks,
  );
else for (const tag of page.widgets) closure(holding(`src/define/${tag}.ts`), pageChunks);

/** Groups a module falls in, for the totals. */
function group(id) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id)) return 'Lit and @lit/task';
  if (id.startsWith('src/feed/')) return 'feed (store, validation, Berlin time, sources)';
  if (id.startsWith('src/components/feed/')) return 'loader and <sonnec-feed>';
  if (id.startsWith('src/components/')) return `widget ${id.split('/')[2]}`;
  if (id.startsWith('src/internal/')) return 'base element, styles, texts, parts';
  return 'loader and <sonnec-feed>';
}

const rows = [];
for (const chunk of pageChunks) {
  const gzip = gzipSync(chunk.code, { level: 9 }).length;
  const sizes = [];
  for (const [id, module] of Object.entries(chunk.modules)) {
    if (!module.code) continue;
    // Locals mangled, top-level names kept: close to what terser leaves of the module.
    const { code } = await minify(module.code, { module: true, compress: false, mangle: true });
    sizes.push([rel(id), code.length]);
  }
  const total = sizes.reduce((sum, [, n]) => sum + n, 0) || 1;
  for (const [id, n] of sizes) rows.push({ id, bytes: (gzip * n) / total });
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`.padStart(8);
const all = rows.reduce((sum, r) => sum + r.bytes, 0);
const groups = new Map();
for (const r of rows) groups.set(group(r.id), (groups.get(group(r.id)) ?? 0) + r.bytes);
console.log(`Where the ${kb(all).trim()} gzip of "${pageName}" go (shared out by minified size):`);
for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  console.log(`${kb(bytes)}  ${name}`);
}
console.log('\nModules (0.1 kB and more):');
for (const r of rows.sort((a, b) => b.bytes - a.bytes)) {
  if (r.bytes >= 100) console.log(`${kb(r.bytes)}  ${r.id}`);
}
