import { SonnecFeed } from '../components/feed/sonnec-feed.js';
import { define } from '../internal/define.js';

define('sonnec-feed', SonnecFeed);
