import { expect } from '@open-wc/testing';
import { textInSlices } from '../../src/feed/read-text.js';
import { framesDrawnWhile } from '../helpers/frames-drawn.js';
import { streamOf, turnsAfterJoining } from '../helpers/pieces.js';

describe('textInSlices', () => {
  it('reads what Response.text() reads, with letters cut between chunks and a byte-order mark', async () => {
    const text = '\uFEFF{"title":"Caffi Cymraeg – paned a sgwrs ☕ ŵ ŷ","note":"Crèche 👶"}';
    const bytes = new TextEncoder().encode(text);
    const expected = await new Response(bytes).text();
    expect(expected.startsWith('{')).to.equal(true);
    for (const size of [1, 2, 3, 7, 64]) expect(await textInSlices(streamOf(bytes, size))).to.equal(expected);
  });

  it('gives the page a turn between slices, so a large copy never blocks it', async () => {
    const bytes = new TextEncoder().encode('x'.repeat(4_000_000));
    const { result: text, frames } = await framesDrawnWhile(() => textInSlices(streamOf(bytes, 1000), 0));
    expect(text.length).to.equal(4_000_000);
    // Every chunk is there at once: without a turn given, no frame could be drawn until all 4,000 were read.
    expect(frames).to.be.greaterThan(0);
  });

  it('gives the page a turn after joining the text, before the caller goes on with it', async () => {
    const bytes = new TextEncoder().encode('x'.repeat(100_000));
    // The decoder's last word (its flush) comes as the text is joined.
    const turns = await turnsAfterJoining(async (turns) => {
      expect((await textInSlices(streamOf(bytes, 10_000))).length).to.equal(100_000);
      return turns();
    });
    expect(turns).to.equal(1);
  });
});
