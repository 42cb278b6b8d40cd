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

/** A term's documents and, for each, the weight of the best field it appears in. */
interface Postings {
  documents: Uint32Array;
  weights: Float32Array;
}

export class SearchIndex<T> {
  readonly documents: readonly T[];
  readonly fields: readonly SearchField<T>[];
  /** Settles when the index is built (or the build was stopped). */
  readonly ready: Promise<void>;
  #terms: string[] = [];
  #postings: Postings[] = [];
  /** Term positions by term length, for finding typo candidates. */
  #byLength = new Map<number, number[]>();
  #built = false;

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
    return this.#built;
  }

  /** How many distinct words are indexed. */
  get termCount(): number {
    return this.#terms.length;
  }

  /** Finds the documents matching every word of `query` (or, failing that, some). An empty query finds nothing. */
  search(query: string, options: SearchOptions<T> = {}): SearchResults<T> {
    const terms = queryTerms(query);
    const matched = new Set<string>();
    const accumulator = new Accumulator(this.documents.length);
    if (this.#built) for (const term of terms) this.#searchTerm(term, accumulator, matched);
    else this.#scan(terms, accumulator, matched);
    const { filter } = options;
    const keep = filter ? (index: number) => filter(this.documents[index], index) : () => true;
    const { hits, partial } = terms.length > 0 ? accumulator.results(keep) : { hits: [], partial: false };
    return { hits: hits.map((hit) => this.#hit(hit)), terms, matched, partial };
  }

  #hit({ index, score }: Hit): SearchHit<T> {
    return { document: this.documents[index], index, score };
  }

  #searchTerm(query: string, accumulator: Accumulator, matched: Set<string>): void {
    let found = this.#closeTerms(query);
    if (found.length === 0) found = this.#typoTerms(query);
    for (const [position, quality] of found) {
      matched.add(this.#terms[position]);
      const { documents, weights } = this.#postings[position];
      for (let i = 0; i < documents.length; i++) accumulator.offer(documents[i], quality * weights[i]);
    }
    accumulator.endTerm();
  }

  /** Terms equal to `query`, starting with it, or its singular ("walks" → walk), with their match quality. */
  #closeTerms(query: string): [number, number][] {
    const found: [number, number][] = [];
    const terms = this.#terms;
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
  #typoTerms(query: string): [number, number][] {
    const allowed = typosAllowed(query);
    const found: [number, number][] = [];
    for (let length = query.length - allowed; length <= query.length + allowed; length++) {
      for (const position of this.#byLength.get(length) ?? []) {
        const distance = editDistance(query, this.#terms[position], allowed);
        if (distance <= allowed) found.push([position, matchQuality.typo[distance]]);
      }
    }
    return found;
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

  /** The build, as steps: each `yield` is a point where the browser may take a turn. */
  *#build(): Generator<void, void, void> {
    const collected = new Map<string, { documents: number[]; weights: number[] }>();
    for (let index = 0; index < this.documents.length; index++) {
      for (const [term, weight] of this.#documentTerms(this.documents[index])) {
        let postings = collected.get(term);
        if (!postings) collected.set(term, (postings = { documents: [], weights: [] }));
        postings.documents.push(index);
        postings.weights.push(weight);
      }
      yield;
    }
    const terms = yield* sortInSteps([...collected.keys()]);
    const postings: Postings[] = [];
    const byLength = new Map<number, number[]>();
    for (let position = 0; position < terms.length; position++) {
      const term = terms[position];
      const { documents, weights } = collected.get(term)!;
      postings.push({ documents: Uint32Array.from(documents), weights: Float32Array.from(weights) });
      const sameLength = byLength.get(term.length);
      if (sameLength) sameLength.push(position);
      else byLength.set(term.length, [position]);
      if (position % 256 === 0) yield;
    }
    this.#terms = terms;
    this.#postings = postings;
    this.#byLength = byLength;
    this.#built = true;
  }
}

/** Makes an index of `documents` over `fields`; see {@link SearchIndex}. */
export function createIndex<T>(documents: readonly T[], fields: readonly SearchField<T>[], options?: IndexOptions): SearchIndex<T> {
  return new SearchIndex(documents, fields, options);
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

/** Sorts strings (by code unit) with a bottom-up merge sort that yields every few thousand steps. */
function* sortInSteps(list: string[]): Generator<void, string[], void> {
  const runLength = 512;
  for (let start = 0; start < list.length; start += runLength) {
    const run = list.slice(start, start + runLength).sort(byCodeUnit);
    for (let i = 0; i < run.length; i++) list[start + i] = run[i];
    yield;
  }
  let source = list;
  let target = new Array<string>(list.length);
  for (let width = runLength; width < list.length; width *= 2) {
    let steps = 0;
    for (let start = 0; start < list.length; start += 2 * width) {
      const middle = Math.min(start + width, list.length);
      const end = Math.min(start + 2 * width, list.length);
      let left = start;
      let right = middle;
      for (let out = start; out < end; out++) {
        target[out] = right >= end || (left < middle && source[left] <= source[right]) ? source[left++] : source[right++];
        if (++steps % 4096 === 0) yield;
      }
    }
    [source, target] = [target, source];
  }
  return source;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
