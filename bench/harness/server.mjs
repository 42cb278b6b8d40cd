// A small static file server for the benches: serves the repository root on 127.0.0.1. With `{ visitor: true }`
// it answers as a real web server would (gzip when the browser accepts it, files cached for an hour), and
// `{ dist }` serves /dist/ from another folder (an earlier build, to compare before and after).
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

/** Starts serving `root` on a free port; resolves to `{ origin, close }`. */
export async function serve(root, { visitor = false, dist = `${root}/dist` } = {}) {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const [base, relative] = pathname.startsWith('/dist/') ? [dist, pathname.slice('/dist'.length)] : [root, pathname];
    const path = normalize(join(base, relative));
    if (path !== base && !path.startsWith(base + sep)) return send(response, 403, 'forbidden');
    try {
      const file = (await stat(path)).isDirectory() ? join(path, 'index.html') : path;
      const body = await readFile(file);
      const gzipped = visitor && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': visitor ? 'public, max-age=3600' : 'no-store',
        ...(gzipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      response.end(gzipped ? gzipSync(body, { level: 6 }) : body);
    } catch {
      send(response, 404, 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(text);
}
