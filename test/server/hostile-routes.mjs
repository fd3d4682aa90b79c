// Test-only routes for the robustness suite (test/robustness). Never used by the demo.
//
// /__hostile/<anything>          a "third party": every request is logged, answered 204.
//                                Tests reach it on another origin (127.0.0.1 vs localhost).
// /__hostile-log/<prefix>        the logged paths that start with /__hostile/<prefix> (JSON list)
// /__hostile-big/<megabytes>     a valid SON.NEC feed of about that many megabytes
// /__hostile-flaky/<name>        the good feed on the first request of <name>, 500 afterwards
// /copy2/<path>                  the file at /<path>: a second copy of our modules under
//                                another URL, so the browser builds a second module graph.
// /copy-old/<path>               the same, as an older release (another VERSION).
// /test/fixtures/hostile-*.html  pages served with a strict Content-Security-Policy header
//                                (?trusted-types=without-sonnec: one that leaves out "sonnec").
import { readFileSync } from 'node:fs';

const SAMPLE = new URL('../fixtures/feed-good.json', import.meta.url);
const hits = [];
const flaky = new Map();

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html dompurify sonnec";

/** The same, from a webmaster who did not add our policy name to trusted-types. */
export const CSP_REFUSING_SONNEC = CSP.replace(/ sonnec$/, '');

/** About `mb` megabytes of valid feed: many downloads with long summaries. */
function bigFeed(mb) {
  const summary = 'Ausführliche Beschreibung des Dokuments. '.repeat(100); // ~4 KB
  const parts = [];
  let size = 0;
  for (let i = 0; size < mb * 1024 * 1024; i++) {
    const item = JSON.stringify({
      id: `d${i}`,
      title: `Dokument ${i}`,
      url: `/docs/d${i}.pdf`,
      mediaType: 'application/pdf',
      bytes: 1000 + i,
      published: '2026-01-01',
      summary,
      group: `Gruppe ${i % 7}`,
    });
    parts.push(item);
    size += item.length + 1;
  }
  return `{"version":1,"downloads":[${parts.join(',')}]}`;
}
const bigCache = new Map();

export async function hostileRoutes(ctx, next) {
  const path = ctx.path;
  if (path.startsWith('/__hostile/')) {
    hits.push(path);
    ctx.set('Cache-Control', 'no-store');
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.status = 204;
    return;
  }
  if (path.startsWith('/__hostile-log/')) {
    const prefix = '/__hostile/' + path.slice('/__hostile-log/'.length);
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.filter((h) => h.startsWith(prefix)));
    return;
  }
  if (path.startsWith('/__hostile-big/')) {
    const mb = Math.min(64, Number(path.split('/')[2]) || 20);
    if (!bigCache.has(mb)) bigCache.set(mb, bigFeed(mb));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = bigCache.get(mb);
    return;
  }
  if (path.startsWith('/__hostile-flaky/')) {
    const name = path.split('/')[2];
    const count = (flaky.get(name) ?? 0) + 1;
    flaky.set(name, count);
    ctx.set('Cache-Control', 'no-store');
    if (count === 1) {
      ctx.type = 'application/json';
      ctx.body = readFileSync(SAMPLE, 'utf8');
    } else {
      ctx.status = 500;
      ctx.type = 'text/html';
      ctx.body = '<h1>500</h1>';
    }
    return;
  }
  if (path.startsWith('/copy2/')) {
    ctx.url = ctx.url.slice('/copy2'.length);
    return next();
  }
  if (path.startsWith('/copy-old/')) {
    // A third module graph that says it is an older release (its version.ts rewritten).
    ctx.url = ctx.url.slice('/copy-old'.length);
    await next();
    if (ctx.path === '/src/internal/version.ts' && ctx.body !== undefined) {
      const body = typeof ctx.body === 'string' ? ctx.body : String(ctx.body);
      ctx.body = body.replace('__SONNEC_VERSION__', '0.0.9-old');
    }
    return undefined;
  }
  if (/^\/test\/fixtures\/hostile-[\w-]+\.html$/.test(path)) {
    const refused = ctx.query['trusted-types'] === 'without-sonnec';
    ctx.set('Content-Security-Policy', refused ? CSP_REFUSING_SONNEC : CSP);
  }
  return next();
}
