// Leaflet 1.9 under Trusted Types (`require-trusted-types-for 'script'`). Leaflet writes a few
// strings of its own to `innerHTML`, one of them while its module evaluates (a probe for inline
// SVG), so without help it cannot even load on such a page. This build-time transform routes
// exactly those sinks through our `sonnec` policy (`leafletHtml` in
// src/feed/trusted-types.ts):
//
//   the SVG probe          '<svg/>'
//   the zoom buttons       the control's zoomInText/zoomOutText (Leaflet's defaults; we set none)
//   the attribution        the prefix and the layers' attributions, which leaflet-view.ts and
//                          map-stage.ts build from constants and escaped text
//   the popup's close ×    '<span aria-hidden="true">&#215;</span>'
//
// Every other string sink stays as it is and keeps failing under Trusted Types: a DivIcon's `html`
// string, string content of popups and tooltips, the layers and scale controls. Our markers,
// clusters and popups hand Leaflet DOM nodes, so feed text never reaches Leaflet as HTML.
// Leaflet.markercluster has no string sink of its own.
//
// Used wherever Leaflet is bundled or served: rollup (`leafletTrustedTypes()`), Storybook's Vite
// (the same plugin), the test runner (`leafletTrustedTypesWds()`). The transform fails loudly
// when a sink is not found, so a Leaflet update cannot silently bring the problem back.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEAFLET_ESM } from './leaflet-alias.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const POLICY_MODULE = path.join(ROOT, 'src/feed/trusted-types.ts');
const HELPER = '__sonnecLeafletHtml';

/** Each sink: where it is, and the `… .innerHTML = ` assignment whose right side is wrapped. */
const SINKS = [
  { name: 'SVG probe', pattern: /(\bdiv\.innerHTML = )('<svg\/>');/g },
  { name: 'zoom buttons', pattern: /(\blink\.innerHTML = )(html);/g },
  {
    name: 'attribution',
    pattern:
      /(\bthis\._container\.innerHTML = )(prefixAndAttribs\.join\(' <span aria-hidden="true">\|<\/span> '\));/g,
  },
  {
    name: 'popup close button',
    pattern: /(\bcloseButton\.innerHTML = )('<span aria-hidden="true">&#215;<\/span>');/g,
  },
];

/**
 * Leaflet's ES module with its own HTML sinks routed through `leafletHtml` of `policyModule`
 * (an import specifier the tool resolves to src/feed/trusted-types.ts). Lines do not move
 * (the import joins the first line), so Leaflet's source map still fits.
 */
export function trustLeafletHtml(code, policyModule = POLICY_MODULE) {
  let out = code;
  for (const { name, pattern } of SINKS) {
    const found = out.match(pattern)?.length ?? 0;
    if (found !== 1) {
      throw new Error(
        `leaflet-trusted-types: expected Leaflet's ${name} sink once, found it ${found} times. ` +
          'Did Leaflet change? Review scripts/leaflet-trusted-types.mjs.',
      );
    }
    out = out.replace(pattern, `$1${HELPER}($2);`);
  }
  return `import { leafletHtml as ${HELPER} } from ${JSON.stringify(policyModule)};${out}`;
}

/** Rollup and Vite: transforms Leaflet's ES module (where `leaflet` resolves, see leaflet-alias). */
export function leafletTrustedTypes() {
  return {
    name: 'sonnec-leaflet-trusted-types',
    enforce: 'pre', // Vite: before its own transforms
    transform(code, id) {
      if (path.resolve(id.split('?')[0]) !== LEAFLET_ESM) return null;
      return { code: trustLeafletHtml(code), map: null };
    },
  };
}

/** @web/dev-server and @web/test-runner: the same transform, by URL. */
export function leafletTrustedTypesWds() {
  const url = '/' + path.relative(ROOT, LEAFLET_ESM).split(path.sep).join('/');
  return {
    name: 'sonnec-leaflet-trusted-types',
    transform(context) {
      if (context.path !== url) return undefined;
      // Served as /src/feed/trusted-types.ts, the URL under which our own modules import it:
      // one module, one policy (a second `createPolicy('sonnec')` would be refused).
      return { body: trustLeafletHtml(context.body, '/src/feed/trusted-types.ts') };
    },
  };
}
