/**
 * A small full-text index for any list of documents with weighted text fields. Every query word is
 * looked up exactly, in its other forms (stem: "knitting" → knit; Welsh mutations), by its start
 * ("volunt" → volunteering), through a vocabulary of related words and ids ("choir" → singing), and
 * with typos ("daning" → dancing); results are ranked by match quality and field weight. Built in
 * slices that never hold the main thread for long; a search asked before the index is built answers
 * `pending`, and `ready` tells when to ask again.
 */
import { Accumulator, type RankedHits } from './accumulator.js';
import { editDistance, typosAllowed } from './edit-distance.js';
import { directScore, matchQuality, prefixQuality } from './match.js';
import { documentTerms, isSoftWord, queryWords } from './normalise.js';
import { englishStem, type Stemmer } from './stem.js';
import type { Related, Vocabulary } from './vocabulary.js';
import { welshForms } from './welsh.js';
import { yieldToMain } from './yield.js';

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

/** Sparse scores: document → score. */
type Scores = Map<number, number>;

/**
 * The built index, in flat arrays: term `t` (in sorted order) appears in the documents
 * `documents[starts[t] … starts[t + 1])`, with the summed weight of the fields it is in alongside.
 */
interface Built {
  /** How many documents. */
  size: number;
  terms: string[];
  starts: Uint32Array;
  documents: Uint32Array;
  weights: Float32Array;
  /** Which letters a–z each term contains, as bits: a cheap first test for typo candidates. */
  letters: Uint32Array;
  /** Term positions by term length. */
  byLength: Map<number, number[]>;
  /** Term positions by stem. */
  stems: Map<string, number[]>;
  /** The documents having each id (of `ids` fields), with the field's weight. */
  ids: Map<string, Scores>;
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
  /** The candidate terms of each related value seen (values are made once per vocabulary). */
  /** Reused by every search (searches run one at a time). */
  #accumulator?: Accumulator;
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

  /** Each distinct word of a document with the summed weight of the fields it is in. */
  #documentTerms(document: T): { terms: Map<string, number>; ids: Map<string, number> } {
    const terms = new Map<string, number>();
    const ids = new Map<string, number>();
    for (const field of this.fields) {
      const value = field.text(document);
      const texts = typeof value === 'string' ? [value] : (value ?? []);
      const inField = new Set<string>();
      for (const text of texts) {
        if (!text) continue;
        const id = text.trim().toLowerCase();
        if (field.ids) ids.set(id, Math.max(ids.get(id) ?? 0, field.weight));
        else for (const term of documentTerms(text)) inField.add(term);
      }
      for (const term of inField) terms.set(term, (terms.get(term) ?? 0) + field.weight);
    }
    return { terms, ids };
  }

  /**
   * The build, as steps: each `yield` is a point where the browser may take a turn. The work itself
   * is in plain functions called in batches, as engines optimise those better than generator bodies.
   */
  *#build(): Generator<void, void, void> {
    const batch = 64;
    const collected = new Collected();
    for (let from = 0; from < this.documents.length; from += batch) {
      const to = Math.min(from + batch, this.documents.length);
      for (let index = from; index < to; index++) collected.add(index, this.#documentTerms(this.documents[index]));
      yield;
    }
    const { byId } = collected;
    const order = yield* sortInSteps(
      byId.map((_, id) => id),
      (a, b) => byId[a] < byId[b],
    );
    const grouped = new Grouped(collected, order);
    const step = 16_384;
    for (let from = 0; from < collected.size; from += step) {
      grouped.count(from, Math.min(from + step, collected.size));
      yield;
    }
    grouped.counted();
    for (let from = 0; from < collected.size; from += step) {
      grouped.place(from, Math.min(from + step, collected.size));
      yield;
    }
    const terms = order.map((id) => byId[id]);
    const lookups = new Lookups(terms);
    for (let from = 0; from < terms.length; from += 2048) {
      lookups.add(from, Math.min(from + 2048, terms.length), this.stem);
      yield;
    }
    this.#built = {
      size: this.documents.length,
      terms,
      starts: grouped.starts,
      documents: grouped.documents,
      weights: grouped.weights,
      letters: lookups.letters,
      byLength: lookups.byLength,
      stems: lookups.stems,
      ids: collected.ids,
    };
  }
}

