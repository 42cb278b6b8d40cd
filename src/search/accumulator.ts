/**
 * Adds up how well each document matches a query, one query term at a time. A term counts with its
 * best direct match in the document (the word, its forms, its start, a typo: see match.ts for the
 * tiers) and, on top, its matches through the vocabulary: the best related word or category, plus a
 * fifth of each other one (at most as much again), so a document about the idea in several ways ranks
 * above one that touches it once. A document with only vocabulary matches for a term ranks below
 * every direct match and above every typo. A document matching more of the required terms ranks
 * above one matching fewer; optional terms ("group", "club") add a fifth of their score, no tier.
 */
import { tierBase, tierStep } from './match.js';
import { orderByKey } from './order.js';

/** How much each related match beyond the best one adds, as a share of its score; and an optional term's share. */
const share = 0.2;

/**
 * What each tier is worth in `relevance`, the score that is blended with distance: a little, so a
 * word in the title outweighs the same word in a description by much, as it should a few miles on.
 */
const tierWorth = 2;

export class Accumulator {
  readonly #direct: Float32Array;
  readonly #related: Float32Array;
  readonly #relatedSum: Float32Array;
  readonly #value: Float32Array;
  readonly #valueDocs = new Positions();
  readonly #total: Float64Array;
  readonly #relevance: Float64Array;
  readonly #count: Uint8Array;
  readonly #termDocs = new Positions();
  readonly #seen = new Positions();
  #required = 0;

  constructor(size: number) {
    this.#direct = new Float32Array(size);
    this.#related = new Float32Array(size);
    this.#relatedSum = new Float32Array(size);
    this.#value = new Float32Array(size);
    this.#total = new Float64Array(size);
    this.#relevance = new Float64Array(size);
    this.#count = new Uint8Array(size);
  }

  /** Forgets the last query, ready for the next (cheaper than a new accumulator: only what was touched is cleared). */
  reset(): void {
    const seen = this.#seen;
    for (let i = 0; i < seen.length; i++) {
      const index = seen.items[i];
      this.#total[index] = 0;
      this.#relevance[index] = 0;
      this.#count[index] = 0;
    }
    seen.clear();
    this.#required = 0;
  }

  /** Records a direct match of the current term in document `index`; only its best one counts. */
  offer(index: number, score: number): void {
    if (this.#direct[index] === 0 && this.#related[index] === 0) this.#termDocs.push(index);
    if (score > this.#direct[index]) this.#direct[index] = score;
  }

  /** Records a match of the current related value (see {@link endValue}) in document `index`; its best one counts. */
  offerRelated(index: number, score: number): void {
    if (this.#value[index] === 0) this.#valueDocs.push(index);
    if (score > this.#value[index]) this.#value[index] = score;
  }

  /** Closes one related value of the current term. */
  endValue(): void {
    const docs = this.#valueDocs;
    for (let i = 0; i < docs.length; i++) {
      const index = docs.items[i];
      const score = this.#value[index];
      if (this.#direct[index] === 0 && this.#related[index] === 0) this.#termDocs.push(index);
      if (score > this.#related[index]) this.#related[index] = score;
      this.#relatedSum[index] += score;
      this.#value[index] = 0;
    }
    docs.clear();
  }

  /** Closes the current term: its best matches join the totals. An optional term is not needed to match. */
  endTerm(optional = false): void {
    const docs = this.#termDocs;
    for (let i = 0; i < docs.length; i++) {
      const index = docs.items[i];
      if (this.#count[index] === 0 && this.#total[index] === 0) this.#seen.push(index);
      if (!optional) this.#count[index]++;
      const direct = this.#direct[index];
      const best = this.#related[index];
      const related = best + Math.min(best, share * (this.#relatedSum[index] - best));
      let score: number;
      if (direct >= tierBase.prefix) score = direct + related;
      else if (related > 0) score = tierBase.related + related + share * direct;
      else score = direct;
      const within = score % tierStep;
      this.#total[index] += optional ? share * within : score;
      this.#relevance[index] += optional ? share * within : within + tierWorth * Math.floor(score / tierStep);
      this.#direct[index] = 0;
      this.#related[index] = 0;
      this.#relatedSum[index] = 0;
    }
    docs.clear();
    if (!optional) this.#required++;
  }

  /**
   * The documents that match every required term, best first; or, when none does, those matching
   * some (most terms first) with `partial` set. `keep` leaves documents out (filters).
   */
  results(keep?: (index: number) => boolean): { hits: RankedHits; partial: boolean } {
    const count = this.#count;
    const required = this.#required;
    const all = this.#matching((index) => count[index] === required && (!keep || keep(index)));
    if (all.length > 0 || required < 2) return { hits: this.#ranked(all), partial: false };
    return { hits: this.#ranked(this.#matching((index) => count[index] > 0 && (!keep || keep(index)))), partial: true };
  }

  /** The documents matched so far that pass `test`, in document order. */
  #matching(test: (index: number) => boolean): Uint32Array {
    const seen = this.#seen;
    const found = new Uint32Array(seen.length);
    let length = 0;
    if (seen.length * 8 > this.#count.length) {
      // Most documents matched: reading them all in order is cheaper than sorting those matched.
      for (let index = 0; index < this.#count.length; index++)
        if ((this.#count[index] > 0 || this.#total[index] > 0) && test(index)) found[length++] = index;
      return found.subarray(0, length);
    }
    for (let i = 0; i < seen.length; i++) if (test(seen.items[i])) found[length++] = seen.items[i];
    return found.subarray(0, length).sort();
  }

  /**
   * Most terms matched first, then best score, then earlier document (`indexes` are in document
   * order, and equal keys keep it), as parallel arrays, best first.
   */
  #ranked(indexes: Uint32Array): RankedHits {
    const count = this.#count;
    const total = this.#total;
    const keys = new Uint32Array(indexes.length);
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i];
      keys[i] = Math.min(count[index], 255) * 2 ** 24 + Math.min(Math.round(total[index] * 100), 2 ** 24 - 1);
    }
    const order = orderByKey(keys, keys.length, true);
    const ranked: RankedHits = {
      length: keys.length,
      index: new Uint32Array(keys.length),
      score: new Float64Array(keys.length),
      relevance: new Float64Array(keys.length),
      terms: new Uint8Array(keys.length),
    };
    for (let i = 0; i < order.length; i++) {
      const index = indexes[order[i]];
      ranked.index[i] = index;
      ranked.score[i] = total[index];
      ranked.relevance[i] = this.#relevance[index];
      ranked.terms[i] = count[index];
    }
    return ranked;
  }
}

/** A list of document positions that keeps its memory from one search to the next. */
class Positions {
  items = new Uint32Array(1024);
  length = 0;

  push(index: number): void {
    if (this.length === this.items.length) {
      const more = new Uint32Array(2 * this.items.length);
      more.set(this.items);
      this.items = more;
    }
    this.items[this.length++] = index;
  }

  clear(): void {
    this.length = 0;
  }
}

/** Hits best first, as parallel arrays (no object per hit: a broad query can match every document). */
export interface RankedHits {
  length: number;
  index: Uint32Array;
  score: Float64Array;
  relevance: Float64Array;
  terms: Uint8Array;
}
