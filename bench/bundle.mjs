// How every benchmark bundles its page: esbuild, ES modules, Lit's production build, `leaflet`
// resolved to its ES module, and an HTML page per entry that loads it. One place, so that the
// benchmarks measure the same kind of build. `buildDropIn` makes the drop-in bundle visitors
// get (rollup, as `npm run build`), for the benchmarks of its bytes and of the network.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { LEAFLET_ESM } from '../scripts/leaflet-alias.mjs';

/**
 * Bundles `entryPoints` ({ name: source }) into `outdir` and writes `<name>.html` beside each.
 * `minify: false` keeps names readable (profiles); `splitting` lets lazy imports become chunks
 * (the kiosk); `head` goes into each page's <head>.
 */
export async function bundleBenchPages(
  entryPoints,
  outdir,
  { minify = true, splitting = false, head = '' } = {},
) {
  await build({
    entryPoints,
    bundle: true,
    format: 'esm',
    minify,
    splitting,
    target: 'es2022',
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    outdir,
    logLevel: 'warning',
    plugins: [
      {
        name: 'leaflet-esm',
        setup(b) {
          b.onResolve({ filter: /^leaflet$/ }, () => ({ path: LEAFLET_ESM }));
        },
      },
    ],
  });
  for (const name of Object.keys(entryPoints)) {
    writeFileSync(
      path.join(outdir, `${name}.html`),
      `<!doctype html><html lang="de"><meta charset="utf-8"><title>${name}</title>${head}` +
        `<body><script type="module" src="${name}.js"></script></body></html>`,
    );
  }
}

/** The drop-in bundle (rollup.config.mjs) in `dir`, as `npm run build:bundle` makes it. */
export function buildDropIn(dir) {
  execFileSync('npx', ['rollup', '-c', '--silent', '-d', dir], { stdio: 'inherit' });
}
