import { SonnecEvents } from '../components/events/sonnec-events.js';
import { define } from '../internal/define.js';
// <sonnec-feed> comes with the widgets that read it, not in the loader every page runs first.
import './sonnec-feed.js';

define('sonnec-events', SonnecEvents);
