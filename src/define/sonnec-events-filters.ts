/**
 * `<sonnec-events>` with the parts its `filters` attribute needs (the filter bar, date presets
 * and search). The drop-in loader imports this instead of sonnec-events.ts when a tag has
 * `filters`: the parts then come with the widget's code, not one round trip after it.
 */
import './sonnec-events.js';
import '../components/events/events-filters.js';
import '../components/events/events-search.js';
