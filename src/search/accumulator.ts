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

  #ranked(indexes: number[]): Hit[] {
    const count = this.#count;
    const total = this.#total;
    indexes.sort((a, b) => count[b] - count[a] || total[b] - total[a] || a - b);
    return indexes.map((index) => ({ index, score: total[index] }));
  }
}
