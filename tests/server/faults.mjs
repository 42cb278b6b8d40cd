// Faults of real servers, for the loading, caching and geocoder tests. Each `key` keeps its own count.
//   /faults/feed?key=K&activities=N&good=G&status=S&delay=MS
//        a generated feed of N activities (bench/generate-feed.ts) for the first G requests (default 1),
//        then status S (default 503); each answer after MS milliseconds
//   /faults/retry-after?key=K&fail=N&after=V   status 503 with `Retry-After: V` N times, then the valid feed
//   /faults/huge?key=K&mb=M&declare=1           a JSON body of M megabytes, streamed as fast as it is read
//                                               (with a Content-Length header when `declare` is set)
//   /faults/requests?key=K                      {"count", "times": [ms since the first], "sent": bytes sent, "closed"}
//   /faults/long-words.json                     a feed whose every text is one unbroken 4,000-character word
//   /faults/split-letters.json                  the valid feed with Welsh and emoji in a title, sent in pieces
//                                               that each end inside a letter's UTF-8 bytes
//   /faults/geocoder/answer/<name>              a custom geocoder's service answering nonsense (see `answers`)
//   /faults/geocoder/silent                     a geocoder service that never answers
//   /demo/trusted-types.html                    served with the Trusted Types policy of the README
// and any request from a sandboxed frame (Origin: null) is answered with CORS headers.
import { transformSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { strictPolicy } from './embed.mjs';

const validFeed = () => readFileSync(new URL('../fixtures/valid-feed.json', import.meta.url));

/** The strict policy plus Trusted Types, as the README gives it. */
export const trustedTypesPolicy = `${strictPolicy}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;

/** bench/generate-feed.ts, made JavaScript once, so tests and benches share one generator. */
let generator;
const generated = new Map();
async function generatedFeed(activities) {
  generator ??= import(
    `data:text/javascript;base64,${Buffer.from(
      transformSync(readFileSync(new URL('../../bench/generate-feed.ts', import.meta.url), 'utf8'), {
        loader: 'ts',
        format: 'esm',
      }).code,
    ).toString('base64')}`
  );
  if (!generated.has(activities))
    generated.set(activities, Buffer.from(JSON.stringify((await generator).generateFeed({ activities }))));
  return generated.get(activities);
}

const seen = new Map();
function request(key) {
  const record = seen.get(key) ?? { count: 0, first: Date.now(), times: [], sent: 0, closed: false };
  seen.set(key, record);
  record.count++;
  record.times.push(Date.now() - record.first);
  return record;
}

const word = (letter) => letter.repeat(4000);
function longWordsFeed() {
  const long = word('w');
  return {
    version: 1,
    title: word('t'),
    categories: [{ id: 'arts', label: word('c') }],
    networks: [
      {
        id: 'long',
        name: word('n'),
        scope: 'local',
        description: word('d'),
        url: `https://example.org/${long}`,
        email: `${long}@example.org`,
        location: { lat: 53.8, lng: -1.55, address: word('a'), postcode: 'LS1 4AP' },
        coverage: { radiusKm: 20 },
      },
    ],
    activities: [
      {
        id: 'long',
        title: word('t'),
        description: word('d'),
        categories: ['arts'],
        organisation: { name: word('o'), url: `https://example.org/${long}` },
        location: { name: word('l'), lat: 53.8, lng: -1.55, address: word('a'), postcode: 'LS1 4AP' },
        schedule: [{ days: ['mon'], start: '10:00', end: '12:00', frequency: 'weekly' }],
        cost: { amount: 3, currency: 'GBP', note: word('p') },
        contact: { name: word('c'), email: `${long}@example.org`, phone: '0113 496 0000' },
        url: `https://example.org/${long}`,
      },
    ],
    resources: [
      {
        id: 'long',
        title: word('r'),
        description: word('d'),
        url: `https://example.org/${long}`,
        type: 'guide',
        audience: ['public'],
      },
    ],
  };
}

