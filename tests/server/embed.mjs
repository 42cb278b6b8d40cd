// The embedding story, played by the test server:
//   /second-copy/dist/cdn/*   the CDN build again under another path: a second copy of the script,
//                             whose chunks are separate modules, as when two sites' embeds meet on one page
//   /demo/csp.html            served with the strict Content-Security-Policy the README promises
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The policy from the README: only our own origin, plus the tile server and the geocoder. */
export const strictPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https://tile.openstreetmap.org",
  "connect-src 'self' https://api.postcodes.io",
].join('; ');

export default async function embed(ctx, next) {
  const { pathname } = new URL(ctx.url, 'http://test');
  const copy = /^\/second-copy\/dist\/cdn\/([\w.-]+\.js)$/.exec(pathname);
  if (copy) {
    ctx.type = 'js';
    ctx.body = readFileSync(`${root}dist/cdn/${copy[1]}`);
    return;
  }
  await next();
  if (pathname === '/demo/csp.html') ctx.set('Content-Security-Policy', strictPolicy);
}
