/**
 * `<sonnec-news>` with the part its `filters` attribute needs. The drop-in loader imports this
 * instead of sonnec-news.ts when a tag has `filters`: the part then comes with the widget's
 * code, not one round trip after it.
 */
import './sonnec-news.js';
import '../components/news/news-filters.js';
