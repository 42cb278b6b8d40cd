// @ts-check
// A local HTTP server for the command-line tests: the adapter fixtures with paging, exactly as the
// browser tests get them (tests/server/adapters.mjs), plus a Linkwork feed, the files of one folder (to read
// back a feed the command wrote) and requests that are never answered.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { answer } from '../server/adapters.mjs';

const linkworkFeed = readFileSync(new URL('../fixtures/valid-feed.json', import.meta.url));

/**
 * @param {string} url
 * @param {string} folder
 */
function respond(url, folder) {
  if (url === '/linkwork/feed.json') return { status: 200, body: linkworkFeed };
  const file = /^\/files\/([\w.-]+)$/.exec(url)?.[1];
  if (file) return { status: 200, body: readFileSync(join(folder, file)) };
  const result = answer(url);
  if (!result) return { status: 404, body: 'Not Found' };
  return { status: result.status, body: typeof result.body === 'string' ? result.body : JSON.stringify(result.body) };
}

/**
 * Starts the server on a free port. Requests under /dead/ are held open and never answered;
 * /files/NAME answers with the file NAME from `folder`.
 * @param {string} folder
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(folder) {
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  const server = createServer((request, response) => {
    if (request.url?.startsWith('/dead/')) return;
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
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
