// The benchmarks' static server: a temp folder on 127.0.0.1 at a free port, nothing cached.
// `handle(pathname, res)` may answer a request itself (e.g. a feed that fails on purpose).
// With `{ gzip: true }` it compresses as a web server would (for benchmarks over a slow network).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

export function serveFolder(root, handle = () => false, { gzip = false } = {}) {
  const server = createServer((req, res) => {
    const name = new URL(req.url, 'http://x').pathname;
    if (handle(name, res)) return;
    const file = path.join(root, path.normalize(name));
    try {
      const body = readFileSync(file);
      const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': `${TYPES[path.extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
        'cache-control': 'no-store',
        ...(compress && { 'content-encoding': 'gzip' }),
      });
      res.end(compress ? gzipSync(body, { level: 6 }) : body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
