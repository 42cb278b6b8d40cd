/**
 * Welsh initial mutations: "cerdded" (walking) is written "gerdded" after "taith" and "nghanu" after
 * "fy". A word is matched in every form it can take, so "canu" finds "Grŵp canu" and "fy nghanu" alike.
 * Words are compared in their normalised form (lower case, no accents: "ŵ" is "w").
 */

const vowels = 'aeiouwy';

/** Radical beginning → its soft, nasal and aspirate forms (those that exist): soft "g" is dropped. */
const mutationTable: Record<string, readonly string[]> = {
  p: ['b', 'mh', 'ph'],
  t: ['d', 'nh', 'th'],
  c: ['g', 'ngh', 'ch'],
  b: ['f', 'm'],
  d: ['dd', 'n'],
  g: ['', 'ng'],
  m: ['f'],
  ll: ['l'],
  rh: ['r'],
};

/** Mutated beginning → the radical beginnings it can come from, longest beginnings first. */
const radicalTable: [string, string[]][] = [
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  ['ph', ['p']],
  ['th', ['t']],
  ['ch', ['c']],
  ['dd', ['d']],
  ['ll', []],
  ['rh', []],
  ['b', ['p']],
  ['d', ['t']],
  ['g', ['c']],
  ['f', ['b', 'm']],
  ['m', ['b']],
  ['n', ['d']],
  ['l', ['ll']],
  ['r', ['rh']],
];

const startsWithVowel = (word: string) => word.length > 0 && vowels.includes(word[0]);

/** The forms `word` may have come from, itself included: "nghanu" → nghanu, canu; "ardd" → ardd, gardd. */
export function radicals(word: string): string[] {
  const found = [word];
  const entry = radicalTable.find(([start]) => word.startsWith(start));
  if (entry) for (const start of entry[1]) found.push(start + word.slice(entry[0].length));
  if (startsWithVowel(word)) found.push(`g${word}`);
  if (word.length > 1 && word[0] === 'h' && startsWithVowel(word.slice(1))) found.push(word.slice(1));
  return found;
}

/** Every mutated form of a radical, itself included: "canu" → canu, ganu, nghanu, chanu. */
export function mutations(radical: string): string[] {
  const start = ['ll', 'rh'].find((two) => radical.startsWith(two)) ?? radical.slice(0, 1);
  const rest = radical.slice(start.length);
  const found = [radical, ...(mutationTable[start] ?? []).map((form) => form + rest)];
  if (startsWithVowel(radical)) found.push(`h${radical}`);
  return [...new Set(found.filter((form) => form.length > 1))];
}

/** Every form a word may take, across mutations: the mutations of each of its possible radicals. */
export function welshForms(word: string): string[] {
  return [...new Set(radicals(word).flatMap(mutations))];
}
