// @ts-check
// A local HTTP server for the command-line tests: the adapter fixtures with paging, exactly as the
// browser tests get them (tests/server/adapters.mjs), plus a Linkwork feed, the files of one folder (to read
// back a feed the command wrote), requests that are never answered, and a stand-in for postcodes.io's bulk
// look-up (POST /bulk-geocoder/postcodes), which counts the requests it answers; and the 50,000-service test
// ORUK API (tests/server/oruk-api.mjs, under /oruk-api/), for incremental harvests.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { answer } from '../server/adapters.mjs';
import { answer as orukApi } from '../server/oruk-api.mjs';

const linkworkFeed = readFileSync(new URL('../fixtures/valid-feed.json', import.meta.url));

/** What the fake geocoder knows: one postcode it places out of range, to show answers are checked. */
const postcodes = { 'DN17 2JL': [53.5712, -0.6598], 'DN15 6LA': [100, -0.65] };

/** @param {unknown} body */
function bulkAnswer(body) {
  const asked = /** @type {{ postcodes?: string[] }} */ (body).postcodes ?? [];
  return {
    status: 200,
    result: asked.map((query) => {
      const point = postcodes[/** @type {keyof typeof postcodes} */ (query.toUpperCase())];
      return { query, result: point ? { postcode: query, latitude: point[0], longitude: point[1] } : null };
    }),
  };
}

/**
 * @param {string} url
 * @param {string} folder
 */
function respond(url, folder) {
  if (url === '/linkwork/feed.json') return { status: 200, body: linkworkFeed };
  const file = /^\/files\/([\w.-]+)$/.exec(url)?.[1];
  if (file) return { status: 200, body: readFileSync(join(folder, file)) };
  const result = answer(url) ?? orukApi(url);
  if (!result) return { status: 404, body: 'Not Found' };
  return { status: result.status, body: typeof result.body === 'string' ? result.body : JSON.stringify(result.body) };
}

/**
 * Starts the server on a free port. Requests under /dead/ are held open and never answered;
 * /files/NAME answers with the file NAME from `folder`.
 * @param {string} folder
 * @returns {Promise<{ origin: string, port: number, geocoderRequests: () => number, close: () => Promise<void> }>}
 */
export async function startServer(folder) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  let geocoderRequests = 0;
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/dead/')) return;
    if (request.method === 'POST' && request.url === '/bulk-geocoder/postcodes') {
      geocoderRequests++;
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(bulkAnswer(JSON.parse(text))));
      });
      return;
    }
    const { status, body } = respond(request.url ?? '/', folder);
    response.writeHead(status, { 'content-type': status === 200 ? 'application/json' : 'text/plain' });
    response.end(body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    geocoderRequests: () => geocoderRequests,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
