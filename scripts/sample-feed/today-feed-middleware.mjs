// `npm start`: the dev server answers the demo's feed with one made for today (Berlin), so the
// demo always shows the coming weeks. The committed demo/feeds/sonnec.json (made for a fixed
// day, read by Storybook and the stories) stays untouched; the PDFs do not depend on the day.
import { berlinToday } from './calendar.mjs';
import { makeSampleFeed } from './build.mjs';

const FEED_PATH = '/demo/feeds/sonnec.json';
let cached = { day: '', body: '' };

/** Koa middleware for @web/dev-server. */
export async function todayFeed(ctx, next) {
  if (ctx.path !== FEED_PATH) return next();
  const today = berlinToday();
  if (cached.day !== today) {
    cached = { day: today, body: JSON.stringify(makeSampleFeed({ today }).feed) };
    console.log(`[demo] ${FEED_PATH}: the sample feed made for ${today}`);
  }
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-cache');
  ctx.body = cached.body;
}
