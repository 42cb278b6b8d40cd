/**
 * Word forms: an English stemmer (Porter's, from the `stemmer` package: 0.8 KB gzip) turns "knitting",
 * "gardeners" and "walks" into knit, garden and walk, so each finds the others. Applied alike to the
 * index and the query; the word as typed still matches exactly and by its start.
 */
import { stemmer } from 'stemmer';

/** Turns a normalised word into its stem; words that are the same word in another form share one. */
export type Stemmer = (word: string) => string;

const letters = /^[a-z]+$/;

/** The English stem of a word of letters; numbers and words with other letters are kept as they are. */
export const englishStem: Stemmer = (word) => (word.length > 2 && letters.test(word) ? stemmer(word) : word);
