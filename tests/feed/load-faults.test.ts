import { expect, waitUntil } from '@open-wc/testing';
import { readCachedFeed, saveCachedFeed } from '../../src/feed/cache.js';
import { fetchFeed, loadFeed, retryAfter } from '../../src/feed/load.js';
import { failure } from '../helpers/failure.js';
import { framesDrawnWhile } from '../helpers/frames-drawn.js';
import { clearKeptFeeds } from '../helpers/kept-feeds.js';
import { streamOf, turnsAfterJoining } from '../helpers/pieces.js';

const key = () => Math.random().toString(36).slice(2);
const fast = { retryDelayMs: 10, cache: false };

/** What the test server saw for one key. */
async function requests(k: string): Promise<{ count: number; times: number[]; sent: number; closed: boolean }> {
  return (await fetch(`/faults/requests?key=${k}`)).json();
}

describe('loading: text that arrives in pieces', () => {
  it('reads letters whose bytes arrive in different pieces whole', async () => {
    const { feed } = await loadFeed('/faults/split-letters.json', fast);
    expect(feed.activities[0]!.title).to.equal('Côr Cymraeg: ŵyl a chân 🎶');
  });

  it('gives the page turns while it reads a body whose pieces are all there at once', async () => {
    // As from a fast network or a service worker: 8,000 pieces queued before the first is read.
    const bytes = new TextEncoder().encode(JSON.stringify({ padding: 'x'.repeat(8_000_000) }));
    const {
      result: { json, body },
      frames,
    } = await framesDrawnWhile(() =>
      fetchFeed('/queued.json', { ...fast, fetch: async () => new Response(streamOf(bytes, 1000)) }),
    );
    expect((json as { padding: string }).padding.length).to.equal(8_000_000);
    expect(body.byteLength).to.equal(bytes.byteLength);
    // Read in one go, every piece would be read, decoded and joined before a frame could be drawn.
    expect(frames).to.be.greaterThan(0);
  });

  it('gives the page a turn after joining the text and after copying the bytes, before JSON.parse', async () => {
    // Joining 8 MB of text, copying its bytes into one and parsing them were one long task (the 10k real path's
    // longest). Counted here: the turns the page is given from the decoder's last word (its flush) to JSON.parse.
    const bytes = new TextEncoder().encode(JSON.stringify({ padding: 'x'.repeat(100_000) }));
    let turnsBeforeParse: number | undefined;
    const { parse } = JSON;
    await turnsAfterJoining(async (turns) => {
      JSON.parse = (text: string) => {
        if (text.length === bytes.length) turnsBeforeParse ??= turns();
        return parse(text);
      };
      try {
        await fetchFeed('/joined.json', { ...fast, fetch: async () => new Response(streamOf(bytes, 10_000)) });
      } finally {
        JSON.parse = parse;
      }
    });
    expect(turnsBeforeParse).to.equal(2);
  });
});

