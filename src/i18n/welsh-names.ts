/**
 * Welsh words that `Intl` should supply but Chromium's does not: its ICU data has Welsh plural
 * rules but no Welsh dates, units or lists, and quietly falls back to American English.
 * `format.ts` uses these only when the browser lacks Welsh.
 */
export const welshMonths = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
] as const;

/** Monday first, as the feed's day codes. */
export const welshDays = [
  'Dydd Llun',
  'Dydd Mawrth',
  'Dydd Mercher',
  'Dydd Iau',
  'Dydd Gwener',
  'Dydd Sadwrn',
  'Dydd Sul',
] as const;

/** A number of miles: Welsh keeps the noun singular after a numeral. */
export const welshMile = 'milltir';

/** "and" is "ac" before a vowel, "a" otherwise; "or" is "neu". */
export function welshJoiner(type: 'conjunction' | 'disjunction', next: string): string {
  if (type === 'disjunction') return 'neu';
  return /^[aeiouwyâêîôûŵŷáéíóú]/i.test(next) ? 'ac' : 'a';
}
