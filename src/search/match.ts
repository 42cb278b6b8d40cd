/**
 * How well one query term matches one indexed term, from 1 (the same word) down to a typo.
 * Typos only count for a query term that has no better match anywhere (see `SearchIndex`).
 */
import { singulars } from './normalise.js';

export const matchQuality = {
  exact: 1,
  singular: 0.95,
  /** A prefix scores between these two, more the more of the word was typed. */
  prefixLeast: 0.5,
  prefixMost: 0.9,
  /** By number of typos: 1, 2. */
  typo: [1, 0.45, 0.3] as readonly number[],
};

/** The quality of an exact, singular or prefix match of `query` to `term`, or 0 for none. */
export function closeMatch(query: string, term: string): number {
  if (term === query) return matchQuality.exact;
  if (term.length > query.length) {
    if (!term.startsWith(query)) return 0;
    const { prefixLeast, prefixMost } = matchQuality;
    return prefixLeast + ((prefixMost - prefixLeast) * query.length) / term.length;
  }
  return singulars(query).includes(term) ? matchQuality.singular : 0;
}
