// Feeds that report back what the browser did with them, for tests of loading and cancelling:
//   /probe/feed?key=K&ms=N&status=S   answers after N ms with status S (default 200: the valid feed),
//                                      counting requests per key and noting if the browser gave up first
//   /probe/report?key=K                { requests, outcome }: outcome is "pending", "served" or "aborted"
import { readFileSync } from 'node:fs';

const validFeed = () => readFileSync(new URL('../fixtures/valid-feed.json', import.meta.url));
const reports = new Map();

const report = (key) => {
  if (!reports.has(key)) reports.set(key, { requests: 0, outcome: 'none' });
  return reports.get(key);
};

export default async function probes(ctx, next) {
  const url = new URL(ctx.url, 'http://test');
  if (!url.pathname.startsWith('/probe/')) return next();
  const key = url.searchParams.get('key') ?? '';
  if (url.pathname === '/probe/report') {
    ctx.type = 'json';
    ctx.body = JSON.stringify(report(key));
    return;
  }
  if (url.pathname !== '/probe/feed') return next();
  const entry = report(key);
  entry.requests += 1;
  entry.outcome = 'pending';
  const ms = Number(url.searchParams.get('ms') ?? 0);
  const status = Number(url.searchParams.get('status') ?? 200);
  const closed = new Promise((resolve) => ctx.res.once('close', () => resolve('aborted')));
  const waited = new Promise((resolve) => setTimeout(() => resolve('served'), ms).unref());
  const outcome = await Promise.race([closed, waited]);
  entry.outcome = outcome;
  if (outcome === 'aborted') {
    ctx.respond = false;
    return;
  }
  ctx.status = status;
  if (status === 200) {
    ctx.type = 'json';
    ctx.body = validFeed();
  } else ctx.body = `status ${status}`;
}
