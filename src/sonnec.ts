/**
 * The library's entry for bundlers (`@sonnec/widgets/sonnec.js`): registers every tag. Holds no
 * logic. Each widget's code loads when its tag first appears on the page (loader/widget-modules.ts).
 * The script tag's file, dist/sonnec.js, is built from drop-in.ts.
 */
import './define/sonnec-feed.js';
import { startWidgets } from './loader/widget-modules.js';

startWidgets();

export { VERSION } from './internal/version.js';
