import { yieldToMain } from './yield.js';

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
    parts.push(decoder.decode(value, { stream: true }));
    if (performance.now() - sliceStart < sliceMs) continue;
    await yieldToMain();
    sliceStart = performance.now();
  }
  parts.push(decoder.decode());
  return parts.join('');
}
