/**
 * A small full-text index for any list of documents with weighted text fields. Every query word is
 * looked up exactly, in its other forms (stem: "knitting" → knit; Welsh mutations), by its start
 * ("volunt" → volunteering), through a vocabulary of related words and ids ("choir" → singing), and
 * with typos ("daning" → dancing); results are ranked by match quality and field weight. Built in
 * slices that never hold the main thread for long; a search asked before the index is built answers
 * `pending`, and `ready` tells when to ask again.
 */
import { Accumulator, type RankedHits } from './accumulator.js';
import { buildSteps, runInSlices, type Built } from './index-building.js';
import { directScore, matchQuality } from './match.js';
import { isSoftWord, queryWords } from './normalise.js';
import { offerAll } from './offer-documents.js';
import { englishStem, type Stemmer } from './stem.js';
import type { Related, Vocabulary } from './vocabulary.js';
import { lowerBound, sameWordCandidates, typoTerms, wordCandidates } from './word-candidates.js';

/** One searchable field of a document. */
export interface SearchField<T> {
  /** A name for the field, for reading and debugging. */
  name: string;
  /** How much a match in this field counts, relative to the others (e.g. title 5, description 1). */
  weight: number;
  /** The field's text for one document: a string, several strings, or nothing. */
  text: (document: T) => string | readonly (string | undefined)[] | undefined | null;
  /**
   * The values are ids (category ids, access needs), matched whole and only through the vocabulary:
   * "wheelchair" finds the documents with the id `step-free`, but typing "step" does not.
   */
  ids?: boolean;
}

export interface IndexOptions {
  /** The longest the build may hold the main thread at a time, in ms (default 8). */
  sliceMs?: number;
  /** Stops building (searches stay pending). */
  signal?: AbortSignal;
  /**
   * Build at once, holding the thread until done (tests, workers, benchmarks). By default lists of up
   * to 500 documents are built at once (a few ms) and longer ones in slices.
   */
  synchronous?: boolean;
  /** Turns words into stems, for the index and the query alike (default: English, Porter's). */
  stem?: Stemmer;
}

export interface SearchHit<T> {
  document: T;
  /** The document's position in the indexed list. */
  index: number;
  /** Higher is better; only comparable within one search. */
  score: number;
  /**
   * How well it matches, for blending with distance: as `score`, but the tiers (word, start,
   * vocabulary, typo) count for little against the fields' weights. Only comparable within one search.
   */
  relevance: number;
  /** How many of the query's required words it matched (fewer than all only in a `partial` answer). */
  terms: number;
}

export interface SearchResults<T> {
  /** Best first. */
  hits: SearchHit<T>[];
  /** The query's words as searched (normalised, stop words left out). */
  terms: string[];
  /** Every indexed word that matched a query word: give it to `highlight()`. */
  matched: ReadonlySet<string>;
  /** No document matched every word; these match some of them (most first). */
  partial: boolean;
  /** The index is still being built: nothing was searched. Ask again once `index.ready` settles. */
  pending: boolean;
}

export interface SearchOptions<T> {
  /** Keeps only the documents for which this is true. */
  filter?: (document: T, index: number) => boolean;
  /** What typed words relate to (see vocabulary.ts); give it the index's stemmer. */
  vocabulary?: Vocabulary;
  /**
   * Words that add to a document's score when found but need not be (default: "group", "club",
   * "class"…). A query of only such words needs them.
   */
  optional?: (word: string) => boolean;
}

/** A query term: one word, or a phrase the vocabulary knows ("tai chi"), with what it relates to. */
interface QueryTerm {
  words: string[];
  related: readonly Related[];
  optional: boolean;
}

const noHits: RankedHits = Object.freeze({
  length: 0,
  index: new Uint32Array(0),
  score: new Float64Array(0),
  relevance: new Float64Array(0),
  terms: new Uint8Array(0),
});

/** Lists up to this long are built at once unless told otherwise. */
const buildAtOnceUpTo = 500;

