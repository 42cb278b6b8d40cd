import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { loadFeed } from '../../src/feed/load.js';
import { probeKey, probeReport, probeUrl } from '../controllers/probe.js';

/** How often the server was asked before loadFeed gave up with `status`. */
async function requestsUntilFailure(status: number): Promise<number> {
  const key = probeKey();
  const error = await loadFeed(probeUrl(key, 0, status), { retries: 2, retryDelayMs: 5, cache: false }).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).to.be.instanceOf(FeedError);
  expect((error as FeedError).status).to.equal(status);
  return (await probeReport(key)).requests;
}

describe('loadFeed: which failures are tried again (requests counted by the server)', () => {
  it('asks once for a 4xx: the answer will not change', async () => {
    expect(await requestsUntilFailure(404)).to.equal(1);
    expect(await requestsUntilFailure(410)).to.equal(1);
    expect(await requestsUntilFailure(403)).to.equal(1);
  });

  it('tries a 5xx and a 429 again, up to the retries allowed', async () => {
    expect(await requestsUntilFailure(503)).to.equal(3);
    expect(await requestsUntilFailure(429)).to.equal(3);
  });
});
