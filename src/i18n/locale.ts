/**
 * The languages the widgets speak. English is always there; Welsh loads the first time a widget is on a
 * Welsh page (a page in English never downloads it); a page adds any other language with
 * {@link registerLocale}. The English words only one widget shows (the map's, the resource list's) are kept out
 * of the shared catalogue: that widget adds them ({@link addWidgetWords}), so a page without it never downloads
 * them. (The Welsh catalogue holds every widget's words: a Welsh page then never shows a widget in English first.)
 */
import type { cy } from './cy.js';
import { en, type Catalogue } from './en.js';
import type { ShortlistWords } from './shortlist-words.js';

/** A language the widgets can speak: `en`, `cy`, or a code given to {@link registerLocale} (lower case). */
export type Locale = string;

/** The English words of one widget, which it adds before it first draws. */
export type WidgetWords = Partial<Catalogue>;

// English is typed with every widget's words: a widget reads its own only after adding them.
const catalogues = new Map<Locale, Catalogue>([['en', en as Catalogue]]);
/** Built-in languages, loaded on first use. */
const builtIn: Record<string, () => Promise<typeof cy>> = { cy: () => import('./cy.js').then((module) => module.cy) };
const loading = new Map<Locale, Promise<void>>();
const listeners = new Set<(locale: Locale) => void>();
/** The words each {@link registerLocale} was given, to name the keys a widget's words later find missing. */
const registered = new Map<Locale, object>();

const warnMissing = (code: string, missing: readonly string[]) =>
  missing.length &&
  console.warn(
    `Linkwork: the "${code}" catalogue has no ${missing.join(', ')}; ${missing.length === 1 ? 'it is' : 'they are'} shown in English.`,
  );

/**
 * Adds a widget's own English words (called by its LocaleController, before it first draws). A registered
 * language without them shows them in English (named once in the console).
 */
export function addWidgetWords(words: WidgetWords): void {
  const english = catalogue('en');
  if (Object.keys(words).every((key) => key in english)) return;
  catalogues.set('en', { ...words, ...english });
  for (const [locale, given] of registered) {
    warnMissing(
      locale,
      Object.keys(words).filter((key) => !(key in given)),
    );
    catalogues.set(locale, { ...words, ...catalogue(locale) });
  }
}

/**
 * Adds a language: widgets whose nearest `lang` is `code` (or starts with `code-`) speak it. Keys the
 * catalogue lacks are shown in English and named once in the console (the shortlist's own words, when a
 * `<lw-shortlist>` first needs them). Registering a code again replaces
 * its catalogue, and widgets already on the page re-render.
 *
 * @example registerLocale('ga', { tryAgain: 'Bain triail eile as', loadingActivities: 'Gníomhaíochtaí á lódáil…' });
 */
export function registerLocale(code: string, words: Partial<Catalogue & ShortlistWords>): void {
  const locale = code.toLowerCase();
  warnMissing(
    code,
    Object.keys(catalogue('en')).filter((key) => !(key in words)),
  );
  registered.set(locale, words);
  catalogues.set(locale, { ...catalogue('en'), ...words });
  loading.delete(locale);
  for (const listener of listeners) listener(locale);
}

/** Calls `listener` with each locale registered from now on; returns what stops it. */
export function onLocaleRegistered(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The locale for a BCP 47 tag: a registered or built-in language whose code is the tag or its first part
 * (`cy-GB` → `cy`), English otherwise.
 */
export function localeFor(lang: string | null | undefined): Locale {
  const tag = lang?.trim().toLowerCase() ?? '';
  if (catalogues.has(tag)) return tag;
  const primary = tag.split('-')[0]!;
  return catalogues.has(primary) || primary in builtIn ? primary : 'en';
}

/** The locale of an element: that of its own `lang`, or the nearest ancestor's, or the page's. */
export function localeOf(element: Element): Locale {
  return localeFor((element.closest('[lang]') ?? element.ownerDocument.documentElement).getAttribute('lang'));
}

/** The words of a locale; English while a built-in one is still loading (see {@link loadLocale}). */
export function catalogue(locale: Locale): Catalogue {
  return catalogues.get(locale) ?? catalogues.get('en')!;
}

/** Whether the locale's words are here. */
export function hasCatalogue(locale: Locale): boolean {
  return catalogues.has(locale);
}

/** Loads a built-in locale's words once; resolves at once for one already here. */
export function loadLocale(locale: Locale): Promise<void> {
  const load = builtIn[locale];
  if (catalogues.has(locale) || !load) return Promise.resolve();
  let loaded = loading.get(locale);
  if (!loaded) {
    loaded = load().then((words) => {
      if (!catalogues.has(locale)) catalogues.set(locale, words);
    });
    loading.set(locale, loaded);
  }
  return loaded;
}

/** The tag `Intl` formats with: British English, Welsh, or a registered code as it was given. */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale === 'cy' ? 'cy-GB' : locale;
}
