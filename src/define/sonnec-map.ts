import { SonnecMap } from '../components/map/sonnec-map.js';
import { define } from '../internal/define.js';

define('sonnec-map', SonnecMap);
