// `npm start`: serves the demo pages and the built drop-in script on localhost, offline, with
// the sample feed made for today (scripts/sample-feed/today-feed-middleware.mjs).
import { todayFeed } from './scripts/sample-feed/today-feed-middleware.mjs';

export default {
  rootDir: '.',
  port: 8000,
  nodeResolve: false,
  middleware: [
    function demoIndex(ctx, next) {
      if (ctx.path === '/') ctx.redirect('/demo/');
      return next();
    },
    // The kiosk's offline shell lives in dist/ but serves the kiosk page in demo/.
    async function kioskWorkerScope(ctx, next) {
      await next();
      if (ctx.path === '/dist/sonnec-kiosk-sw.js') ctx.set('Service-Worker-Allowed', '/');
    },
    todayFeed,
  ],
};
