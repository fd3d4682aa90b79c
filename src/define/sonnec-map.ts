import { SonnecMap } from '../components/map/sonnec-map.js';
import { define } from '../internal/define.js';
// <sonnec-feed> comes with the widgets that read it, not in the loader every page runs first.
import './sonnec-feed.js';

define('sonnec-map', SonnecMap);
