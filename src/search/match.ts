/**
 * How well one query word matches one indexed word, from 1 (the same word) down to a typo, and the
 * tiers that keep their order whatever the field: the word itself or another form of it (stem,
 * Welsh mutation) > its start > a word or category from the vocabulary > a typo. Within a tier, the
 * quality × the weights of the fields the word is in decides.
 */
export const matchQuality = {
  exact: 1,
  /** "walks" for "walking", "gerdded" for "cerdded". */
  sameWord: 0.9,
  /** A prefix scores between these two, more the more of the word was typed. */
  prefixLeast: 0.5,
  prefixMost: 0.85,
  /** A word of the same meaning from the vocabulary ("choir" → singing), or one of its category ids. */
  related: 0.45,
  /** A word the vocabulary only relates to the idea ("lonely" → coffee morning). */
  loosely: 0.3,
  /** By number of typos: 1, 2. */
  typo: [1, 0.35, 0.25] as readonly number[],
};

/**
 * Each tier's score starts this far above the one below, more than any score within a tier can add
 * up to (the fields' weights, 12.5 at most, plus the vocabulary's, at most as much again).
 */
export const tierStep = 25;

/**
 * A tier's base score: the word or its forms 75, its start 50, the vocabulary 25, a typo 5, and
 * what the vocabulary relates a misspelt word to 0 ("meditaton" → mindfulness).
 */
export const tierBase = { sameWord: 3 * tierStep, prefix: 2 * tierStep, related: tierStep, typo: 5 };

/** The score of a direct match of this quality in fields of this summed weight, with its tier's base. */
export function directScore(quality: number, weight: number): number {
  const base =
    quality >= matchQuality.sameWord
      ? tierBase.sameWord
      : quality >= matchQuality.prefixLeast
        ? tierBase.prefix
        : tierBase.typo;
  return base + quality * weight;
}

/** The quality of `query` as the start of the longer `term` ("volunt" → volunteering). */
export function prefixQuality(query: string, term: string): number {
  const { prefixLeast, prefixMost } = matchQuality;
  return prefixLeast + ((prefixMost - prefixLeast) * query.length) / term.length;
}
