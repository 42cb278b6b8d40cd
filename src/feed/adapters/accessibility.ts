/** Free-text access notes ("Wheelchair accessible", "Hearing loop") → the short ids the filters use. */
import { slug } from './categories.js';

const known: [RegExp, string][] = [
  [/wheelchair|step[- ]?free|level access|ramp|lift/i, 'step-free'],
  [/hearing|induction loop|loop system/i, 'hearing-loop'],
  [/accessible (toilet|wc)|disabled (toilet|wc)|changing places/i, 'accessible-toilet'],
  [/parking/i, 'parking'],
  [/visual|sight|braille/i, 'visual-impairment'],
  [/bsl|sign language/i, 'sign-language'],
];

export function accessibilityIds(notes: readonly (string | undefined)[]): string[] {
  const ids = notes.flatMap((note) => (note ? [known.find(([pattern]) => pattern.test(note))?.[1] ?? slug(note)] : []));
  return [...new Set(ids)];
}
