/**
 * The languages the widgets speak. English is always there; Welsh loads the first time a widget is on a
 * Welsh page (a page in English never downloads it); a page adds any other language with
 * {@link registerLocale}. The words only one widget shows (the map's, the resource list's) are kept out of the
 * shared catalogue: that widget adds them ({@link addWidgetWords}), so a page without it never downloads them.
 */
import { en, type Catalogue, type SharedCatalogue } from './en.js';
import type { ShortlistWords } from './shortlist-words.js';

/** A language the widgets can speak: `en`, `cy`, or a code given to {@link registerLocale} (lower case). */
export type Locale = string;

/** The words of one widget: English, and each other built-in language's, loaded on first use. */
export interface WidgetWords {
  readonly en: object;
  readonly builtIn: Readonly<Record<string, () => Promise<object>>>;
}

// English is typed with every widget's words: a widget reads its own only after adding them.
const catalogues = new Map<Locale, Catalogue>([['en', en as Catalogue]]);
/** Built-in languages, loaded on first use. */
const builtIn: Record<string, () => Promise<SharedCatalogue>> = {
  cy: () => import('./cy.js').then((module) => module.cy),
};
const loading = new Map<Locale, Promise<void>>();
const listeners = new Set<(locale: Locale) => void>();
/** The widgets' own words added so far, in order. */
const widgetWords: WidgetWords[] = [];
/** How many of {@link widgetWords} (the first so many) each built-in or registered language's catalogue has. */
const withWidgetWords = new Map<Locale, number>();
/** The words each {@link registerLocale} was given, to name the keys a widget's words later find missing. */
const registered = new Map<Locale, object>();

const warnMissing = (code: string, missing: readonly string[], whose = '') =>
  missing.length &&
  console.warn(
    `Linkwork: the "${code}" catalogue has no ${missing.join(', ')}${whose}; ${missing.length === 1 ? 'it is' : 'they are'} shown in English.`,
  );

/**
 * Adds a widget's own words to every language (called by its {@link LocaleController}, before it first draws):
 * English at once; a built-in language's when it is next needed (see {@link loadLocale}); a registered
 * language's from its catalogue, English for the keys it lacks (named once in the console).
 */
export function addWidgetWords(words: WidgetWords): void {
  if (widgetWords.includes(words)) return;
  widgetWords.push(words);
  catalogues.set('en', { ...words.en, ...catalogue('en') });
  for (const [locale, given] of registered) {
    if (locale in builtIn) continue;
    warnMissing(
      locale,
      Object.keys(words.en).filter((key) => !(key in given)),
    );
    catalogues.set(locale, { ...words.en, ...catalogue(locale) });
    withWidgetWords.set(locale, widgetWords.length);
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
  withWidgetWords.set(locale, widgetWords.length);
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

/** Whether the locale's words are here, the words of every widget added so far included. */
export function hasCatalogue(locale: Locale): boolean {
  return catalogues.has(locale) && (locale === 'en' || withWidgetWords.get(locale) === widgetWords.length);
}

/**
 * Loads a built-in locale's words once, and the words of each widget added since; resolves at once for one
 * already here. Until then {@link catalogue} gives what it gave before (English the first time).
 */
export function loadLocale(locale: Locale): Promise<void> {
  const load = builtIn[locale];
  if (hasCatalogue(locale) || !load) return Promise.resolve();
  let loaded = loading.get(locale);
  if (!loaded) {
    const from = withWidgetWords.get(locale) ?? 0;
    const wanted = widgetWords.slice(from);
    const shared = catalogues.get(locale) ?? load();
    const own = wanted.map((words) => words.builtIn[locale]?.() ?? {});
    const settled = Promise.all([shared, ...own]).then(([words, ...owns]) => {
      // A widget's English words stand in for any it has no translation of; a registered catalogue wins.
      catalogues.set(locale, Object.assign({}, catalogue('en'), ...owns, words));
      withWidgetWords.set(locale, from + wanted.length);
    });
    loaded = settled.finally(() => loading.delete(locale));
    loading.set(locale, loaded);
  }
  // A widget that added its words while these loaded needs them too.
  return loaded.then(() => loadLocale(locale));
}

/** The tag `Intl` formats with: British English, Welsh, or a registered code as it was given. */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale === 'cy' ? 'cy-GB' : locale;
}
