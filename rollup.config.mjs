// The drop-in build: dist/sonnec.js for the script tag, with everything bundled and the heavy
// parts (Leaflet, DOMPurify, ical.js) in lazy chunks beside it; then each prebuilt widget set
// (src/loader/widget-sets.ts) as dist/sets/<name>.js, a build of its own. The npm build is `tsc`
// (tsconfig.build.json): one ES module per source file, lit and leaflet left to the host app.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { LEAFLET_ESM } from './scripts/leaflet-alias.mjs';
import { leafletTrustedTypes } from './scripts/leaflet-trusted-types.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates.mjs';
import { parallelImports } from './scripts/parallel-imports.mjs';
import { mangleOptions } from './scripts/private-names.mjs';
import { readWidgetSets } from './scripts/widget-sets.mjs';

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
  /src[\\/](internal[\\/](sonnec-element|now-attribute|define|parts[\\/](city-badge|load-more|named-link))|feed[\\/]has-series|(define|components[\\/]feed)[\\/]sonnec-feed)\.ts$/;
/** What the loader itself runs: kept in sonnec.js, though `core` uses it too. */
const LOADER = /src[\\/](drop-in|internal[\\/]feed-source|feed[\\/](feed-urls|prefetch))\.ts$/;

/**
 * Our classes' private and protected members get short names, one fixed name each for every
 * build and file (scripts/private-names.mjs says which members, and why those).
 */
const properties = mangleOptions();

/** Fresh plugin instances for each build. */
const plugins = () => [
  sonnec,
  // Leaflet's own HTML strings through our Trusted Types policy (a strict CSP must not break it).
  leafletTrustedTypes(),
  resolve({ browser: true, exportConditions: ['production', 'browser', 'module', 'import'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json' }),
  // The text of css`…` and html`…` templates, which terser leaves as written.
  minifyTemplatesPlugin(),
  // Chunks a lazy import needs are requested at once, not one after another.
  parallelImports(),
  terser({
    ecma: 2021,
    module: true,
    format: { comments: false },
    mangle: { properties },
    // A second pass finds what the first one's output allows (-45 B on the events page).
    compress: { passes: 2 },
  }),
];

function onwarn(warning, warn) {
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
}

/** The script tag's file and the chunks it loads widget by widget. */
export const main = {
  input: { sonnec: 'src/drop-in.ts' },
  // The loader's code goes into sonnec.js itself, with the chunks importing what they share
  // from it; else rollup makes sonnec.js a two-line facade and every page waits one round trip
  // more before the loader runs.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // Six characters of hash (36 bits) tell a build's few dozen chunks apart and bust caches;
    // the loader and each set name many chunks, so the default eight cost 30-70 B a page.
    chunkFileNames: 'chunks/[name]-[hash:6].js',
    // Maps beside the chunks for debugging, without a `sourceMappingURL` comment in what every
    // visitor downloads (-0.1 kB a page); devtools take a map added by hand.
    sourcemap: 'hidden',
    // The base element and the small parts every list widget uses share one chunk: one file
    // fewer before content shows, and gzip compresses them together (-0.4 kB a page). The
    // `now` attribute, the series check and the named link joined it: each was a file of its
    // own (0.1-0.2 kB) on the events, news or map page, a gzip header and import lines more.
    manualChunks: (id) => (LOADER.test(id) ? 'sonnec' : CORE.test(id) ? 'core' : undefined),
  },
  plugins: [...plugins(), kioskWorker],
  onwarn,
};

const SET_ENTRY = '\0sonnec-set:';

/**
 * The define modules of a set (src/loader/widget-sets.ts): its name's, or for `all_<widgets>`
 * every define module of those widgets (src/define/sonnec-<widget>*.ts) but a map's Leaflet side.
 */
function setModules(set) {
  if (!set.startsWith('all_')) return set.split('_');
  const widgets = set.split('_').slice(1);
  return readdirSync(new URL('./src/define/', import.meta.url))
    .map((file) => file.replace(/^sonnec-|\.ts$/g, ''))
    .filter((name) => widgets.includes(name.split('-')[0]) && name !== LEAFLET_SIDE);
}
const src = (file) => new URL(`./src/${file}`, import.meta.url).pathname;

/**
 * A set's entry: the set's define modules. Their lazy parts go to chunks/ beside the main
 * build's; a chunk both builds make alike has one name and is written once. A tag the set does
 * not hold loads from the main build (src/loader/widget-modules.ts).
 */
const setEntry = {
  name: 'sonnec-set-entry',
  resolveId: (id) => (id.startsWith(SET_ENTRY) ? id : null),
  load(id) {
    if (!id.startsWith(SET_ENTRY)) return null;
    const modules = setModules(id.slice(SET_ENTRY.length)).filter((name) => name !== LEAFLET_SIDE);
    return modules
      .map((name, i) => {
        const file = src(`define/sonnec-${name}.ts`);
        // A define module that exports its parts wants them in the same file (see
        // define/sonnec-events-filters.ts): exported, they are not shaken out.
        const exports = /^export /m.test(readFileSync(file, 'utf8'));
        return `${exports ? `export * as m${i} from` : 'import'} ${JSON.stringify(file)};\n`;
      })
      .join('');
  },
};

/**
 * A map drawn at once needs Leaflet, which must not hold up the set's file: it is a second entry,
 * `sets/<set>.leaflet.js`, which the loader requests beside the first and which imports the
 * first for what they share.
 */
const LEAFLET_SIDE = 'map-drawn';
/**
 * Small modules the Leaflet side shares with lazy parts: in the set's file, else they would be
 * chunks that the browser finds only when the Leaflet side has arrived.
 */
const SHARED_WITH_LEAFLET = /src[\\/]feed[\\/]trusted-types\.ts$/;

export const sets = readWidgetSets().map((name) => ({
  input: {
    [name]: `${SET_ENTRY}${name}`,
    ...(name.split('_').includes(LEAFLET_SIDE) && {
      [`${name}.leaflet`]: src(`define/sonnec-${LEAFLET_SIDE}.ts`),
    }),
  },
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'sets/[name].js',
    chunkFileNames: 'chunks/[name]-[hash:6].js',
    sourcemap: 'hidden',
    manualChunks: name.split('_').includes(LEAFLET_SIDE)
      ? (id) => (id === `${SET_ENTRY}${name}` || SHARED_WITH_LEAFLET.test(id) ? name : undefined)
      : undefined,
  },
  plugins: [setEntry, ...plugins()],
  onwarn,
}));

export default [main, ...sets];
