/**
 * `<sonnec-news>` with the timeline layout's part. The drop-in loader imports this too when a
 * tag has `layout="timeline"` (a history page): the part then comes with the widget's code,
 * not one round trip after it.
 */
import './sonnec-news.js';
// Exported, not just imported: the bundler drops a bare import of a module without side
// effects, and the part would load one round trip later after all.
export * as timeline from '../components/news/news-timeline.js';
