/**
 * Adds up how well each document matches a query, one query term at a time: each term counts with
 * its best match in the document, and a document matching more terms ranks above one matching fewer.
 */
export interface Hit {
  /** The document's position in the indexed list. */
  index: number;
  score: number;
}

export class Accumulator {
  readonly #best: Float32Array;
  readonly #total: Float64Array;
  readonly #count: Uint8Array;
  #termDocs: number[] = [];
  #seen: number[] = [];
  #terms = 0;

  constructor(size: number) {
    this.#best = new Float32Array(size);
    this.#total = new Float64Array(size);
    this.#count = new Uint8Array(size);
  }

  /** Records a match of the current term in document `index`; only its best match counts. */
  offer(index: number, score: number): void {
    const best = this.#best[index];
    if (best === 0) this.#termDocs.push(index);
    if (score > best) this.#best[index] = score;
  }

  /** Closes the current term: its best matches join the totals. */
  endTerm(): void {
    for (const index of this.#termDocs) {
      if (this.#count[index] === 0) this.#seen.push(index);
      this.#count[index]++;
      this.#total[index] += this.#best[index];
      this.#best[index] = 0;
    }
    this.#termDocs = [];
    this.#terms++;
  }

  /**
   * The documents that match every term, best first; or, when none does, those matching some
   * (most terms first) with `partial` set. `keep` leaves documents out (filters).
   */
  results(keep: (index: number) => boolean): { hits: Hit[]; partial: boolean } {
    const count = this.#count;
    const all = this.#seen.filter((index) => count[index] === this.#terms && keep(index));
    if (all.length > 0 || this.#terms < 2) return { hits: this.#ranked(all), partial: false };
    return { hits: this.#ranked(this.#seen.filter(keep)), partial: true };
  }

  /** Most terms matched first, then best score, then earlier document: sorted as packed numbers, which is fast
   * (24 bits for the document: up to 16 million documents). */
  #ranked(indexes: number[]): Hit[] {
    const count = this.#count;
    const total = this.#total;
    const keys = new Float64Array(indexes.length);
    for (let i = 0; i < indexes.length; i++) {
      const index = indexes[i];
      const rank = count[index] * 2 ** 20 + Math.min(Math.round(total[index] * 100), 2 ** 20 - 1);
      keys[i] = -rank * 2 ** 24 + index;
    }
    keys.sort();
    const hits: Hit[] = new Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      const index = ((keys[i] % 2 ** 24) + 2 ** 24) % 2 ** 24;
      hits[i] = { index, score: total[index] };
    }
    return hits;
  }
}
