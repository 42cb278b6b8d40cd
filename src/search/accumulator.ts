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
  #valueDocs: number[] = [];
  readonly #total: Float64Array;
  readonly #relevance: Float64Array;
  readonly #count: Uint8Array;
  #termDocs: number[] = [];
  #seen: number[] = [];
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
    for (const index of this.#seen) {
      this.#total[index] = 0;
      this.#relevance[index] = 0;
      this.#count[index] = 0;
    }
    this.#seen = [];
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
    for (const index of this.#valueDocs) {
      const score = this.#value[index];
      if (this.#direct[index] === 0 && this.#related[index] === 0) this.#termDocs.push(index);
      if (score > this.#related[index]) this.#related[index] = score;
      this.#relatedSum[index] += score;
      this.#value[index] = 0;
    }
    this.#valueDocs = [];
  }

  /** Closes the current term: its best matches join the totals. An optional term is not needed to match. */
  endTerm(optional = false): void {
    for (const index of this.#termDocs) {
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
    this.#termDocs = [];
    if (!optional) this.#required++;
  }

  /**
   * The documents that match every required term, best first; or, when none does, those matching
   * some (most terms first) with `partial` set. `keep` leaves documents out (filters).
   */
  results(keep?: (index: number) => boolean): { hits: RankedHits; partial: boolean } {
    const count = this.#count;
    const required = this.#required;
    const seen = this.#seen;
    const all: number[] = [];
    for (let i = 0; i < seen.length; i++) {
      const index = seen[i];
      if (count[index] === required && (!keep || keep(index))) all.push(index);
    }
    if (all.length > 0 || required < 2) return { hits: this.#ranked(all), partial: false };
    return { hits: this.#ranked(seen.filter((index) => count[index] > 0 && (!keep || keep(index)))), partial: true };
  }

  /** Most terms matched first, then best score, then earlier document: sorted as packed numbers, which is fast
   * (24 bits for the document: up to 16 million documents). Given as parallel arrays, best first. */
  #ranked(indexes: number[]): RankedHits {
    const count = this.#count;
    const total = this.#total;
    const keys = new Float64Array(indexes.length);
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i];
      const rank = count[index] * 2 ** 20 + Math.min(Math.round(total[index] * 100), 2 ** 20 - 1);
      keys[i] = -rank * 2 ** 24 + index;
    }
    keys.sort();
    const ranked: RankedHits = {
      length: keys.length,
      index: new Uint32Array(keys.length),
      score: new Float64Array(keys.length),
      relevance: new Float64Array(keys.length),
      terms: new Uint8Array(keys.length),
    };
    for (let i = 0; i < keys.length; i++) {
      const index = ((keys[i] % 2 ** 24) + 2 ** 24) % 2 ** 24;
      ranked.index[i] = index;
      ranked.score[i] = total[index];
      ranked.relevance[i] = this.#relevance[index];
      ranked.terms[i] = count[index];
    }
    return ranked;
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
