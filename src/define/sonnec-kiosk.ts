// The kiosk composes the widgets by tag inside its shadow root, where the autoloader does not
// look: it registers them itself.
import './sonnec-events.js';
import './sonnec-map.js';
import './sonnec-news.js';
import { SonnecKiosk } from '../components/kiosk/sonnec-kiosk.js';
import { define } from '../internal/define.js';

define('sonnec-kiosk', SonnecKiosk);
