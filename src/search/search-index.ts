/**
 * A small full-text index for any list of documents with weighted text fields: exact, prefix
 * ("volunt" → volunteering) and typo-tolerant ("swiming" → swimming) matching, ranked by field
 * weight and match quality. Built in slices that never hold the main thread for long; until it is
 * built, searches scan the documents instead, with the same results.
 */
import { Accumulator, type Hit } from './accumulator.js';
import { editDistance, typosAllowed } from './edit-distance.js';
import { closeMatch, matchQuality } from './match.js';
import { documentTerms, queryTerms, singulars } from './normalise.js';
import { yieldToMain } from './yield.js';

/** One searchable field of a document. */
export interface SearchField<T> {
  /** A name for the field, for reading and debugging. */
  name: string;
  /** How much a match in this field counts, relative to the others (e.g. title 5, description 1). */
  weight: number;
  /** The field's text for one document: a string, several strings, or nothing. */
  text: (document: T) => string | readonly (string | undefined)[] | undefined | null;
}

export interface IndexOptions {
  /** The longest the build may hold the main thread at a time, in ms (default 8). */
  sliceMs?: number;
  /** Stops building (searches keep scanning). */
  signal?: AbortSignal;
  /** Build at once, holding the thread until done (tests, workers, benchmarks). */
  synchronous?: boolean;
}

export interface SearchHit<T> {
  document: T;
  /** The document's position in the indexed list. */
  index: number;
  /** Higher is better; only comparable within one search. */
  score: number;
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
}

export interface SearchOptions<T> {
  /** Keeps only the documents for which this is true. */
  filter?: (document: T, index: number) => boolean;
}

/**
 * The built index, in flat arrays: term `t` (in sorted order) appears in the documents
 * `documents[starts[t] … starts[t + 1])`, with the weight of the best field it is in alongside.
 */
interface Built {
  terms: string[];
  starts: Uint32Array;
  documents: Uint32Array;
  weights: Float32Array;
  /** Which letters a–z each term contains, as bits: a cheap first test for typo candidates. */
  letters: Uint32Array;
  /** Term positions by term length. */
  byLength: Map<number, number[]>;
}

export class SearchIndex<T> {
  readonly documents: readonly T[];
  readonly fields: readonly SearchField<T>[];
  /** Settles when the index is built (or the build was stopped). */
  readonly ready: Promise<void>;
  #built?: Built;

  constructor(documents: readonly T[], fields: readonly SearchField<T>[], options: IndexOptions = {}) {
    this.documents = documents;
    this.fields = fields;
    const steps = this.#build();
    if (options.synchronous) {
      while (!steps.next().done);
      this.ready = Promise.resolve();
    } else {
      this.ready = runInSlices(steps, options.sliceMs ?? 8, options.signal);
    }
  }

  /** Whether searches use the index yet (before, they scan). */
  get isBuilt(): boolean {
    return this.#built !== undefined;
  }

  /** How many distinct words are indexed (0 until built). */
  get termCount(): number {
    return this.#built?.terms.length ?? 0;
  }

  /** Finds the documents matching every word of `query` (or, failing that, some). An empty query finds nothing. */
  search(query: string, options: SearchOptions<T> = {}): SearchResults<T> {
    const terms = queryTerms(query);
    const matched = new Set<string>();
    const accumulator = new Accumulator(this.documents.length);
    const built = this.#built;
    if (built) for (const term of terms) searchTerm(built, term, accumulator, matched);
    else this.#scan(terms, accumulator, matched);
    const { filter } = options;
    const keep = filter ? (index: number) => filter(this.documents[index], index) : () => true;
    const { hits, partial } = terms.length > 0 ? accumulator.results(keep) : { hits: [], partial: false };
    return { hits: hits.map((hit) => this.#hit(hit)), terms, matched, partial };
  }

  #hit({ index, score }: Hit): SearchHit<T> {
    return { document: this.documents[index], index, score };
  }

  /** Searching without the index: the same matching, over each document's words. */
  #scan(terms: string[], accumulator: Accumulator, matched: Set<string>): void {
    const size = this.documents.length;
    const close = terms.map(() => new Float32Array(size));
    const typo = terms.map(() => new Float32Array(size));
    const closeWords = terms.map(() => new Set<string>());
    const typoWords = terms.map(() => new Set<string>());
    for (let index = 0; index < size; index++) {
      for (const [word, weight] of this.#documentTerms(this.documents[index])) {
        terms.forEach((term, t) => {
          const quality = closeMatch(term, word);
          if (quality > 0) {
            close[t][index] = Math.max(close[t][index], quality * weight);
            closeWords[t].add(word);
            return;
          }
          const allowed = typosAllowed(term);
          const distance = allowed > 0 ? editDistance(term, word, allowed) : 1;
          if (distance <= allowed) {
            typo[t][index] = Math.max(typo[t][index], matchQuality.typo[distance] * weight);
            typoWords[t].add(word);
          }
        });
      }
    }
    terms.forEach((_, t) => {
      const useClose = closeWords[t].size > 0;
      const scores = useClose ? close[t] : typo[t];
      for (const word of useClose ? closeWords[t] : typoWords[t]) matched.add(word);
      for (let index = 0; index < size; index++) if (scores[index] > 0) accumulator.offer(index, scores[index]);
      accumulator.endTerm();
    });
  }

