/**
 * Turning text into search terms: lower case, accents removed ("café" → "cafe"), an English
 * possessive dropped ("Men's" → men), split into words of letters and digits. The same rules apply
 * to documents and queries, so they always agree.
 */

/**
 * Small words that carry no meaning for a search, in English and Welsh ("near me", "yn y parc");
 * a query of only these is still searched.
 */
const stopWords = new Set([
  // English
  ...['a', 'about', 'an', 'and', 'any', 'around', 'at', 'by', 'for', 'from', 'i', 'in', 'is', 'it', 'me', 'my'],
  ...['near', 'nearby', 'of', 'on', 'or', 'some', 'something', 'the', 'this', 'to', 'with'],
  // Welsh: the article, "and", "in", "on", "of", "to", "with", "near"
  ...['ac', 'ar', 'ger', 'gyda', 'o', 'r', 'y', 'yn', 'yr'],
]);

/**
 * Words that say what kind of thing is wanted rather than what it is about ("walking group", "art
 * classes", "clwb", "friendly", "computer help", "wheelchair users"): they count when a document has
 * them, but a document lacking them still matches.
 */
const softWords = new Set([
  ...['activities', 'activity', 'class', 'classes', 'club', 'clubs', 'group', 'groups', 'local', 'session'],
  ...['sessions', 'things', 'friendly', 'fun', 'nice', 'welcoming', 'help', 'people', 'person', 'users'],
  ...['clwb', 'dosbarth', 'dosbarthiadau', 'grwp', 'grwpiau', 'sesiwn', 'sesiynau'],
]);

const word = /[\p{L}\p{N}]+/gu;
const asciiWord = /[a-z0-9]+/g;
const accents = /\p{M}+/gu;
const notAscii = /[^\x00-\x7f]/;
const possessive = /['’]s\b/g;

/** Lower case without accents: the form every term is compared in. */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  return notAscii.test(lower) ? lower.normalize('NFD').replace(accents, '') : lower;
}

/** The words of `text`, normalised, in order (stop words included). */
export function words(text: string): string[] {
  const plain = normalise(text).replace(possessive, '');
  return plain.match(notAscii.test(plain) ? word : asciiWord) ?? [];
}

/** The terms a document is indexed by: its words without stop words. */
export function documentTerms(text: string): string[] {
  return words(text).filter((term) => !stopWords.has(term));
}

/** A query's words without stop words, in order (repeats kept), unless the query has nothing else. */
export function queryWords(query: string): string[] {
  const all = words(query);
  const meaningful = all.filter((term) => !stopWords.has(term));
  return meaningful.length > 0 ? meaningful : all;
}

/** The distinct terms of a query, without stop words unless the query has nothing else. */
export function queryTerms(query: string): string[] {
  return [...new Set(queryWords(query))];
}

/** Whether a query word only says what kind of thing is wanted ("group", "club"): see `softWords`. */
export function isSoftWord(term: string): boolean {
  return softWords.has(term);
}

export function isStopWord(term: string): boolean {
  return stopWords.has(term);
}
