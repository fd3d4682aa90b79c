/**
 * The drop-in entry for the script tag: registers every tag. Holds no logic.
 * `<script type="module" src="…/sonnec.js"></script>`
 */
import './define/sonnec-feed.js';
import './define/sonnec-downloads.js';

export { VERSION } from './internal/version.js';
