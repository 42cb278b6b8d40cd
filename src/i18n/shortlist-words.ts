/**
 * The shortlist's own words, English and Welsh. They are kept out of the shared catalogue (`en.ts`, `cy.ts`)
 * so that a page without a shortlist never downloads them: the shortlist adds them to the catalogue itself.
 */
import { shortlist as cy } from './cy/shortlist.js';
import type { Catalogue } from './en.js';
import { shortlist as en } from './en/shortlist.js';
import { catalogue, type Locale } from './locale.js';

export type ShortlistWords = typeof en;
/** The shared catalogue with the shortlist's words. */
export type ShortlistCatalogue = Catalogue & ShortlistWords;

const words: Record<Locale, ShortlistWords> = { en, cy };
const made = new Map<Locale, ShortlistCatalogue>();

export function shortlistCatalogue(locale: Locale): ShortlistCatalogue {
  let joined = made.get(locale);
  if (!joined) made.set(locale, (joined = { ...catalogue(locale), ...words[locale] }));
  return joined;
}

/** Both languages' words, for checking that they match. */
export const shortlistWords = words;
