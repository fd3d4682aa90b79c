import { SonnecEvents } from '../components/events/sonnec-events.js';
import { define } from '../internal/define.js';

define('sonnec-events', SonnecEvents);
