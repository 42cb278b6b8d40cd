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

const words: Record<string, ShortlistWords> = { en, cy };
const made = new Map<Catalogue, ShortlistCatalogue>();

/**
 * The catalogue of `locale` with the shortlist's words: its own for English and Welsh; for a language given
 * to `registerLocale`, the shortlist keys its catalogue has, English for the rest (named once in the console).
 */
export function shortlistCatalogue(locale: Locale): ShortlistCatalogue {
  const shared = catalogue(locale);
  let joined = made.get(shared);
  if (!joined) {
    const own = words[locale];
    if (!own) {
      const missing = Object.keys(en).filter((key) => !(key in shared));
      if (missing.length)
        console.warn(
          `Linkwork: the "${locale}" catalogue has no ${missing.join(', ')} (words of <lw-shortlist>); ${missing.length === 1 ? 'it is' : 'they are'} shown in English.`,
        );
    }
    made.set(shared, (joined = { ...en, ...shared, ...own }));
  }
  return joined;
}

/** Both languages' words, for checking that they match. */
export const shortlistWords = words;
