/**
 * Turning text into search terms: lower case, accents removed ("café" → "cafe"), split into words
 * of letters and digits. The same rules apply to documents and queries, so they always agree.
 */

/** Small words that carry no meaning for a search; a query of only these is still searched. */
const stopWords = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

const word = /[\p{L}\p{N}]+/gu;
const asciiWord = /[a-z0-9]+/g;
const accents = /\p{M}+/gu;
const notAscii = /[^\x00-\x7f]/;

/** Lower case without accents: the form every term is compared in. */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  return notAscii.test(lower) ? lower.normalize('NFD').replace(accents, '') : lower;
}

/** The words of `text`, normalised, in order (stop words included). */
export function words(text: string): string[] {
  const plain = normalise(text);
  return plain.match(notAscii.test(plain) ? word : asciiWord) ?? [];
}

/** The terms a document is indexed by: its words without stop words. */
export function documentTerms(text: string): string[] {
  return words(text).filter((term) => !stopWords.has(term));
}

/** The distinct terms of a query, without stop words unless the query has nothing else. */
export function queryTerms(query: string): string[] {
  const all = [...new Set(words(query))];
  const meaningful = all.filter((term) => !stopWords.has(term));
  return meaningful.length > 0 ? meaningful : all;
}

/** Singular forms of an English plural, for "walks" to find "walk" and "classes" to find "class". */
export function singulars(term: string): string[] {
  if (term.length < 4 || !term.endsWith('s') || term.endsWith('ss')) return [];
  const forms = [term.slice(0, -1)];
  if (term.endsWith('ies')) forms.push(`${term.slice(0, -3)}y`);
  else if (term.endsWith('es')) forms.push(term.slice(0, -2));
  return forms;
}
