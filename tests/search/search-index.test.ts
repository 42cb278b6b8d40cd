import { expect } from '@open-wc/testing';
import { editDistance } from '../../src/search/edit-distance.js';
import { highlight } from '../../src/search/highlight.js';
import { normalise, queryTerms, words } from '../../src/search/normalise.js';
import { createIndex, type SearchField } from '../../src/search/search-index.js';

interface Note {
  heading: string;
  body?: string;
}

const fields: SearchField<Note>[] = [
  { name: 'heading', weight: 5, text: (note) => note.heading },
  { name: 'body', weight: 1, text: (note) => note.body },
];

const notes: Note[] = [
  { heading: 'Reading group', body: 'Novels and poetry over tea' },
  { heading: 'Tea dance', body: 'Ballroom dancing for beginners' },
  { heading: 'Poetry café', body: 'Read your own poems aloud' },
  { heading: 'Walks', body: 'Gentle walking in the park' },
  { heading: 'Swimming', body: 'Pool sessions' },
];

const headings = (results: { hits: { document: Note }[] }) => results.hits.map((hit) => hit.document.heading);

describe('search engine', () => {
  describe('words', () => {
    it('lower-cases, strips accents, drops a possessive and splits on anything but letters and digits', () => {
      expect(normalise('Café CRÈME')).to.equal('cafe creme');
      expect(words("Tai-chi, 50+ & Ŵyn's Men’s")).to.deep.equal(['tai', 'chi', '50', 'wyn', 'men']);
    });

    it('leaves stop words out of a query unless nothing else is left', () => {
      expect(queryTerms('the walk in the park')).to.deep.equal(['walk', 'park']);
      expect(queryTerms('The The')).to.deep.equal(['the']);
    });
  });

  describe('edit distance', () => {
    it('counts a swap of neighbours, a missing and an extra letter as one typo each', () => {
      expect(editDistance('gardnig', 'garding', 2)).to.equal(1);
      expect(editDistance('gardning', 'gardening', 2)).to.equal(1);
      expect(editDistance('swimmming', 'swimming', 2)).to.equal(1);
      expect(editDistance('choir', 'chior', 1)).to.equal(1);
      expect(editDistance('abc', 'abc', 0)).to.equal(0);
    });

    it('gives up past the limit', () => {
      expect(editDistance('painting', 'knitting', 2)).to.equal(3);
      expect(editDistance('tea', 'teapots', 1)).to.equal(2);
    });
  });

  describe('ranking', () => {
    const index = createIndex(notes, fields, { synchronous: true });

    it('ranks a word in a heavier field first', () => {
      expect(headings(index.search('tea'))).to.deep.equal(['Tea dance', 'Reading group']);
      expect(headings(index.search('poetry'))).to.deep.equal(['Poetry café', 'Reading group']);
    });

    it('matches the start of a word, and other forms of the word', () => {
      expect(headings(index.search('danc'))).to.deep.equal(['Tea dance']);
      // Was nothing: "swims" and "swimming" are one word now (both stem to swim).
      expect(headings(index.search('swims'))).to.deep.equal(['Swimming']);
      expect(headings(index.search('walk'))).to.deep.equal(['Walks']);
      expect(headings(index.search('poems'))).to.deep.equal(['Poetry café']);
    });

    it('forgives typos only where no word matches better', () => {
      expect(headings(index.search('swiming'))).to.deep.equal(['Swimming']);
      expect(headings(index.search('poetyr'))).to.deep.equal(['Poetry café', 'Reading group']);
      // "read" is a word: the typo match "tea" is not offered.
      expect(headings(index.search('read'))).to.deep.equal(['Reading group', 'Poetry café']);
    });

    it('needs every word, and falls back to some words when none has all', () => {
      const both = index.search('tea poetry');
      expect(headings(both)).to.deep.equal(['Reading group']);
      expect(both.partial).to.equal(false);
      const some = index.search('tea swimming');
      expect(some.partial).to.equal(true);
      expect(headings(some)).to.have.members(['Tea dance', 'Reading group', 'Swimming']);
    });

    it('reports the words that matched, for highlighting', () => {
      expect([...index.search('danc swiming').matched]).to.have.members(['dance', 'dancing', 'swimming']);
    });

    it('keeps only what the filter allows, and finds nothing for an empty query', () => {
      expect(headings(index.search('tea', { filter: (note) => note.heading !== 'Tea dance' }))).to.deep.equal([
        'Reading group',
      ]);
      expect(index.search('  ').hits).to.deep.equal([]);
    });
  });

  describe('building', () => {
    const many: Note[] = Array.from({ length: 8000 }, (_, i) => ({
      heading: `Session ${i} ${['gardening', 'singing', 'swimming', 'painting'][i % 4]}`,
      body: `Notes number ${i.toString(36)} with walking and talking`,
    }));

    // Was: searches before the build scanned every document (a 3 s block at 100k). Now they wait.
    it('builds in slices without holding the page; a search before it is built waits instead of scanning', async () => {
      const index = createIndex(many, fields, { sliceMs: 4 });
      expect(index.isBuilt).to.equal(false);
      const early = index.search('gardning');
      expect(early.pending, 'asked before the index was built').to.equal(true);
      expect(early.hits).to.deep.equal([]);
      let frames = 0;
      let counting = true;
      const count = () => counting && (frames++, requestAnimationFrame(count));
      requestAnimationFrame(count);
      await index.ready;
      counting = false;
      expect(index.isBuilt).to.equal(true);
      expect(frames, 'the page was drawn while the index was built').to.be.greaterThan(0);
      const answered = index.search('gardning');
      expect(answered.pending).to.equal(false);
      expect(answered.hits).to.have.length(2000);
      expect(index.search('sing walk').hits).to.have.length(2000);
    });

    it('builds a short list at once, so it never waits', () => {
      const index = createIndex(many.slice(0, 400), fields);
      expect(index.isBuilt).to.equal(true);
      expect(index.search('swimming').hits).to.have.length(100);
    });

    it('stops building when aborted, and stays pending', async () => {
      const abort = new AbortController();
      const index = createIndex(many, fields, { sliceMs: 1, signal: abort.signal });
      abort.abort();
      await index.ready;
      expect(index.isBuilt).to.equal(false);
      expect(index.search('swimming').pending).to.equal(true);
    });
  });

  describe('highlight', () => {
    it('marks matched words, keeping the text as written', () => {
      expect(highlight('Café & gardening, Gardeners!', new Set(['cafe', 'gardeners']))).to.deep.equal([
        { text: 'Café', match: true },
        { text: ' & gardening, ', match: false },
        { text: 'Gardeners', match: true },
        { text: '!', match: false },
      ]);
      expect(highlight('<b>tea</b>', new Set(['b']))).to.deep.equal([
        { text: '<', match: false },
        { text: 'b', match: true },
        { text: '>tea</', match: false },
        { text: 'b', match: true },
        { text: '>', match: false },
      ]);
      expect(highlight('nothing here', new Set())).to.deep.equal([{ text: 'nothing here', match: false }]);
    });
  });
});