describe('loading: a size limit', () => {
  it('stops reading a 100 MB feed at the default 50 MB, without waiting for the rest', async () => {
    const k = key();
    const error = await failure(loadFeed(`/faults/huge?key=${k}&mb=100`, fast));
    expect(error.kind).to.equal('too-large');
    expect(error.permanent).to.equal(true);
    expect(error.message).to.equal(
      `/faults/huge?key=${k}&mb=100 is larger than 50 MB, the most this page reads (raise max-bytes to read it).`,
    );
    expect(error.summary).to.equal('larger than the 50 MB limit (max-bytes)');
    await waitUntil(async () => (await requests(k)).closed, 'the server kept sending', { timeout: 5000 });
    // Not all of it: the browser's network layer reads ahead of the page (35 MB past the limit was seen once).
    expect((await requests(k)).sent).to.be.below(95_000_000);
  });

  it('stops as soon as it passes a smaller max-bytes', async () => {
    const k = key();
    const error = await failure(loadFeed(`/faults/huge?key=${k}&mb=100`, { ...fast, maxBytes: 2_000_000 }));
    expect(error.kind).to.equal('too-large');
    expect(error.summary).to.equal('larger than the 2 MB limit (max-bytes)');
    await waitUntil(async () => (await requests(k)).closed, 'the server kept sending', { timeout: 5000 });
    // Far from all of it, the network layer's read-ahead aside (26 MB past the limit was seen once).
    expect((await requests(k)).sent).to.be.below(60_000_000);
  });

  it('refuses at once a feed whose Content-Length is over the limit', async () => {
    const k = key();
    const started = performance.now();
    const error = await failure(loadFeed(`/faults/huge?key=${k}&mb=100&declare=1`, { ...fast, maxBytes: 1_000_000 }));
    expect(error.kind).to.equal('too-large');
    expect(performance.now() - started).to.be.below(3000);
  });

  it('reads a feed under the limit as usual, and is not retried when over it', async () => {
    const { feed } = await loadFeed('/tests/fixtures/valid-feed.json', { ...fast, maxBytes: 100_000 });
    expect(feed.activities).to.have.length(4);
    const k = key();
    await failure(loadFeed(`/faults/huge?key=${k}&mb=3`, { ...fast, maxBytes: 1_000_000, retries: 2 }));
    expect((await requests(k)).count).to.equal(1);
  });
});

describe('loading: Retry-After', () => {
  it('reads seconds and HTTP dates, and ignores what is neither', () => {
    const now = Date.parse('2026-05-01T12:00:00Z');
    expect(retryAfter('3', now)).to.equal(3000);
    expect(retryAfter(' 120 ', now)).to.equal(120_000);
    expect(retryAfter('Fri, 01 May 2026 12:00:05 GMT', now)).to.equal(5000);
    expect(retryAfter('Fri, 01 May 2026 11:00:00 GMT', now)).to.equal(0);
    expect(retryAfter('soon', now)).to.equal(undefined);
    expect(retryAfter(null, now)).to.equal(undefined);
  });

  it('waits as long as the server asks, then tries again', async () => {
    const k = key();
    const { feed } = await loadFeed(`/faults/retry-after?key=${k}&fail=1&after=1`, fast);
    expect(feed.activities).to.have.length(4);
    const { count, times } = await requests(k);
    expect(count).to.equal(2);
    expect(times[1]! - times[0]!).to.be.at.least(950);
  });

  it('honours a date, too', async () => {
    const k = key();
    const after = encodeURIComponent(new Date(Date.now() + 2000).toUTCString());
    await loadFeed(`/faults/retry-after?key=${k}&fail=1&after=${after}`, fast);
    const { count, times } = await requests(k);
    expect(count).to.equal(2);
    expect(times[1]! - times[0]!).to.be.at.least(900);
  });

  it('gives up at once when the wait is longer than the bound, saying how long was asked', async () => {
    const k = key();
    const started = performance.now();
    const error = await failure(loadFeed(`/faults/retry-after?key=${k}&fail=1&after=120`, fast));
    expect(performance.now() - started).to.be.below(3000);
    expect(error).to.include({ kind: 'http', status: 503, retryAfterMs: 120_000 });
    expect(error.message).to.equal(
      `The server answered 503 Service Unavailable for /faults/retry-after?key=${k}&fail=1&after=120 and asked to wait 120 s, longer than the 10 s we wait.`,
    );
    expect(error.permanent).to.equal(false);
    expect((await requests(k)).count).to.equal(1);
  });

  it('then shows the last good copy', async () => {
    await clearKeptFeeds();
    const url = `/faults/retry-after?key=${key()}&fail=1&after=120`;
    const bytes = new Uint8Array(await (await fetch('/tests/fixtures/valid-feed.json')).arrayBuffer());
    await saveCachedFeed(url, bytes);
    const stale = await loadFeed(url, { retryDelayMs: 10 });
    expect(stale.feed.activities).to.have.length(4);
    expect(stale.staleSince).to.be.a('string');
    expect(stale.error).to.include({ status: 503, retryAfterMs: 120_000 });
    await clearKeptFeeds();
  });
});

