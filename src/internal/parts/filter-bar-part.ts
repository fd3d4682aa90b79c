/** The filter bar as a lazy part: loaded by widgets with `filters` (see `SonnecElement.parts`). */
import { LazyPart } from '../lazy-part.js';

export const filterBarPart = new LazyPart(() => import('./filter-bar.js'));
