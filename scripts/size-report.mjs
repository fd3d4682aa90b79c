// The bundle-size report: for each page type in size-budget.json, the gzip size of all script
// the page loads before it shows content (dist/sonnec.js, the widget modules it imports for the
// page's tags, and their static imports); then every lazy chunk. Fails when a budget is exceeded.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ENTRY = 'dist/sonnec.js';
const { pages, chunks = {} } = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The files a module pulls in before it runs: itself and its static imports, transitively. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  // Static imports and re-exports (`import … from "./x.js"`, `export … from "./x.js"`),
  // not `import("./x.js")`.
  for (const match of code.matchAll(
    /(?:import|export)\s*(?:[^"'()]*?from\s*)?["'](\.[^"']+)["']/g,
  )) {
    staticClosure(path.join(path.dirname(file), match[1]), seen);
  }
  return seen;
}

/** The chunk rollup made for a widget's `define/<tag>.ts` module. */
function widgetChunk(tag) {
  const name = readdirSync('dist/chunks').find(
    (file) => file.startsWith(`${tag}-`) && file.endsWith('.js'),
  );
  if (!name) throw new Error(`No chunk for <${tag}> in dist/chunks`);
  return path.join('dist/chunks', name);
}

if (!existsSync(ENTRY)) {
  console.error(`${ENTRY} is missing: run \`npm run build\` first.`);
  process.exit(1);
}

let failed = false;
const eager = new Set();
console.log('Bundle size: script loaded before content shows (gzip -9)');
for (const [page, { widgets, budget }] of Object.entries(pages)) {
  const files = new Set(staticClosure(ENTRY));
  for (const tag of widgets) staticClosure(widgetChunk(tag), files);
  const total = [...files].reduce((sum, file) => sum + gz(file), 0);
  const ok = total <= budget;
  failed ||= !ok;
  files.forEach((file) => eager.add(file));
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${page.padEnd(28)} ${kb(total).padStart(8)}  (budget ${kb(budget)})`,
  );
}
for (const [name, budget] of Object.entries(chunks)) {
  if (typeof budget !== 'number') continue; // "$comment"
  const size = gz(widgetChunk(name));
  const ok = size <= budget;
  failed ||= !ok;
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${`chunk ${name}`.padEnd(28)} ${kb(size).padStart(8)}  (budget ${kb(budget)})`,
  );
}
console.log('Files (gzip -9):');
console.log(`  ${ENTRY}: ${kb(gz(ENTRY))}`);
for (const name of readdirSync('dist/chunks')
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const file = path.join('dist/chunks', name);
  console.log(`  ${file}: ${kb(gz(file))}${eager.has(file) ? '' : '  (lazy)'}`);
}
if (failed) {
  console.error('A size budget is exceeded (size-budget.json).');
  process.exit(1);
}