export class SearchIndex<T> {
  readonly documents: readonly T[];
  readonly fields: readonly SearchField<T>[];
  readonly stem: Stemmer;
  /** Settles when the index is built (or the build was stopped). */
  readonly ready: Promise<void>;
  #built?: Built;
  /** Reused by every search (searches run one at a time). */
  #accumulator?: Accumulator;
  /** The candidate terms of each related value seen (values are made once per vocabulary). */
  readonly #relatedTerms = new WeakMap<Related, Map<number, number>[] | undefined>();

  constructor(documents: readonly T[], fields: readonly SearchField<T>[], options: IndexOptions = {}) {
    this.documents = documents;
    this.fields = fields;
    this.stem = options.stem ?? englishStem;
    const steps = this.#build();
    if (options.synchronous ?? documents.length <= buildAtOnceUpTo) {
      while (!steps.next().done);
      this.ready = Promise.resolve();
    } else {
      this.ready = runInSlices(steps, options.sliceMs ?? 8, options.signal);
    }
  }

  /** Whether searches can be answered yet. */
  get isBuilt(): boolean {
    return this.#built !== undefined;
  }

  /** How many distinct words are indexed (0 until built). */
  get termCount(): number {
    return this.#built?.terms.length ?? 0;
  }

  /** Whether `word` is indexed as it is, in another form (stem), or as the start of an indexed word. */
  hasWord(word: string): boolean {
    const built = this.#built;
    if (!built) return false;
    const position = lowerBound(built.terms, word);
    return built.terms[position]?.startsWith(word) || built.stems.has(this.stem(word));
  }

  /**
   * The indexed words nearest `word` by spelling (at most `maxTypos` edits), nearest first and, among
   * equals, those in more documents first: for "Did you mean…".
   */
  closestWords(word: string, maxTypos: number): { word: string; typos: number; documents: number }[] {
    const built = this.#built;
    if (!built) return [];
    return typoTerms(built, word, maxTypos)
      .map(([position, typos]) => ({
        word: built.terms[position],
        typos,
        documents: built.starts[position + 1] - built.starts[position],
      }))
      .sort((a, b) => a.typos - b.typos || b.documents - a.documents || (a.word < b.word ? -1 : 1));
  }

  /** Roughly how much memory the built index holds, in bytes (its arrays, words and maps). */
  get sizeBytes(): number {
    const built = this.#built;
    if (!built) return 0;
    const arrays = [built.starts, built.documents, built.weights, built.letters];
    const bytes = arrays.reduce((sum, array) => sum + array.byteLength, 0);
    const termBytes = built.terms.reduce((sum, term) => sum + 16 + 2 * term.length, 0);
    const stemBytes = built.stems.size * 40 + built.terms.length * 8;
    const idBytes = [...built.ids.values()].reduce((sum, scores) => sum + 40 + scores.size * 24, 0);
    return bytes + termBytes + stemBytes + idBytes + built.terms.length * 8;
  }

  /**
   * Finds the documents matching every word of `query` (or, failing that, some). An empty query
   * finds nothing; a query before the index is built finds nothing yet and says `pending`.
   */
  search(query: string, options: SearchOptions<T> = {}): SearchResults<T> {
    const { hits, ...rest } = this.rank(query, options);
    const found: SearchHit<T>[] = new Array(hits.length);
    for (let i = 0; i < hits.length; i++) {
      const index = hits.index[i];
      const [score, relevance, terms] = [hits.score[i], hits.relevance[i], hits.terms[i]];
      found[i] = { document: this.documents[index], index, score, relevance, terms };
    }
    return { hits: found, ...rest };
  }

