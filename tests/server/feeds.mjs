// Feeds that misbehave on purpose, for the loader tests:
//   /feeds/status/<code>        answers with that HTTP status
//   /feeds/flaky?key=K&fail=N   fails with 500 N times per key, then serves tests/fixtures/valid-feed.json
//   /feeds/once?key=K          serves the valid feed the first time per key, then 503
//   /feeds/stall                sends headers, then stalls for 3 s and ends with a broken body
//   /feeds/not-json             serves an HTML page
import { readFileSync } from 'node:fs';

const validFeed = () => readFileSync(new URL('../fixtures/valid-feed.json', import.meta.url));
const failures = new Map();

export default async function feeds(ctx, next) {
  const url = new URL(ctx.url, 'http://test');
  if (!url.pathname.startsWith('/feeds/')) return next();
  const [, , kind, arg] = url.pathname.split('/');
  if (kind === 'status') {
    ctx.status = Number(arg);
    ctx.body = `status ${arg}`;
  } else if (kind === 'flaky') {
    const key = url.searchParams.get('key');
    const seen = failures.get(key) ?? 0;
    failures.set(key, seen + 1);
    if (seen < Number(url.searchParams.get('fail') ?? 1)) {
      ctx.status = 500;
      ctx.body = 'try again';
    } else {
      ctx.type = 'json';
      ctx.body = validFeed();
    }
  } else if (kind === 'once') {
    const key = url.searchParams.get('key');
    if (failures.has(key)) {
      ctx.status = 503;
      ctx.body = 'down for maintenance';
    } else {
      failures.set(key, 1);
      ctx.type = 'json';
      ctx.body = validFeed();
    }
  } else if (kind === 'stall') {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json' });
    ctx.res.write('{"version": 1,');
    setTimeout(() => ctx.res.end(), 3_000).unref();
  } else if (kind === 'not-json') {
    ctx.type = 'html';
    ctx.body = '<!doctype html><title>Not found</title><p>Page not found</p>';
  } else {
    return next();
  }
}
