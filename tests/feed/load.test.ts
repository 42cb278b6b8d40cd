import { expect, waitUntil } from '@open-wc/testing';
import { readCachedFeed, saveCachedFeed } from '../../src/feed/cache.js';
import { FeedError } from '../../src/feed/errors.js';
import { loadFeed } from '../../src/feed/load.js';
import { failure } from '../helpers/failure.js';

const fast = { retryDelayMs: 10, cache: false };
const unique = () => Math.random().toString(36).slice(2);

describe('loadFeed', () => {
  it('loads and validates a feed (200)', async () => {
    const { feed, problems, staleSince } = await loadFeed('/tests/fixtures/valid-feed.json', fast);
    expect(feed.activities).to.have.length(4);
    expect(problems).to.deep.equal([]);
    expect(staleSince).to.equal(undefined);
  });

  it('reports a 404 as an http error, without retrying', async () => {
    const error = await failure(loadFeed('/feeds/status/404', fast));
    expect(error).to.be.instanceOf(FeedError);
    expect(error).to.include({ kind: 'http', status: 404 });
    expect(error.message).to.contain('404');
  });

  it('retries a 500 and succeeds when the server recovers', async () => {
    const { feed } = await loadFeed(`/feeds/flaky?key=${unique()}&fail=2`, { ...fast, retries: 2 });
    expect(feed.activities).to.have.length(4);
  });

  it('gives up after the bounded number of retries', async () => {
    const error = await failure(loadFeed(`/feeds/flaky?key=${unique()}&fail=5`, { ...fast, retries: 2 }));
    expect(error).to.include({ kind: 'http', status: 500 });
  });

  it('times out a response that never finishes', async () => {
    const error = await failure(loadFeed('/feeds/stall', { ...fast, timeoutMs: 300 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.contain('did not answer');
  });

  it('reports an unreachable server as a network error', async () => {
    const error = await failure(loadFeed('http://127.0.0.1:9/feed.json', { ...fast, retries: 0 }));
    expect(error.kind).to.equal('network');
  });

  it('reports a page that is not JSON', async () => {
    const error = await failure(loadFeed('/feeds/not-json', fast));
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('<!doctype html>');
  });

  it('reports a feed of the wrong version as invalid', async () => {
    const error = await failure(loadFeed('/tests/fixtures/wrong-version.json', fast));
    expect(error.kind).to.equal('invalid');
    expect(error.message).to.contain('version 2');
  });

  it('stops when its signal aborts', async () => {
    const abort = new AbortController();
    const loading = loadFeed('/feeds/stall', { ...fast, signal: abort.signal });
    abort.abort();
    const error = await failure(loading);
    expect((error as unknown as DOMException).name).to.equal('AbortError');
  });

  describe('the last good copy', () => {
    it('is kept after a good load and shown, with its date, when a later load fails', async () => {
      const url = `/feeds/once?key=${unique()}`;
      const first = await loadFeed(url, { retryDelayMs: 10 });
      expect(first.staleSince).to.equal(undefined);
      await waitUntil(async () => (await readCachedFeed(url)) !== undefined, 'the copy was never kept', {
        timeout: 5000,
      });
      const savedAt = (await readCachedFeed(url))!.savedAt;
      const stale = await loadFeed(url, { retries: 0 });
      expect(stale.feed.activities).to.have.length(4);
      expect(stale.staleSince).to.equal(savedAt);
      expect(stale.error).to.include({ kind: 'http', status: 503 });
    });

    it('is not used when caching is off', async () => {
      await saveCachedFeed('/feeds/status/502', { version: 1 });
      const error = await failure(loadFeed('/feeds/status/502', { retries: 0, cache: false }));
      expect(error.status).to.equal(502);
    });
  });
});
