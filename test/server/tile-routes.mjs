// Test-only tile server for <sonnec-map>: never the internet.
//   /__tiles/<name>/{z}/{x}/{y}.png   serves test/fixtures/tiles/tile.png and counts the request
//   /__tiles/404/{z}/{x}/{y}.png      always fails (tile servers unreachable or blocking)
//   /__tiles/slow/{z}/{x}/{y}.png     the tile after 800 ms (a picture that arrives late)
//   /__tiles-count/<name>             {"count": n}: how many tiles <name> has served
import { readFileSync } from 'node:fs';

const TILE = readFileSync(new URL('../fixtures/tiles/tile.png', import.meta.url));
const counts = new Map();

export async function tileRoutes(ctx, next) {
  const [, root, name] = ctx.path.split('/');
  if (root === '__tiles') {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (name === '404') {
      ctx.status = 404;
      ctx.body = 'no tile';
      return;
    }
    if (name === 'slow') await new Promise((resolve) => setTimeout(resolve, 800));
    ctx.type = 'image/png';
    ctx.set('cache-control', 'no-store');
    ctx.body = TILE;
    return;
  }
  if (root === '__tiles-count') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ count: counts.get(name) ?? 0 });
    return;
  }
  return next();
}
