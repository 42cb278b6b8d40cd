/**
 * A small hand-written rule set for English word forms, weighed in the relevance bench against the
 * Porter stemmer the search uses (src/search/stem.ts): plurals, -ing, -ed, -er(s), with doubled
 * consonants undone and a final e dropped ("knitting" → knit, "dancing" and "dance" → danc).
 */
import type { Stemmer } from '../src/search/stem.js';

const letters = /^[a-z]+$/;
const vowel = /[aeiouy]/;

export const ruleStem: Stemmer = (word) => {
  if (word.length <= 3 || !letters.test(word)) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !stem.endsWith('ss') && !stem.endsWith('us')) stem = stem.slice(0, -1);
  for (const suffix of ['ing', 'er', 'ed']) {
    const rest = stem.slice(0, -suffix.length);
    if (stem.endsWith(suffix) && rest.length >= 3 && vowel.test(rest)) {
      stem = /([^aeiouslz])\1$/.test(rest) ? rest.slice(0, -1) : rest;
      break;
    }
  }
  return stem.endsWith('e') && stem.length > 3 ? stem.slice(0, -1) : stem;
};
