import { expect } from '@open-wc/testing';
import { orderByKey } from '../../src/search/order.js';

/** The order a stable comparison sort gives: the reference the radix sort must match. */
const byComparison = (keys: readonly number[], descending: boolean) =>
  keys.map((_, i) => i).sort((a, b) => (descending ? keys[b] - keys[a] : keys[a] - keys[b]) || a - b);

/** Keys from a small seeded generator, many of them equal (ties must keep their order). */
function someKeys(length: number, largest: number): number[] {
  let state = 7;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % largest;
  });
}

describe('ordering by whole-number keys', () => {
  it('orders a few keys smallest or largest first, ties in the order given', () => {
    const keys = [5, 1, 5, 0, 2 ** 32 - 1, 1];
    expect([...orderByKey(keys, keys.length)]).to.deep.equal([3, 1, 5, 0, 2, 4]);
    expect([...orderByKey(keys, keys.length, true)]).to.deep.equal([4, 0, 2, 1, 5, 3]);
  });

  it('orders 20,000 keys as a stable comparison sort does, across every bit of a 32-bit key', () => {
    for (const largest of [2 ** 32, 2 ** 20, 300]) {
      const keys = someKeys(20_000, largest);
      expect([...orderByKey(keys, keys.length)]).to.deep.equal(byComparison(keys, false));
      expect([...orderByKey(keys, keys.length, true)]).to.deep.equal(byComparison(keys, true));
    }
  });

  it('orders only the first `length` keys, and again after a longer list (its working arrays reused)', () => {
    const keys = Uint32Array.from([9, 8, ...someKeys(200, 50), 7]);
    expect([...orderByKey(keys, 2)]).to.deep.equal([1, 0]);
    const long = someKeys(5_000, 2 ** 32);
    orderByKey(long, long.length);
    expect([...orderByKey(keys, keys.length)]).to.deep.equal(byComparison([...keys], false));
  });

  it('leaves the keys as they were', () => {
    const keys = someKeys(100, 1000);
    const copy = [...keys];
    orderByKey(keys, keys.length, true);
    expect(keys).to.deep.equal(copy);
  });
});