describe('loading: one request for the same feed', () => {
  it('shares a request under way between two loads of one address', async () => {
    const url = `/faults/feed?key=${key()}&delay=300&good=5`;
    const k = new URL(url, location.href).searchParams.get('key')!;
    const [first, second] = await Promise.all([fetchFeed(url), fetchFeed(new URL(url, location.href).href)]);
    expect(first.json).to.equal(second.json);
    expect((await requests(k)).count).to.equal(1);
    // Only while under way: a load afterwards asks again.
    await fetchFeed(url);
    expect((await requests(k)).count).to.equal(2);
  });

  it('goes on for the others when one of them stops, and stops when all have', async () => {
    const k = key();
    const url = `/faults/feed?key=${k}&delay=500&good=5`;
    const leaving = new AbortController();
    const left = fetchFeed(url, { signal: leaving.signal });
    const staying = fetchFeed(url);
    leaving.abort();
    expect(((await failure(left)) as unknown as DOMException).name).to.equal('AbortError');
    expect((await staying).json).to.include({ version: 1 });
    expect((await requests(k)).count).to.equal(1);

    const all = [new AbortController(), new AbortController()];
    const both = all.map((abort) => fetchFeed(`${url}&again`, { signal: abort.signal }));
    all.forEach((abort) => abort.abort());
    for (const load of both) expect(((await failure(load)) as unknown as DOMException).name).to.equal('AbortError');
    // Stopped, not shared any more: a new load starts afresh and succeeds.
    expect((await fetchFeed(`${url}&again`)).json).to.include({ version: 1 });
  });

  it('keeps two different size limits apart', async () => {
    const k = key();
    const url = `/faults/feed?key=${k}&delay=200&good=5`;
    const [small, large] = await Promise.allSettled([
      fetchFeed(url, { maxBytes: 1000 }),
      fetchFeed(url, { maxBytes: 10_000_000 }),
    ]);
    expect(small.status).to.equal('rejected');
    expect(large.status).to.equal('fulfilled');
  });
});

describe('loading: permanent and temporary failures', () => {
  const cases: [string, boolean][] = [
    ['/feeds/status/404', true],
    ['/feeds/status/410', true],
    ['/feeds/status/403', true],
    ['/feeds/not-json', true],
    ['/tests/fixtures/wrong-version.json', true],
    ['/feeds/status/503', false],
    ['/feeds/status/429', false],
    ['/feeds/status/408', false],
  ];
  for (const [url, permanent] of cases) {
    it(`${url} is ${permanent ? 'permanent' : 'temporary'}`, async () => {
      const error = await failure(loadFeed(url, { ...fast, retries: 0 }));
      expect(error.permanent).to.equal(permanent);
    });
  }

  it('says in a few words what went wrong, for the console', async () => {
    expect((await failure(loadFeed('/feeds/status/404', fast))).summary).to.equal('HTTP 404');
    expect((await failure(loadFeed('/feeds/not-json', fast))).summary).to.equal('not JSON');
    expect((await failure(loadFeed('/feeds/stall', { ...fast, timeoutMs: 300 }))).summary).to.equal(
      'no answer within 0.3 s',
    );
  });

  it('shows the kept copy after a 404 (a page moved by mistake), but forgets it after a 410 (gone for good)', async () => {
    await clearKeptFeeds();
    const bytes = new Uint8Array(await (await fetch('/tests/fixtures/valid-feed.json')).arrayBuffer());
    await saveCachedFeed('/feeds/status/404', bytes);
    await saveCachedFeed('/feeds/status/410', bytes);
    expect((await loadFeed('/feeds/status/404')).staleSince).to.be.a('string');
    expect((await failure(loadFeed('/feeds/status/410'))).status).to.equal(410);
    expect(await readCachedFeed('/feeds/status/410')).to.equal(undefined);
    await clearKeptFeeds();
  });
});