/** Each document's words, as (term id, document, weight) entries in document order, and its ids. */
class Collected {
  readonly termIds = new Map<string, number>();
  readonly byId: string[] = [];
  readonly ids = new Map<string, Scores>();
  terms: number[] = [];
  documents: number[] = [];
  weights: number[] = [];

  add(index: number, { terms, ids }: { terms: Map<string, number>; ids: Map<string, number> }): void {
    for (const [term, weight] of terms) {
      let id = this.termIds.get(term);
      if (id === undefined) this.termIds.set(term, (id = this.byId.push(term) - 1));
      this.terms.push(id);
      this.documents.push(index);
      this.weights.push(weight);
    }
    for (const [id, weight] of ids) {
      const having = this.ids.get(id);
      if (having) having.set(index, weight);
      else this.ids.set(id, new Map([[index, weight]]));
    }
  }

  get size(): number {
    return this.terms.length;
  }
}

/** The entries grouped by term in sorted order: a counting sort, which keeps document order within a term. */
class Grouped {
  readonly starts: Uint32Array;
  readonly documents: Uint32Array;
  readonly weights: Float32Array;
  readonly #position: Uint32Array;
  #next = new Uint32Array(0);

  /** Call {@link count} over every entry, then {@link counted}, then {@link place} over every entry: each in slices. */
  constructor(
    private readonly collected: Collected,
    order: readonly number[],
  ) {
    const position = (this.#position = new Uint32Array(order.length));
    for (let i = 0; i < order.length; i++) position[order[i]] = i;
    this.starts = new Uint32Array(order.length + 1);
    this.documents = new Uint32Array(collected.size);
    this.weights = new Float32Array(collected.size);
  }

  /** Counts the entries `from` to `to` of each term. */
  count(from: number, to: number): void {
    const { terms } = this.collected;
    for (let entry = from; entry < to; entry++) this.starts[this.#position[terms[entry]] + 1]++;
  }

  /** Turns the counts into where each term's entries start. */
  counted(): void {
    const { starts } = this;
    for (let i = 0; i + 1 < starts.length; i++) starts[i + 1] += starts[i];
    this.#next = starts.slice(0, starts.length - 1);
  }

  /** Puts entries `from` to `to` in their places. */
  place(from: number, to: number): void {
    const { terms, documents, weights } = this.collected;
    for (let entry = from; entry < to; entry++) {
      const slot = this.#next[this.#position[terms[entry]]]++;
      this.documents[slot] = documents[entry];
      this.weights[slot] = weights[entry];
    }
  }
}

/** Letter sets, length buckets and stems of the sorted terms, for finding candidates quickly. */
class Lookups {
  readonly letters: Uint32Array;
  readonly byLength = new Map<number, number[]>();
  readonly stems = new Map<string, number[]>();

  constructor(private readonly terms: readonly string[]) {
    this.letters = new Uint32Array(terms.length);
  }

  /** Adds the terms `from` to `to`. */
  add(from: number, to: number, stem: Stemmer): void {
    const { terms } = this;
    for (let i = from; i < to; i++) {
      this.letters[i] = letterBits(terms[i]);
      push(this.byLength, terms[i].length, i);
      push(this.stems, stem(terms[i]), i);
    }
  }
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

/** Makes an index of `documents` over `fields`; see {@link SearchIndex}. */
export function createIndex<T>(
  documents: readonly T[],
  fields: readonly SearchField<T>[],
  options?: IndexOptions,
): SearchIndex<T> {
  return new SearchIndex(documents, fields, options);
}

/**
 * The indexed terms a query word matches, with their quality: itself, the terms sharing its stem
 * (and, for a Welsh word, its mutations), the terms it starts, and, unless it is itself indexed, the
 * terms within its allowed typos of it or of its stem, with their other forms.
 */
function wordCandidates(built: Built, word: string, stem: Stemmer, vocabulary?: Vocabulary): Map<number, number> {
  const found = sameWordCandidates(built, word, stem(word), vocabulary);
  const { terms } = built;
  const exact = found.get(lowerBound(terms, word)) === matchQuality.exact;
  // A word typed whole (in the index as it is, and known to the vocabulary) is not the start of a longer
  // word: "art" in "arthritis", "côr" in "core" count as typos do.
  const whole = exact && vocabulary?.knows(word);
  for (let i = lowerBound(terms, word); i < terms.length && terms[i].startsWith(word); i++) {
    if (terms[i] !== word) better(found, i, whole ? matchQuality.typo[1] : prefixQuality(word, terms[i]));
  }
  if (!exact) {
    const stemmed = stem(word);
    const typos = stemmed === word ? typoTerms(built, word) : [...typoTerms(built, word), ...typoTerms(built, stemmed)];
    for (const [position, count] of typos) {
      const quality = matchQuality.typo[count];
      // The word meant, in all its forms: "daning" is "dancing", so also "dance".
      for (const sibling of built.stems.get(stem(built.terms[position])) ?? [position]) better(found, sibling, quality);
    }
  }
  return found;
}

/** The indexed terms that are `word` itself (quality 1) or the same word in another form (stem, Welsh mutation). */
function sameWordCandidates(built: Built, word: string, stem: string, vocabulary?: Vocabulary): Map<number, number> {
  const found = new Map<number, number>();
  for (const position of built.stems.get(stem) ?? []) found.set(position, matchQuality.sameWord);
  if (vocabulary?.isWelsh(word)) {
    for (const form of welshForms(word)) {
      const position = lowerBound(built.terms, form);
      if (built.terms[position] === form) better(found, position, matchQuality.sameWord);
    }
  }
  const position = lowerBound(built.terms, word);
  if (built.terms[position] === word) found.set(position, matchQuality.exact);
  return found;
}

function better(found: Map<number, number>, position: number, quality: number): void {
  if (quality > (found.get(position) ?? 0)) found.set(position, quality);
}

/**
 * Offers each document having the candidate terms of every word (one word, or all of a phrase's),
 * scored by `score(quality, weight)` (a phrase: the mean over its words), and notes the terms as matched.
 */
function offerAll(
  built: Built,
  candidates: Map<number, number>[],
  matched: Set<string>,
  score: (quality: number, weight: number) => number,
  offer: (index: number, score: number) => void,
): void {
  const noteMatched = () => {
    for (const found of candidates) for (const position of found.keys()) matched.add(built.terms[position]);
  };
  if (candidates.length === 1) {
    noteMatched();
    const { starts, documents, weights } = built;
    for (const [position, quality] of candidates[0]) {
      for (let i = starts[position]; i < starts[position + 1]; i++) offer(documents[i], score(quality, weights[i]));
    }
    return;
  }
  // A phrase's words are matched only where they all are.
  if (offerTogether(built, candidates, score, offer) > 0) noteMatched();
}

/** Scratch arrays over the documents, reused by every phrase of every search (searches run one at a time). */
let scratch: { best: Float32Array; sum: Float64Array; words: Uint8Array } | undefined;

/**
 * Offers each document having one of the candidate terms of every word, with the mean over the
 * words of its best score for each; gives how many were offered. Typed arrays, not maps: a phrase of
 * common words ("coffee morning") can be in most documents.
 */
function offerTogether(
  built: Built,
  candidates: Map<number, number>[],
  score: (quality: number, weight: number) => number,
  offer: (index: number, score: number) => void,
): number {
  const { starts, documents, weights } = built;
  if (!scratch || scratch.best.length < built.size)
    scratch = {
      best: new Float32Array(built.size),
      sum: new Float64Array(built.size),
      words: new Uint8Array(built.size),
    };
  const { best, sum, words } = scratch;
  const touched: number[] = [];
  for (let w = 0; w < candidates.length; w++) {
    const having: number[] = [];
    for (const [position, quality] of candidates[w]) {
      for (let i = starts[position]; i < starts[position + 1]; i++) {
        const document = documents[i];
        // Only documents having every earlier word can still have the phrase.
        if (words[document] !== w) continue;
        const value = score(quality, weights[i]);
        if (best[document] === 0) having.push(document);
        if (value > best[document]) best[document] = value;
      }
    }
    for (const document of having) {
      if (w === 0) touched.push(document);
      sum[document] += best[document];
      words[document]++;
      best[document] = 0;
    }
  }
  let offered = 0;
  for (const document of touched) {
    if (words[document] === candidates.length) {
      offer(document, sum[document] / candidates.length);
      offered++;
    }
    sum[document] = 0;
    words[document] = 0;
  }
  return offered;
}

/** Terms within the allowed number of typos of `query`, with how many typos. */
function typoTerms(
  { terms, letters, byLength }: Built,
  query: string,
  allowed = typosAllowed(query),
): [number, number][] {
  const found: [number, number][] = [];
  if (allowed === 0) return found;
  const queryLetters = letterBits(query);
  for (let length = query.length - allowed; length <= query.length + allowed; length++) {
    for (const position of byLength.get(length) ?? []) {
      // Each typo adds or removes at most two letters from the set of letters used.
      if (bitCount(letters[position] ^ queryLetters) > 2 * allowed) continue;
      const distance = editDistance(query, terms[position], allowed);
      if (distance <= allowed && distance > 0) found.push([position, distance]);
    }
  }
  return found;
}

/** Bit n set when the letter a + n is in `term` (other characters share bit 26). */
function letterBits(term: string): number {
  let bits = 0;
  for (let i = 0; i < term.length; i++) {
    const letter = term.charCodeAt(i) - 97;
    bits |= 1 << (letter >= 0 && letter < 26 ? letter : 26);
  }
  return bits;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest; rest &= rest - 1) count++;
  return count;
}

/** The first position in sorted `list` whose value is not below `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Sorts with a bottom-up merge sort that yields every few thousand steps; `before(a, b)` is a strict order. */
function* sortInSteps<V>(list: V[], before: (a: V, b: V) => boolean): Generator<void, V[], void> {
  const runLength = 256;
  const compare = (a: V, b: V) => (before(a, b) ? -1 : before(b, a) ? 1 : 0);
  for (let start = 0; start < list.length; start += runLength) {
    const run = list.slice(start, start + runLength).sort(compare);
    for (let i = 0; i < run.length; i++) list[start + i] = run[i];
    yield;
  }
  let source = list;
  let target = new Array<V>(list.length);
  for (let width = runLength; width < list.length; width *= 2) {
    for (let start = 0; start < list.length; start += 2 * width) {
      const middle = Math.min(start + width, list.length);
      const end = Math.min(start + 2 * width, list.length);
      let left = start;
      let right = middle;
      for (let out = start; out < end; out++) {
        target[out] =
          right >= end || (left < middle && !before(source[right], source[left])) ? source[left++] : source[right++];
        if (out % 4096 === 0) yield;
      }
    }
    [source, target] = [target, source];
  }
  return source;
}

/** Runs `steps` in slices of at most about `sliceMs`, giving the browser a turn between slices. */
async function runInSlices(steps: Generator<void, void, void>, sliceMs: number, signal?: AbortSignal): Promise<void> {
  for (;;) {
    const deadline = performance.now() + sliceMs;
    let step = steps.next();
    while (!step.done && performance.now() < deadline) step = steps.next();
    if (step.done || signal?.aborted) return;
    await yieldToMain();
    if (signal?.aborted) return;
  }
}
