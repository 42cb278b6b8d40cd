// The embedding story, played by the test server:
//   /second-copy/dist/cdn/*   the CDN build again under another path: a second copy of the script,
//                             whose chunks are separate modules, as when two sites' embeds meet on one page
//   /slow-welsh/dist/cdn/*    the CDN build again, its Welsh words (cy-*.js) 800 ms late, as on a slow line
//   /demo/csp.html            served with the strict Content-Security-Policy the README promises
//   /late-script?ms=MS        the CDN script arriving MS ms late, as on a slow phone line: a redirect to
//                             /dist/cdn/linkwork.js after the wait (its chunks load from there as usual)
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
  const slowWelsh = /^\/slow-welsh\/dist\/cdn\/([\w.-]+\.js)$/.exec(pathname);
  if (slowWelsh) {
    if (slowWelsh[1].startsWith('cy-')) await new Promise((resolve) => setTimeout(resolve, 800));
    ctx.type = 'js';
    ctx.body = readFileSync(`${root}dist/cdn/${slowWelsh[1]}`);
    return;
  }
  if (pathname === '/late-script') {
    const ms = Math.min(Number(new URL(ctx.url, 'http://test').searchParams.get('ms')) || 0, 10000);
    await new Promise((resolve) => setTimeout(resolve, ms));
    ctx.set('cache-control', 'no-store');
    ctx.redirect('/dist/cdn/linkwork.js');
    return;
  }
  await next();
  if (pathname === '/demo/csp.html') ctx.set('Content-Security-Policy', strictPolicy);
}