  /**
   * As {@link search}, with the hits as parallel arrays of positions, scores, relevance and words
   * matched, best first: no object per hit, for callers that make their own (a broad query over a
   * large list matches every document).
   */
  rank(query: string, options: SearchOptions<T> = {}): Omit<SearchResults<T>, 'hits'> & { hits: RankedHits } {
    const terms = this.#queryTerms(queryWords(query), options);
    const matched = new Set<string>();
    const names = terms.map((term) => term.words.join(' '));
    const built = this.#built;
    if (!built) return { hits: noHits, terms: names, matched, partial: false, pending: true };
    const accumulator = (this.#accumulator ??= new Accumulator(this.documents.length));
    accumulator.reset();
    for (const term of terms) {
      this.#direct(built, term, options.vocabulary, matched, accumulator);
      this.#related(built, term.related, options.vocabulary, matched, accumulator);
      accumulator.endTerm(term.optional);
    }
    const { filter } = options;
    const keep = filter ? (index: number) => filter(this.documents[index], index) : undefined;
    const { hits, partial } = terms.length > 0 ? accumulator.results(keep) : { hits: noHits, partial: false };
    return { hits, terms: names, matched, partial, pending: false };
  }

  /** The query's words as terms: phrases the vocabulary knows kept together, repeats dropped. */
  #queryTerms(words: readonly string[], { vocabulary, optional = isSoftWord }: SearchOptions<T>): QueryTerm[] {
    const terms = new Map<string, QueryTerm>();
    for (let at = 0; at < words.length;) {
      const known = vocabulary?.match(words, at);
      const termWords = words.slice(at, at + (known?.length ?? 1));
      const name = termWords.join(' ');
      if (!terms.has(name))
        terms.set(name, {
          words: termWords,
          related: known?.related ?? [],
          optional: (known?.soft ?? false) || termWords.every(optional),
        });
      at += termWords.length;
    }
    const all = [...terms.values()];
    if (all.every((term) => term.optional)) for (const term of all) term.optional = false;
    return all;
  }

  /** Offers the documents having the term itself: each word exactly, in another form, by its start or with typos. */
  #direct(built: Built, term: QueryTerm, vocabulary: Vocabulary | undefined, matched: Set<string>, to: Accumulator) {
    const candidates = term.words.map((word) => wordCandidates(built, word, this.stem, vocabulary));
    const offer = (index: number, score: number) => to.offer(index, score);
    offerAll(built, candidates, matched, directScore, offer);
    // A misspelt word the vocabulary knows ("meditaton"): what it relates to counts as a typo does.
    const [word] = term.words;
    const indexed = [...candidates[0].values()].some((quality) => quality >= matchQuality.sameWord);
    if (term.words.length > 1 || term.related.length > 0 || indexed || !vocabulary) return;
    for (const value of vocabulary.matchTypo(word)?.related ?? []) {
      const terms = this.#relatedCandidates(built, value, vocabulary);
      const typoScore = (quality: number, weight: number) => matchQuality.typo[1] * value.quality * quality * weight;
      if (terms) offerAll(built, terms, matched, typoScore, offer);
    }
  }

  /** Offers the documents having what the term relates to in the vocabulary: words, phrases, ids. */
  #related(
    built: Built,
    related: readonly Related[],
    vocabulary: Vocabulary | undefined,
    matched: Set<string>,
    to: Accumulator,
  ) {
    const offer = (index: number, score: number) => to.offerRelated(index, score);
    for (const value of related) {
      for (const [index, weight] of built.ids.get(value.id) ?? []) offer(index, matchQuality.related * weight);
      const relatedScore = (sameWord: number, weight: number) => value.quality * sameWord * weight;
      const candidates = this.#relatedCandidates(built, value, vocabulary);
      if (candidates) offerAll(built, candidates, matched, relatedScore, offer);
      to.endValue();
    }
  }

  /** The terms having each word of a related value (itself or another form), or nothing when one has none. Kept per value. */
  #relatedCandidates(built: Built, value: Related, vocabulary?: Vocabulary): Map<number, number>[] | undefined {
    if (!this.#relatedTerms.has(value)) {
      const candidates = value.words.map((word, w) => sameWordCandidates(built, word, value.stems[w], vocabulary));
      const found = candidates.length > 0 && candidates.every((terms) => terms.size > 0);
      this.#relatedTerms.set(value, found ? candidates : undefined);
    }
    return this.#relatedTerms.get(value);
  }
  *#build(): Generator<void, void, void> {
    this.#built = yield* buildSteps(this.documents, this.fields, this.stem);
  }
}

/** Makes an index of `documents` over `fields`; see {@link SearchIndex}. */
export function createIndex<T>(
  documents: readonly T[],
  fields: readonly SearchField<T>[],
  options?: IndexOptions,
): SearchIndex<T> {
  return new SearchIndex(documents, fields, options);
}
