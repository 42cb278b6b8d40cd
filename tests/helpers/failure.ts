import type { FeedError } from '../../src/feed/errors.js';

/** The error a load ends with; the test fails if the load succeeds. */
export async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}
