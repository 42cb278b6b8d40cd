import { cy } from './cy.js';
import { en, type Catalogue } from './en.js';

export type Locale = 'en' | 'cy';

const catalogues: Record<Locale, Catalogue> = { en, cy };

/** The supported locale for a BCP 47 tag: Welsh for `cy…`, English otherwise. */
export function localeFor(lang: string | null | undefined): Locale {
  return lang?.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

export function catalogue(locale: Locale): Catalogue {
  return catalogues[locale];
}

/** The tag `Intl` formats with: British English or Welsh. */
export function intlTag(locale: Locale): string {
  return locale === 'cy' ? 'cy-GB' : 'en-GB';
}
