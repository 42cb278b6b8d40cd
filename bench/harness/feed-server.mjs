// A feed server for benches that load feeds as a visitor's browser does: from another origin, gzipped
// when the browser asks, with CORS. The bench page uploads what it generated, then reads it back:
//   PUT /feeds/<name>                 keeps the body (and a gzipped copy) in memory
//   GET /feeds/<name>                 serves it: application/json, gzip when accepted, no-store
//   GET /feeds/<name>?fail=<status>   answers with that status instead (the server is down or the feed gone)
//   GET /oruk-api/…                   the 50,000-service Open Referral UK API of tests/server/oruk-api.mjs, gzipped,
//                                     its own time in `Server-Timing` (remote.bench.ts)
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { answer } from '../../tests/server/oruk-api.mjs';

const compress = promisify(gzip);
const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, PUT',
  'access-control-allow-headers': 'content-type',
};

async function orukApi(request, response) {
  const started = performance.now();
  const reply = answer(request.url);
  const body = Buffer.from(JSON.stringify(reply.body));
  const gzipped = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  const sent = gzipped ? await compress(body, { level: 6 }) : body;
  response.writeHead(reply.status, {
    ...cors,
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'timing-allow-origin': '*',
    'server-timing': `app;dur=${(performance.now() - started).toFixed(1)}`,
    ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
  });
  response.end(sent);
}

/** Starts the server on a free port of 127.0.0.1; resolves to `{ origin, close }`. */
export async function startFeedServer() {
  const feeds = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://x');
    const name = url.pathname.replace(/^\/feeds\//, '');
    if (request.method === 'OPTIONS') return response.writeHead(204, cors).end();
    if (request.method === 'PUT') {
      const chunks = [];
      for await (const chunk of request) chunks.push(chunk);
      const body = Buffer.concat(chunks);
      feeds.set(name, { body, gzipped: await compress(body, { level: 6 }) });
      return response.writeHead(201, cors).end();
    }
    if (url.pathname.startsWith('/oruk-api/')) return orukApi(request, response);
    const feed = feeds.get(name);
    const fail = Number(url.searchParams.get('fail'));
    if (!feed || fail) return response.writeHead(fail || 404, { ...cors, 'content-type': 'text/plain' }).end('no');
    const gzipped = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      ...cors,
      'content-type': 'application/json',
      'cache-control': 'no-store',
      ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzipped ? feed.gzipped : feed.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
