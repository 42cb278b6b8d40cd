/**
 * How well one query word matches one indexed word, from 1 (the same word) down to a typo. The tiers
 * keep their order whatever the word: exact > same word in another form (stem, Welsh mutation) >
 * prefix > a word from the vocabulary > typo. A typo of a word the vocabulary knows counts for less
 * ("choir" is a word, so "chair" is probably not what was meant).
 */
export const matchQuality = {
  exact: 1,
  /** "walks" for "walking", "gerdded" for "cerdded". */
  sameWord: 0.9,
  /** A prefix scores between these two, more the more of the word was typed. */
  prefixLeast: 0.5,
  prefixMost: 0.85,
  /** A related word or category from the vocabulary ("choir" → singing). */
  related: 0.45,
  /** By number of typos: 1, 2. */
  typo: [1, 0.35, 0.25] as readonly number[],
  /** Typos of a word the vocabulary knows count this much of the above. */
  knownWordTypo: 0.5,
};

/** The quality of `query` as the start of the longer `term` ("volunt" → volunteering). */
export function prefixQuality(query: string, term: string): number {
  const { prefixLeast, prefixMost } = matchQuality;
  return prefixLeast + ((prefixMost - prefixLeast) * query.length) / term.length;
}
