/**
 * The one script a webmaster adds. It defines each Linkwork tag when the tag first appears on
 * the page, loading only that widget's code (and Leaflet only with the map), and the Welsh words
 * only on a page with Welsh in it. A page adds a language of its own with `registerLocale`:
 * `import { registerLocale } from '…/linkwork.js'`.
 *
 * This file imports nothing at load time, so the browser runs it as soon as it arrives and starts fetching
 * the widgets' code at once, and keeps room for each widget until it draws (define/loading-room.ts).
 */
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

const loaders: Record<string, () => Promise<unknown>> = {
  'lw-feed': () => import('./define/lw-feed.js'),
  'lw-network-finder': () => import('./define/lw-network-finder.js'),
  'lw-activity-search': () => import('./define/lw-activity-search.js'),
  'lw-resource-list': () => import('./define/lw-resource-list.js'),
  'lw-shortlist': () => import('./define/lw-shortlist.js'),
  'lw-place-finder': () => import('./define/lw-place-finder.js'),
};

function defineTagsIn(root: ParentNode): void {
  for (const [tag, load] of Object.entries(loaders)) {
    if (customElements.get(tag) || !root.querySelector(tag)) continue;
    delete loaders[tag];
    load().catch((error: unknown) => console.error(`Linkwork could not load <${tag}>:`, error));
  }
}

// A second copy of this script on the page is harmless: `define` skips tags already defined.
reserveLoadingRoom(document);
const tagsToLoad = Object.keys(loaders).length;
defineTagsIn(document);
// A widget's code is on its way: Intl's locale data can load meanwhile (define/warm-intl.ts).
if (Object.keys(loaders).length < tagsToLoad) warmIntlWhileLoading();
// Welsh words start loading with the widgets' code rather than after it.
if (document.querySelector('[lang^="cy" i]')) void import('./i18n/cy.js');
const watcher = new MutationObserver(() => {
  defineTagsIn(document);
  if (Object.keys(loaders).length === 0) watcher.disconnect();
});
watcher.observe(document.documentElement, { childList: true, subtree: true });
