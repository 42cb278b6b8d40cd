/**
 * The one script a webmaster adds. It defines each Linkwork tag when the tag first appears on
 * the page, loading only that widget's code (and Leaflet only with the map), and the Welsh words
 * only on a page with Welsh in it. A page adds a language of its own with `registerLocale`:
 * `import { registerLocale } from '…/linkwork.js'`.
 *
 * This file imports nothing at load time, so the browser runs it as soon as it arrives and starts fetching
 * the widgets' code at once, and keeps room for each widget until it draws (define/loading-room.ts).
 */
import { define } from './define/define.js';
import { reserveLoadingRoom } from './define/loading-room.js';
import { warmIntlWhileLoading } from './define/warm-intl.js';
import type { Catalogue } from './i18n/en.js';
import type { ShortlistWords } from './i18n/shortlist-words.js';

/**
 * Adds a language (see `registerLocale` in i18n/locale.ts). Here it waits for the widgets' language
 * module, which the first widget loads anyway; widgets already on the page re-render when it arrives.
 */
export function registerLocale(code: string, words: Partial<Catalogue & ShortlistWords>): void {
  void import('./i18n/locale.js').then((locale) => locale.registerLocale(code, words));
}

let welshWords: Promise<void> | undefined;

/** The Welsh words, loading from the first sight of Welsh on the page; undefined while there is none. */
function welshOnPage(): Promise<void> | undefined {
  if (!welshWords && document.querySelector('[lang^="cy" i]'))
    welshWords = import('./i18n/locale.js').then((locale) => locale.loadLocale('cy')).catch(() => {});
  return welshWords;
}

/**
 * Defines a tag once its code has run, a turn later: the module code's first run and the widget's first
 * render are then two tasks rather than one long one. On a page with Welsh it also waits for the Welsh words,
 * so a widget never draws in English first. A tag another copy of the library defined is left.
 */
async function defineLater(tag: string, load: () => Promise<CustomElementConstructor>): Promise<void> {
  const [element] = await Promise.all([load(), welshOnPage()]);
  await new Promise((resolve) => setTimeout(resolve));
  define(tag, element);
}

/** Each tag's element class, loaded with its code. */
const loaders: Record<string, () => Promise<CustomElementConstructor>> = {
  'lw-feed': async () => (await import('./components/feed/feed.js')).LwFeed,
  'lw-network-finder': async () => (await import('./components/network-finder/network-finder.js')).LwNetworkFinder,
  'lw-activity-search': async () => (await import('./components/activity-search/activity-search.js')).LwActivitySearch,
  'lw-resource-list': async () => (await import('./components/resource-list/resource-list.js')).LwResourceList,
  'lw-shortlist': async () => (await import('./components/shortlist/shortlist.js')).LwShortlist,
  'lw-place-finder': async () => (await import('./components/place-finder/place-finder.js')).LwPlaceFinder,
};

function defineTagsIn(root: ParentNode): void {
  for (const [tag, load] of Object.entries(loaders)) {
    if (customElements.get(tag) || !root.querySelector(tag)) continue;
    delete loaders[tag];
    defineLater(tag, load).catch((error: unknown) => console.error(`Linkwork could not load <${tag}>:`, error));
  }
}

// A second copy of this script on the page is harmless: `define` skips tags already defined.
reserveLoadingRoom(document);
const tagsToLoad = Object.keys(loaders).length;
defineTagsIn(document);
// A widget's code is on its way: Intl's locale data can load meanwhile (define/warm-intl.ts).
if (Object.keys(loaders).length < tagsToLoad) warmIntlWhileLoading();
// Welsh words start loading with the widgets' code rather than after it.
void welshOnPage();
const watcher = new MutationObserver(() => {
  defineTagsIn(document);
  if (Object.keys(loaders).length === 0) watcher.disconnect();
});
watcher.observe(document.documentElement, { childList: true, subtree: true });