  /** Each distinct word of a document with the weight of the best field it is in. */
  #documentTerms(document: T): Map<string, number> {
    const weights = new Map<string, number>();
    for (const field of this.fields) {
      const value = field.text(document);
      const texts = typeof value === 'string' ? [value] : (value ?? []);
      for (const text of texts) {
        if (!text) continue;
        for (const term of documentTerms(text)) {
          if ((weights.get(term) ?? 0) < field.weight) weights.set(term, field.weight);
        }
      }
    }
    return weights;
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
    this.#built = {
      terms,
      starts: grouped.starts,
      documents: grouped.documents,
      weights: grouped.weights,
      ...byLetters(terms),
    };
  }
}

/** Each document's words, as (term id, document, weight) entries in document order. */
class Collected {
  readonly ids = new Map<string, number>();
  readonly byId: string[] = [];
  terms: number[] = [];
  documents: number[] = [];
  weights: number[] = [];

  add(index: number, documentTerms: Map<string, number>): void {
    for (const [term, weight] of documentTerms) {
      let id = this.ids.get(term);
      if (id === undefined) this.ids.set(term, (id = this.byId.push(term) - 1));
      this.terms.push(id);
      this.documents.push(index);
      this.weights.push(weight);
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

/** Letter sets and length buckets of the sorted terms, for finding typo candidates quickly. */
function byLetters(terms: readonly string[]): Pick<Built, 'letters' | 'byLength'> {
  const letters = new Uint32Array(terms.length);
  const byLength = new Map<number, number[]>();
  for (let i = 0; i < terms.length; i++) {
    letters[i] = letterBits(terms[i]);
    const sameLength = byLength.get(terms[i].length);
    if (sameLength) sameLength.push(i);
    else byLength.set(terms[i].length, [i]);
  }
  return { letters, byLength };
}

/** Makes an index of `documents` over `fields`; see {@link SearchIndex}. */
export function createIndex<T>(
  documents: readonly T[],
  fields: readonly SearchField<T>[],
  options?: IndexOptions,
): SearchIndex<T> {
  return new SearchIndex(documents, fields, options);
}

/** Adds the documents matching one query term: close matches, or typos when there are none. */
function searchTerm(built: Built, query: string, accumulator: Accumulator, matched: Set<string>): void {
  let found = closeTerms(built.terms, query);
  if (found.length === 0) found = typoTerms(built, query);
  const { starts, documents, weights } = built;
  for (const [position, quality] of found) {
    matched.add(built.terms[position]);
    for (let i = starts[position]; i < starts[position + 1]; i++) accumulator.offer(documents[i], quality * weights[i]);
  }
  accumulator.endTerm();
}

/** Terms equal to `query`, starting with it, or its singular ("walks" → walk), with their match quality. */
function closeTerms(terms: readonly string[], query: string): [number, number][] {
  const found: [number, number][] = [];
  for (let i = lowerBound(terms, query); i < terms.length && terms[i].startsWith(query); i++) {
    found.push([i, closeMatch(query, terms[i])]);
  }
  for (const singular of singulars(query)) {
    const position = lowerBound(terms, singular);
    if (terms[position] === singular) found.push([position, matchQuality.singular]);
  }
  return found;
}

/** Terms within the allowed number of typos of `query`. */
function typoTerms({ terms, letters, byLength }: Built, query: string): [number, number][] {
  const allowed = typosAllowed(query);
  const found: [number, number][] = [];
  const queryLetters = letterBits(query);
  for (let length = query.length - allowed; length <= query.length + allowed; length++) {
    for (const position of byLength.get(length) ?? []) {
      // Each typo adds or removes at most two letters from the set of letters used.
      if (bitCount(letters[position] ^ queryLetters) > 2 * allowed) continue;
      const distance = editDistance(query, terms[position], allowed);
      if (distance <= allowed) found.push([position, matchQuality.typo[distance]]);
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
