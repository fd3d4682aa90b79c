/**
 * `<sonnec-events>` with its `cards` layout. The drop-in loader imports this too when a tag has
 * `layout="cards"`: the layout then comes with the widget's code, not one round trip after it.
 */
import './sonnec-events.js';
// Exported, not just imported: the bundler drops a bare import of a module without side
// effects, and the part would load one round trip later after all.
export * as cards from '../components/events/event-cards.js';
