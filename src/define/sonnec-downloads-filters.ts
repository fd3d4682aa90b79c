/**
 * `<sonnec-downloads>` with the part its `filters` attribute needs. The drop-in loader imports this
 * instead of sonnec-downloads.ts when a tag has `filters`: the part then comes with the widget's
 * code, not one round trip after it.
 */
import './sonnec-downloads.js';
// Exported, not just imported: the bundler drops a bare import of a module without side
// effects, and the part would load one round trip later after all.
export * as sort from '../components/downloads/downloads-sort.js';
