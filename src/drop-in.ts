/**
 * The script tag's entry, dist/sonnec.js: `<script type="module" src="…/sonnec.js"></script>`.
 * A page whose widgets a prebuilt set holds (loader/widget-sets.ts) loads that one file; any
 * other page loads each widget's modules when its tag appears (loader/widget-modules.ts).
 */
import { startWidgets } from './loader/widget-modules.js';
import { widgetSet } from './loader/widget-sets.js';

const set = widgetSet();
// A set that fails to load (a 404 where sets/ was not uploaded) falls back to the widgets' own
// modules; the browser's network log shows which file was missing. A map drawn at once gets
// its Leaflet side beside the set's file (see rollup.config.mjs).
startWidgets(
  set
    ? Promise.all([
        import(`./sets/${set}.js`),
        set.includes('drawn') && import(`./sets/${set}.leaflet.js`),
      ])
    : undefined,
);

export { VERSION } from './internal/version.js';
