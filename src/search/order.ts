/**
 * Ordering many results by a whole-number key without a comparison sort: a stable radix sort of
 * 32-bit keys in three passes of 11 bits, so 100,000 results are ordered in about a millisecond and
 * equal keys keep the order they came in (the better match first). Scratch arrays are kept between
 * calls: searches run one at a time.
 */

const bits = 11;
const buckets = 1 << bits;
const mask = buckets - 1;
/** Below this many, a comparison sort is cheaper than clearing the buckets. */
const few = 64;

/** Two sets of key and position arrays, read from one and written to the other in turn. */
let scratch = [new Uint32Array(0), new Uint32Array(0), new Uint32Array(0), new Uint32Array(0)];
const counts = new Uint32Array(buckets);

/**
 * The positions `0 … length - 1` ordered by `keys` (whole numbers from 0 to 2³² − 1), smallest first,
 * or largest first when `descending`; equal keys keep their positions' order. `keys` is not changed.
 */
export function orderByKey(keys: ArrayLike<number>, length: number, descending = false): Uint32Array {
  const flip = descending ? 0xffffffff : 0;
  if (length < few) {
    const order = Array.from({ length }, (_, i) => i);
    order.sort((a, b) => ((keys[a] ^ flip) >>> 0) - ((keys[b] ^ flip) >>> 0) || a - b);
    return Uint32Array.from(order);
  }
  if (scratch[0].length < length) scratch = scratch.map(() => new Uint32Array(Math.max(length, 2 * scratch[0].length)));
  let [fromKeys, from, toKeys, to] = scratch.map((array) => array.subarray(0, length));
  for (let i = 0; i < length; i++) {
    fromKeys[i] = (keys[i] ^ flip) >>> 0;
    from[i] = i;
  }
  for (let shift = 0; shift < 32; shift += bits) {
    counts.fill(0);
    for (let i = 0; i < length; i++) counts[(fromKeys[i] >>> shift) & mask]++;
    // A pass where every key has the same digit here changes nothing.
    if (counts[(fromKeys[0] >>> shift) & mask] === length) continue;
    for (let b = 0, sum = 0; b < buckets; b++) {
      const count = counts[b];
      counts[b] = sum;
      sum += count;
    }
    for (let i = 0; i < length; i++) {
      const slot = counts[(fromKeys[i] >>> shift) & mask]++;
      toKeys[slot] = fromKeys[i];
      to[slot] = from[i];
    }
    [fromKeys, from, toKeys, to] = [toKeys, to, fromKeys, from];
  }
  return from.slice();
}
