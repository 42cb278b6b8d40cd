/** A stream whose pieces are all there at once (as a kept copy's, or a fast network's), cut every `size` bytes. */
export function streamOf(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
      controller.close();
    },
  });
}

/**
 * Runs `work` counting the turns the page is given (`scheduler.yield`) from the moment a decoder's text is joined
 * (its last word, the flush) on; `turns()` says how many so far, undefined before the join.
 */
export async function turnsAfterJoining<T>(work: (turns: () => number | undefined) => Promise<T>): Promise<T> {
  let turns: number | undefined;
  const scheduler = (globalThis as unknown as { scheduler: { yield: () => Promise<void> } }).scheduler;
  const { yield: yieldOnce } = scheduler;
  const { decode } = TextDecoder.prototype;
  scheduler.yield = () => {
    if (turns !== undefined) turns++;
    return yieldOnce.call(scheduler);
  };
  TextDecoder.prototype.decode = function (this: TextDecoder, ...input: Parameters<TextDecoder['decode']>) {
    if (input.length === 0) turns = 0;
    return decode.apply(this, input);
  };
  try {
    return await work(() => turns);
  } finally {
    scheduler.yield = yieldOnce;
    TextDecoder.prototype.decode = decode;
  }
}
