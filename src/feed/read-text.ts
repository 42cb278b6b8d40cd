import { yieldToMain } from './yield.js';

/** Bytes decoded between two looks at the clock: some 2 ms of work. */
const piece = 1 << 18;

/**
 * UTF-8 decoding a piece at a time, giving the page a turn every `sliceMs`: a stream may hand over megabytes in
 * one chunk, or many chunks already queued, and 8 MB decoded in one go held the page for some 200–300 ms.
 */
export class SlicedDecoder {
  readonly #decoder = new TextDecoder();
  readonly #parts: string[] = [];
  readonly #sliceMs: number;
  #sliceStart = performance.now();

  constructor(sliceMs = 8) {
    this.#sliceMs = sliceMs;
  }

  async push(bytes: Uint8Array): Promise<void> {
    for (let at = 0; at < bytes.byteLength; at += piece) {
      this.#parts.push(this.#decoder.decode(bytes.subarray(at, at + piece), { stream: true }));
      if (performance.now() - this.#sliceStart < this.#sliceMs) continue;
      await yieldToMain();
      this.#sliceStart = performance.now();
    }
  }

  /**
   * The whole text: call once, after the last `push`. The page gets a turn after the joining, so the joining and
   * what the caller does next (JSON.parse) are a task each: together, a kept copy of 10,000 activities held the page
   * for 72 ms (node bench/run.mjs real-path, second visit), and a fetched one was the real path's longest task.
   */
  async text(): Promise<string> {
    this.#parts.push(this.#decoder.decode());
    const text = this.#parts.join('');
    await yieldToMain();
    return text;
  }
}

/** Reads a byte stream as UTF-8 text (as `Response.text()` does) in slices: a kept copy, read back. */
export async function textInSlices(stream: ReadableStream<Uint8Array>, sliceMs = 8): Promise<string> {
  const decoder = new SlicedDecoder(sliceMs);
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    await decoder.push(value);
  }
  return decoder.text();
}
