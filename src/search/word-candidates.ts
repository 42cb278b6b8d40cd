/**
 * Finding the indexed terms a query word matches: itself, its other forms (stem, Welsh mutations),
 * the words it starts, and words within its allowed typos, found through cheap letter-set and length
 * tests before the edit distance is measured.
 */
import { editDistance, typosAllowed } from './edit-distance.js';
import type { Built } from './index-building.js';
import { matchQuality, prefixQuality } from './match.js';
import type { Stemmer } from './stem.js';
import type { Vocabulary } from './vocabulary.js';
import { welshForms } from './welsh.js';

/**
 * The indexed terms a query word matches, with their quality: itself, the terms sharing its stem
 * (and, for a Welsh word, its mutations), the terms it starts, and, unless it is itself indexed, the
 * terms within its allowed typos of it or of its stem, with their other forms.
 */
export function wordCandidates(
  built: Built,
  word: string,
  stem: Stemmer,
  vocabulary?: Vocabulary,
): Map<number, number> {
  const found = sameWordCandidates(built, word, stem(word), vocabulary);
  const { terms } = built;
  const exact = found.get(lowerBound(terms, word)) === matchQuality.exact;
  // A word typed whole (in the index as it is, and known to the vocabulary) is not the start of a longer
  // word: "art" in "arthritis", "côr" in "core" count as typos do.
  const whole = exact && vocabulary?.knows(word);
  for (let i = lowerBound(terms, word); i < terms.length && terms[i].startsWith(word); i++) {
    if (terms[i] !== word) better(found, i, whole ? matchQuality.typo[1] : prefixQuality(word, terms[i]));
  }
  if (!exact) {
    const stemmed = stem(word);
    const typos = stemmed === word ? typoTerms(built, word) : [...typoTerms(built, word), ...typoTerms(built, stemmed)];
    for (const [position, count] of typos) {
      const quality = matchQuality.typo[count];
      // The word meant, in all its forms: "daning" is "dancing", so also "dance".
      for (const sibling of built.stems.get(stem(built.terms[position])) ?? [position]) better(found, sibling, quality);
    }
  }
  return found;
}

/** The indexed terms that are `word` itself (quality 1) or the same word in another form (stem, Welsh mutation). */
export function sameWordCandidates(
  built: Built,
  word: string,
  stem: string,
  vocabulary?: Vocabulary,
): Map<number, number> {
  const found = new Map<number, number>();
  for (const position of built.stems.get(stem) ?? []) found.set(position, matchQuality.sameWord);
  if (vocabulary?.isWelsh(word)) {
    for (const form of welshForms(word)) {
      const position = lowerBound(built.terms, form);
      if (built.terms[position] === form) better(found, position, matchQuality.sameWord);
    }
  }
  const position = lowerBound(built.terms, word);
  if (built.terms[position] === word) found.set(position, matchQuality.exact);
  return found;
}

export function better(found: Map<number, number>, position: number, quality: number): void {
  if (quality > (found.get(position) ?? 0)) found.set(position, quality);
}

/** Terms within the allowed number of typos of `query`, with how many typos. */
export function typoTerms(
  { terms, letters, byLength }: Built,
  query: string,
  allowed = typosAllowed(query),
): [number, number][] {
  const found: [number, number][] = [];
  if (allowed === 0) return found;
  const queryLetters = letterBits(query);
  for (let length = query.length - allowed; length <= query.length + allowed; length++) {
    for (const position of byLength.get(length) ?? []) {
      // Each typo adds or removes at most two letters from the set of letters used.
      if (bitCount(letters[position] ^ queryLetters) > 2 * allowed) continue;
      const distance = editDistance(query, terms[position], allowed);
      if (distance <= allowed && distance > 0) found.push([position, distance]);
    }
  }
  return found;
}

/** Bit n set when the letter a + n is in `term` (other characters share bit 26). */
export function letterBits(term: string): number {
  let bits = 0;
  for (let i = 0; i < term.length; i++) {
    const letter = term.charCodeAt(i) - 97;
    bits |= 1 << (letter >= 0 && letter < 26 ? letter : 26);
  }
  return bits;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest; rest &= rest - 1) count++;
  return count;
}

/** The first position in sorted `list` whose value is not below `value`. */
export function lowerBound(list: readonly string[], value: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
