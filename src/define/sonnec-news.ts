import { SonnecNews } from '../components/news/sonnec-news.js';
import { define } from '../internal/define.js';

define('sonnec-news', SonnecNews);
