import { yieldToMain } from './yield.js';

/** Bytes decoded between two looks at the clock: some 2 ms of work. */
const piece = 1 << 18;

/**
 * Reads a byte stream as UTF-8 text (as `Response.text()` does) a chunk at a time, giving the page a turn
 * every few milliseconds: a kept copy of 10,000 activities (8 MB) read in one go held the page for some 300 ms.
 */
export async function textInSlices(stream: ReadableStream<Uint8Array>, sliceMs = 8): Promise<string> {
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  const parts: string[] = [];
  let sliceStart = performance.now();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A store may hand over megabytes in one chunk: it is decoded a piece at a time.
    for (let at = 0; at < value.byteLength; at += piece) {
      parts.push(decoder.decode(value.subarray(at, at + piece), { stream: true }));
      if (performance.now() - sliceStart < sliceMs) continue;
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}
