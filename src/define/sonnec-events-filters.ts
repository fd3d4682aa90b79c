/**
 * `<sonnec-events>` with the parts its `filters` attribute needs (the filter bar, date presets
 * and search). The drop-in loader imports this instead of sonnec-events.ts when a tag has
 * `filters`: the parts then come with the widget's code, not one round trip after it.
 */
import './sonnec-events.js';
// Exported, not just imported: the bundler drops a bare import of a module without side
// effects, and the part would load one round trip later after all.
export * as filterBar from '../components/events/events-filters.js';
export * as search from '../components/events/events-search.js';