/** What a custom geocoder's service might answer instead of a place. */
const answers = {
  strings: { lat: '51.5', lng: '-0.14', label: 'SW1A 1AA' },
  'out-of-range': { lat: 95, lng: 200, label: 'SW1A 1AA' },
  missing: { label: 'SW1A 1AA' },
  'not-an-object': 'SW1A 1AA',
};

function json(ctx, body, status = 200) {
  ctx.status = status;
  ctx.type = 'json';
  ctx.body = Buffer.isBuffer(body) ? body : JSON.stringify(body);
}

const later = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());

function streamHuge(ctx, record, megabytes, declare) {
  const total = megabytes * 1_000_000;
  const chunk = Buffer.from(`${'{"id":"x","title":"padding"},'.repeat(2200)}`.slice(0, 64_000));
  ctx.respond = false;
  const res = ctx.res;
  res.writeHead(200, { 'content-type': 'application/json', ...(declare ? { 'content-length': String(total) } : {}) });
  res.on('close', () => (record.closed = true));
  const head = Buffer.from('{"version":1,"activities":[');
  res.write(head);
  record.sent = head.length;
  const pump = () => {
    while (!res.destroyed && record.sent + chunk.length <= total) {
      record.sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end(' '.repeat(Math.max(0, total - record.sent)));
  };
  pump();
}

/** The valid feed, its first title in Welsh with an emoji, cut inside every letter of more than one byte. */
function streamSplitLetters(ctx) {
  const feed = JSON.parse(validFeed());
  feed.activities[0].title = 'Côr Cymraeg: ŵyl a chân 🎶';
  const bytes = Buffer.from(JSON.stringify(feed));
  const cuts = [0];
  bytes.forEach((byte, at) => byte >= 0x80 && byte < 0xc0 && cuts.push(at));
  cuts.push(bytes.length);
  ctx.respond = false;
  ctx.res.writeHead(200, { 'content-type': 'application/json' });
  (async () => {
    for (let piece = 1; piece < cuts.length; piece++) {
      ctx.res.write(bytes.subarray(cuts[piece - 1], cuts[piece]));
      await later(5);
    }
    ctx.res.end();
  })();
}

export default async function faults(ctx, next) {
  const url = new URL(ctx.url, 'http://test');
  if (ctx.get('origin') === 'null') {
    // A sandboxed frame (an opaque origin) may read everything here, as from a CDN that allows any origin.
    ctx.set('Access-Control-Allow-Origin', '*');
  }
  if (url.pathname === '/demo/trusted-types.html') {
    await next();
    ctx.set('Content-Security-Policy', trustedTypesPolicy);
    return;
  }
  if (!url.pathname.startsWith('/faults/')) return next();
  const key = url.searchParams.get('key') ?? '';
  const [, , kind, ...rest] = url.pathname.split('/');
  const number = (name, fallback) => Number(url.searchParams.get(name) ?? fallback);
  if (kind === 'requests') {
    const { count, times, sent, closed } = seen.get(key) ?? { count: 0, times: [], sent: 0, closed: false };
    return json(ctx, { count, times, sent, closed });
  }
  if (kind === 'feed') {
    const record = request(key);
    await later(number('delay', 0));
    if (record.count > number('good', 1)) return json(ctx, { error: 'down' }, number('status', 503));
    return json(ctx, await generatedFeed(number('activities', 100)));
  }
  if (kind === 'retry-after') {
    const record = request(key);
    if (record.count <= number('fail', 1)) {
      ctx.set('Retry-After', url.searchParams.get('after') ?? '1');
      return json(ctx, { error: 'busy' }, 503);
    }
    return json(ctx, validFeed());
  }
  if (kind === 'huge') return streamHuge(ctx, request(key), number('mb', 100), url.searchParams.has('declare'));
  if (kind === 'long-words.json') return json(ctx, longWordsFeed());
  if (kind === 'split-letters.json') return streamSplitLetters(ctx);
  if (kind === 'geocoder' && rest[0] === 'answer') return json(ctx, answers[rest[1]] ?? null);
  if (kind === 'geocoder' && rest[0] === 'silent') {
    await later(60_000);
    return json(ctx, { error: 'too late' }, 504);
  }
  return next();
}
