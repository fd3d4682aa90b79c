/**
 * The English halves of the tables widgets show before their first content, in one file that
 * a German page never downloads (internal/i18n.ts `germanFirst`). The drop-in loader requests
 * it beside the widgets' code on a page with English on it (drop-in.ts); a widget that turns
 * English later loads it then. It imports nothing, so that every build makes the same file.
 */
import { downloads } from '../components/downloads/downloads.messages.en.js';
import { events } from '../components/events/events.messages.en.js';
import { map } from '../components/map/map.messages.en.js';
import { news } from '../components/news/news.messages.en.js';
import { common } from '../internal/common.messages.en.js';

export const english = { common, downloads, events, map, news };

export type EnglishTables = typeof english;
