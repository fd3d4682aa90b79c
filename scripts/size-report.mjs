// The bundle-size report: for each page type in size-budget.json, the gzip size of all script
// the page loads before it shows content (dist/sonnec.js, and the prebuilt set of the page's
// widgets or else the widget modules it imports for the page's tags, with their static imports);
// then every lazy chunk. Fails when a budget is exceeded.
// `measureBundle(dir, budgets)` is the same measurement as a function (the benchmark uses it).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readWidgetSets } from './widget-sets.mjs';

export const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The files a module pulls in before it runs: itself and its static imports, transitively. */
export function staticClosure(file, seen = new Set()) {
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

/**
 * The chunk of a widget's `define/<tag>.ts` module: the one the loader imports for the tag (a
 * folder with chunks of older builds beside it would otherwise give a stale answer). Its name
 * is the tag and rollup's 6-character hash (rollup.config.mjs): `<tag>-filters-<hash>.js` is the variant with the
 * filter bar (a page with only `<sonnec-events>` has no filters).
 */
function widgetChunk(dir, tag) {
  const entry = path.join(dir, 'sonnec.js');
  for (const file of staticClosure(entry)) {
    const match = readFileSync(file, 'utf8').match(
      new RegExp(`["'](\\./(?:chunks/)?${tag}-[\\w-]{6}\\.js)["']`),
    );
    if (match) return path.join(path.dirname(file), match[1]);
  }
  throw new Error(`The loader in ${dir} imports no chunk for <${tag}>`);
}

/**
 * The loader's choice of set (`widgetSet` in src/loader/widget-sets.ts, the same rule; the
 * bundle test widget-sets.test.mjs checks the loader's own choice in a browser) for a page: its define modules
 * (`modules`, in the loader's order), or its tags without attributes. Undefined for none.
 */
function pageSet(widgets, modules, sets) {
  const names = modules ?? widgets.map((tag) => tag.replace(/^sonnec-/, '')).sort();
  const all = ['all', ...new Set(names.map((name) => name.split('-')[0]))].join('_');
  const set = names.join('_');
  if (names.length === 0) return undefined;
  return sets.includes(set) ? set : sets.includes(all) && !set.includes('drawn') ? all : undefined;
}

/** The chunks the current build made: those the entry reaches, statically or lazily. */
function builtChunks(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      const target = path.join(path.dirname(file), match[1]);
      if (existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * Measures a drop-in build in `dir` (default `dist`) against `budgets` (size-budget.json's
 * shape). Returns the pages, the budgeted chunks and every file, each with its gzip size.
 */
export function measureBundle(dir = 'dist', budgets = readBudgets()) {
  const entry = path.join(dir, 'sonnec.js');
  if (!existsSync(entry)) throw new Error(`${entry} is missing: run \`npm run build\` first.`);
  const eager = new Set();
  const sets = readWidgetSets();
  const pages = Object.entries(budgets.pages).map(([page, { widgets, modules, budget, goal }]) => {
    const files = new Set(staticClosure(entry));
    const set = pageSet(widgets, modules, sets);
    if (set) {
      staticClosure(path.join(dir, 'sets', `${set}.js`), files);
    } else {
      for (const tag of widgets) staticClosure(widgetChunk(dir, tag), files);
      if (modules) throw new Error(`No set holds the modules of "${page}": ${modules}`);
    }
    files.forEach((file) => eager.add(file));
    const bytes = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
    return { page, widgets, modules, set, files: [...files], bytes, budget, goal };
  });
  const chunks = Object.entries(budgets.chunks ?? {})
    .filter(([, limits]) => typeof limits === 'object') // skips "$comment"
    .map(([name, { budget, goal }]) => ({
      name,
      bytes: gzipSize(widgetChunk(dir, name)),
      budget,
      goal,
    }));
  const files = builtChunks(entry)
    .sort((a, b) => (a === entry ? -1 : b === entry ? 1 : a.localeCompare(b)))
    .map((file) => ({ file, bytes: gzipSize(file), lazy: file !== entry && !eager.has(file) }));
  return { pages, chunks, files };
}

export function readBudgets(file = 'size-budget.json') {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function main() {
  let result;
  try {
    result = measureBundle();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
  let failed = false;
  const line = (label, { bytes, budget, goal }) => {
    const ok = bytes <= budget;
    failed ||= !ok;
    const toGoal = goal === undefined ? '' : `, goal ${kb(goal)}${bytes <= goal ? ' met' : ''}`;
    console.log(
      `  ${ok ? 'ok  ' : 'OVER'} ${label.padEnd(28)} ${kb(bytes).padStart(8)}  (budget ${kb(budget)}${toGoal})`,
    );
  };
  console.log('Bundle size: script loaded before content shows (gzip -9)');
  for (const page of result.pages) line(page.page, page);
  for (const chunk of result.chunks) line(`chunk ${chunk.name}`, chunk);
  console.log('Files (gzip -9):');
  for (const { file, bytes, lazy } of result.files) {
    console.log(`  ${file}: ${kb(bytes)}${lazy ? '  (lazy)' : ''}`);
  }
  if (failed) {
    console.error('A size budget is exceeded (size-budget.json).');
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
