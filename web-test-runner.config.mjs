import path from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { BROWSER_ARGS, findBrowser } from './scripts/browser-path.mjs';
import { LEAFLET_ESM } from './scripts/leaflet-alias.mjs';
import { leafletTrustedTypesWds } from './scripts/leaflet-trusted-types.mjs';
import { faultRoutes } from './test/server/fault-routes.mjs';
import { forcedColorsCommand } from './test/server/forced-colors-command.mjs';
import { htmlEntitiesCommand } from './test/server/html-entities-command.mjs';
import { hostileRoutes } from './test/server/hostile-routes.mjs';
import { tileRoutes } from './test/server/tile-routes.mjs';
import { undecodablePaths } from './test/server/undecodable-paths.mjs';

const executablePath = findBrowser();
if (!executablePath) {
  throw new Error('No Chromium found: run `npm test` (its pretest step finds or installs one).');
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  rootDir: '.',
  // One page at a time: a background tab gets no animation frames, and tests waiting for one
  // (dialogs, fixture()) would hang at random. Slower, but never flaky.
  concurrency: 1,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 20000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // gc(): the leak tests check that removed widgets can be collected.
        args: [...BROWSER_ARGS, '--js-flags=--expose-gc'],
        // A visitor far from Berlin: every date the widgets show must still be Berlin's.
        env: { ...process.env, TZ: 'America/Los_Angeles' },
      },
    }),
  ],
  // A fixed clock before anything else runs (test/setup/fixed-clock.js).
  testRunnerHtml: (testFramework) =>
    `<html><head><script src="/test/setup/fixed-clock.js"></script></head>` +
    `<body><script type="module" src="${testFramework}"></script></body></html>`,
  middleware: [undecodablePaths, tileRoutes, faultRoutes, hostileRoutes],
  // Lit's dev build (chosen for its warnings) greets every test file; 52 greetings hide the
  // lines that matter.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  plugins: [
    forcedColorsCommand(),
    // Accessible names as the browser computes them (a11ySnapshot), for tests of what a screen
    // reader says.
    a11ySnapshotPlugin(),
    htmlEntitiesCommand(),
    // Leaflet's own innerHTML strings through our Trusted Types policy, as in the bundle
    // (first: it looks for Leaflet's source as written, before esbuild reprints it).
    leafletTrustedTypesWds(),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    {
      name: 'leaflet-esm',
      resolveImport({ source }) {
        if (source === 'leaflet') return '/' + path.relative(process.cwd(), LEAFLET_ESM);
        return undefined;
      },
    },
  ],
};
