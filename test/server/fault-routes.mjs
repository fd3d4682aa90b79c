// Test-only routes served by the test runner: network faults on demand, and request counters,
// so tests exercise real fetches instead of stubs. Never used by the demo.
import { readFileSync } from 'node:fs';

const SAMPLE = new URL('../fixtures/feed-good.json', import.meta.url);
const counters = new Map();
/** /__fault/toggle/<name> answers as its switch says: `good`, `fail` (503) or `changed`. */
const toggles = new Map();

/** The good feed with its places and first news item renamed: "new content" after recovery. */
function changed() {
  const feed = JSON.parse(sample());
  for (const place of feed.places) place.name = `${place.name} (neu)`;
  feed.news[0].title.de = `${feed.news[0].title.de} (neu)`;
  return JSON.stringify(feed);
}

function sample() {
  return readFileSync(SAMPLE, 'utf8');
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function faultRoutes(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/__fault/')) return next();
  const [, , kind, arg] = path.split('/');
  // Every answer is fresh: the browser's cache must not hide a request from the counters.
  ctx.set('Cache-Control', 'no-store');
  switch (kind) {
    case 'status':
      ctx.status = Number(arg) || 500;
      ctx.type = 'text/html';
      ctx.body = `<h1>${ctx.status}</h1>`;
      return;
    case 'slow':
      await sleep(Number(arg) || 1000);
      ctx.type = 'application/json';
      ctx.body = sample();
      return;
    case 'truncated': {
      const text = sample();
      ctx.type = 'application/json';
      ctx.body = text.slice(0, Math.floor(text.length / 2));
      return;
    }
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Login</title><p>Bitte anmelden</p>';
      return;
    case 'redirect-loop':
      ctx.status = 302;
      ctx.redirect(`/__fault/redirect-loop/${(Number(arg) || 0) + 1}`);
      return;
    case 'count': {
      // /__fault/count/<name>: serves the good feed and counts the request.
      counters.set(arg, (counters.get(arg) ?? 0) + 1);
      await sleep(50);
      ctx.type = 'application/json';
      ctx.body = sample();
      return;
    }
    case 'toggle': {
      // Counted too (under its own name), so tests can count requests to a feed that fails.
      counters.set(arg, (counters.get(arg) ?? 0) + 1);
      const mode = toggles.get(arg) ?? 'good';
      if (mode === 'fail') {
        ctx.status = 503;
        ctx.type = 'text/html';
        ctx.body = '<h1>503</h1>';
        return;
      }
      ctx.type = 'application/json';
      ctx.body = mode === 'changed' ? changed() : sample();
      return;
    }
    case 'toggle-set':
      // /__fault/toggle-set/<name>/<mode>
      toggles.set(arg, path.split('/')[4] ?? 'good');
      ctx.type = 'application/json';
      ctx.body = '{"ok":true}';
      return;
    case 'count-of':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: counters.get(arg) ?? 0 });
      return;
    default:
      ctx.status = 404;
  }
}
