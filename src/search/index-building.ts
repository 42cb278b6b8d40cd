/**
 * Building a search index: each document's words with the summed weight of the fields they are in,
 * grouped by term into flat typed arrays, with the letter sets, length buckets and stems that find
 * candidates quickly. The build is a series of steps, run at once or in slices that give the browser
 * a turn between them.
 */
import { yieldToMain } from '../feed/yield.js';
import { documentTerms } from './normalise.js';
import type { SearchField } from './search-index.js';
import type { Stemmer } from './stem.js';
import { letterBits } from './word-candidates.js';

/** Sparse scores: document → score. */
type Scores = Map<number, number>;

/**
 * The built index, in flat arrays: term `t` (in sorted order) appears in the documents
 * `documents[starts[t] … starts[t + 1])`, with the summed weight of the fields it is in alongside.
 */
export interface Built {
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

/**
 * The build, as steps: each `yield` is a point where the browser may take a turn. The work itself
 * is in plain functions called in batches, as engines optimise those better than generator bodies.
 */
export function* buildSteps<T>(
  documents: readonly T[],
  fields: readonly SearchField<T>[],
  stem: Stemmer,
): Generator<void, Built, void> {
  const batch = 64;
  const collected = new Collected();
  for (let from = 0; from < documents.length; from += batch) {
    const to = Math.min(from + batch, documents.length);
    for (let index = from; index < to; index++) collected.add(index, fieldTerms(fields, documents[index]));
    yield;
  }
  const { byId } = collected;
  const order = yield* sortInSteps(
    byId.map((_, id) => id),
    (a, b) => byId[a] < byId[b],
  );
  const grouped = new Grouped(collected, order);
  // A divisor of the chunk size, so no step crosses chunks.
  const step = chunkSize / 4;
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
    lookups.add(from, Math.min(from + 2048, terms.length), stem);
    yield;
  }
  return {
    size: documents.length,
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

/** Each distinct word of a document with the summed weight of the fields it is in. */
function fieldTerms<T>(
  fields: readonly SearchField<T>[],
  document: T,
): { terms: Map<string, number>; ids: Map<string, number> } {
  const terms = new Map<string, number>();
  const ids = new Map<string, number>();
  for (const field of fields) {
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

/** Entries per chunk: a chunk is filled and a new one started, so no step copies everything collected so far. */
const chunkBits = 16;
const chunkSize = 1 << chunkBits;

/**
 * (term id, document, weight) entries in chunks of typed arrays: growing an ordinary array copies all
 * of it now and then, which at 10,000 documents held the page for a long step of its own.
 */
class Entries {
  readonly terms: Uint32Array[] = [];
  readonly documents: Uint32Array[] = [];
  readonly weights: Float32Array[] = [];
  size = 0;

  push(term: number, document: number, weight: number): void {
    const offset = this.size & (chunkSize - 1);
    if (offset === 0) {
      this.terms.push(new Uint32Array(chunkSize));
      this.documents.push(new Uint32Array(chunkSize));
      this.weights.push(new Float32Array(chunkSize));
    }
    const chunk = this.size >>> chunkBits;
    this.terms[chunk][offset] = term;
    this.documents[chunk][offset] = document;
    this.weights[chunk][offset] = weight;
    this.size++;
  }
}

/** Each document's words, as (term id, document, weight) entries in document order, and its ids. */
export class Collected {
  readonly termIds = new Map<string, number>();
  readonly byId: string[] = [];
  readonly ids = new Map<string, Scores>();
  readonly entries = new Entries();

  add(index: number, { terms, ids }: { terms: Map<string, number>; ids: Map<string, number> }): void {
    for (const [term, weight] of terms) {
      let id = this.termIds.get(term);
      if (id === undefined) this.termIds.set(term, (id = this.byId.push(term) - 1));
      this.entries.push(id, index, weight);
    }
    for (const [id, weight] of ids) {
      const having = this.ids.get(id);
      if (having) having.set(index, weight);
      else this.ids.set(id, new Map([[index, weight]]));
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The entries grouped by term in sorted order: a counting sort, which keeps document order within a term. */
export class Grouped {
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

  /** Counts the entries `from` to `to` of each term (a range within one chunk). */
  count(from: number, to: number): void {
    const terms = this.collected.entries.terms[from >>> chunkBits];
    const offset = from & (chunkSize - 1);
    for (let entry = offset; entry < offset + to - from; entry++) this.starts[this.#position[terms[entry]] + 1]++;
  }

  /** Turns the counts into where each term's entries start. */
  counted(): void {
    const { starts } = this;
    for (let i = 0; i + 1 < starts.length; i++) starts[i + 1] += starts[i];
    this.#next = starts.slice(0, starts.length - 1);
  }

  /** Puts entries `from` to `to` in their places (a range within one chunk). */
  place(from: number, to: number): void {
    const chunk = from >>> chunkBits;
    const { entries } = this.collected;
    const [terms, documents, weights] = [entries.terms[chunk], entries.documents[chunk], entries.weights[chunk]];
    const offset = from & (chunkSize - 1);
    for (let entry = offset; entry < offset + to - from; entry++) {
      const slot = this.#next[this.#position[terms[entry]]]++;
      this.documents[slot] = documents[entry];
      this.weights[slot] = weights[entry];
    }
  }
}

/** Letter sets, length buckets and stems of the sorted terms, for finding candidates quickly. */
export class Lookups {
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
export async function runInSlices(
  steps: Generator<void, void, void>,
  sliceMs: number,
  signal?: AbortSignal,
): Promise<void> {
  for (;;) {
    const deadline = performance.now() + sliceMs;
    let step = steps.next();
    while (!step.done && performance.now() < deadline) step = steps.next();
    if (step.done || signal?.aborted) return;
    await yieldToMain();
    if (signal?.aborted) return;
  }
}
