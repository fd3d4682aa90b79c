// The benchmarks' static server: a temp folder on 127.0.0.1 at a free port, nothing cached.
// `handle(pathname, res)` may answer a request itself (e.g. a feed that fails on purpose).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

export function serveFolder(root, handle = () => false) {
  const server = createServer((req, res) => {
    const name = new URL(req.url, 'http://x').pathname;
    if (handle(name, res)) return;
    const file = path.join(root, path.normalize(name));
    try {
      const body = readFileSync(file);
      res.writeHead(200, {
        'content-type': `${TYPES[path.extname(file)] ?? 'application/octet-stream'}; charset=utf-8`,
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
