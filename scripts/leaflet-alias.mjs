// Leaflet 1.9's "main" is a UMD file; every tool of ours takes its ES module instead.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const LEAFLET_ESM = require.resolve('leaflet/dist/leaflet-src.esm.js');
