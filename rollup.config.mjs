// The drop-in build: dist/sonnec.js for the script tag, with everything bundled and the heavy
// parts (Leaflet, DOMPurify, ical.js) in lazy chunks beside it. The npm build is `tsc`
// (tsconfig.build.json): one ES module per source file, lit and leaflet left to the host app.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { LEAFLET_ESM } from './scripts/leaflet-alias.mjs';
import { leafletTrustedTypes } from './scripts/leaflet-trusted-types.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { parallelImports } from './scripts/parallel-imports.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Replaces the version placeholder and points `leaflet` at its ES module. */
const sonnec = {
  name: 'sonnec',
  resolveId(source) {
    return source === 'leaflet' ? LEAFLET_ESM : null;
  },
  transform(code, id) {
    if (!id.endsWith('version.ts')) return null;
    return code.replace('__SONNEC_VERSION__', version);
  },
};

/**
 * The kiosk's opt-in offline shell (src/kiosk-sw/): dist/sonnec-kiosk-sw.js, with the names of
 * this build's script files written in, to keep them when it installs.
 */
const kioskWorker = {
  name: 'kiosk-worker',
  generateBundle(_options, bundle) {
    const files = Object.keys(bundle)
      .filter((name) => name.endsWith('.js'))
      .sort();
    const build = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
    const source =
      `self.SONNEC_FILES = ${JSON.stringify(files)};\nself.SONNEC_BUILD = '${version}-${build}';\n` +
      readFileSync(new URL('./src/kiosk-sw/sonnec-kiosk-sw.js', import.meta.url), 'utf8');
    this.emitFile({ type: 'asset', fileName: 'sonnec-kiosk-sw.js', source });
  },
};

const CORE =
  /src[\\/](internal[\\/](sonnec-element|now-attribute|parts[\\/](city-badge|load-more|named-link))|feed[\\/]has-series)\.ts$/;
/** What the loader itself runs: kept in sonnec.js, though `core` uses it too. */
const LOADER = /src[\\/](sonnec|internal[\\/]feed-source|feed[\\/](feed-urls|prefetch))\.ts$/;

export default {
  input: { sonnec: 'src/sonnec.ts' },
  // The loader's code goes into sonnec.js itself, with the chunks importing what they share
  // from it; else rollup makes sonnec.js a two-line facade and every page waits one round trip
  // more before the loader runs.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Maps beside the chunks for debugging, without a `sourceMappingURL` comment in what every
    // visitor downloads (-0.1 kB a page); devtools take a map added by hand.
    sourcemap: 'hidden',
    // The base element and the small parts every list widget uses share one chunk: one file
    // fewer before content shows, and gzip compresses them together (-0.4 kB a page). The
    // `now` attribute, the series check and the named link joined it: each was a file of its
    // own (0.1-0.2 kB) on the events, news or map page, a gzip header and import lines more.
    manualChunks: (id) => (LOADER.test(id) ? 'sonnec' : CORE.test(id) ? 'core' : undefined),
  },
  plugins: [
    sonnec,
    // Leaflet's own HTML strings through our Trusted Types policy (a strict CSP must not break it).
    leafletTrustedTypes(),
    resolve({ browser: true, exportConditions: ['production', 'browser', 'module', 'import'] }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
    // The text of css`…` and html`…` templates, which terser leaves as written.
    minifyTemplatesPlugin(),
    // Chunks a lazy import needs are requested at once, not one after another.
    parallelImports(),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
    kioskWorker,
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
