/**
 * The one script a webmaster adds. It defines each Linkwork tag when the tag first appears on
 * the page, loading only that widget's code (and Leaflet only with the map), and the Welsh words
 * only on a page with Welsh in it. A page adds a language of its own with `registerLocale`:
 * `import { registerLocale } from '…/linkwork.js'`.
 */
export { registerLocale } from './i18n/locale.js';

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
defineTagsIn(document);
// Welsh words start loading with the widgets' code rather than after it.
if (document.querySelector('[lang^="cy" i]')) void import('./i18n/cy.js');
const watcher = new MutationObserver(() => {
  defineTagsIn(document);
  if (Object.keys(loaders).length === 0) watcher.disconnect();
});
watcher.observe(document.documentElement, { childList: true, subtree: true });
