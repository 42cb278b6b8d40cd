// What a page really downloads of the CDN build: each page below is opened in Chromium, and every file of
// dist/cdn/ it requests until its widgets show results (the lazy chunks included) is added up, gzip -9 and
// brotli (quality 11), as a server that compresses would send them.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The pages weighed: the README's embed and the pages webmasters make from parts of it. */
export const weighedPages = [
  {
    name: 'search only',
    body: '<lw-activity-search src="/demo/feed.json"></lw-activity-search>',
    ready: ['lw-activity-search'],
  },
  {
    name: 'search only, Welsh',
    lang: 'cy',
    body: '<lw-activity-search src="/demo/feed.json"></lw-activity-search>',
    ready: ['lw-activity-search'],
  },
  {
    name: 'resources only',
    body: '<lw-resource-list src="/demo/feed.json"></lw-resource-list>',
    ready: ['lw-resource-list'],
  },
  {
    name: "README's three widgets",
    body: '<lw-feed src="/demo/feed.json"><lw-network-finder></lw-network-finder><lw-activity-search></lw-activity-search><lw-resource-list></lw-resource-list></lw-feed>',
    ready: ['lw-network-finder', 'lw-activity-search', 'lw-resource-list'],
  },
  {
    name: 'all widgets (with the shortlist)',
    body: '<lw-feed src="/demo/feed.json"><lw-network-finder></lw-network-finder><lw-activity-search></lw-activity-search><lw-resource-list></lw-resource-list><lw-shortlist></lw-shortlist></lw-feed>',
    ready: ['lw-network-finder', 'lw-activity-search', 'lw-resource-list', 'lw-shortlist'],
  },
];

/** The page's HTML: the one script tag and the widgets, as the README shows them. */
export function pageHtml({ name, lang = 'en', body }) {
  return `<!doctype html><html lang="${lang}"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title><link rel="icon" href="data:,"><body><h1>${name}</h1><script type="module" src="/dist/cdn/linkwork.js"></script>${body}</body></html>`;
}

/** Has every widget named in `tags` something in its shadow root beyond its loading state? */
function widgetsShown(tags) {
  const settled = (tag) => {
    const element = document.querySelector(tag);
    const root = element?.shadowRoot;
    if (!root || !root.childElementCount) return false;
    return !/Loading|Llwytho/.test(root.textContent ?? '');
  };
  return tags.every(settled);
}

/**
 * Opens each page at `origin` + `path(page)` in `browser` and returns a table of what it downloaded from
 * dist/cdn/. `cdnDir` is where those files are on disk.
 */
export async function pageWeights(browser, origin, path, cdnDir) {
  const rows = [];
  for (const page of weighedPages) {
    const tab = await browser.newPage();
    const files = new Set();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/dist/cdn/') && pathname.endsWith('.js')) files.add(pathname.slice('/dist/cdn/'.length));
    });
    await tab.goto(`${origin}${path(page)}`);
    await tab.waitForFunction(widgetsShown, { timeout: 60_000, polling: 100 }, page.ready);
    // Whatever the widgets start after their first results (a deferred map, idle work) is counted too.
    await tab.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 }).catch(() => {});
    await tab.close();
    const bytes = [...files].map((file) => readFileSync(`${cdnDir}/${file}`));
    const sum = (measure) => bytes.reduce((total, code) => total + measure(code), 0);
    rows.push([page.name, files.size, kb(sum((code) => code.length)), kb(sum(gzip)), kb(sum(brotli))]);
  }
  return {
    title:
      'What each page downloads from dist/cdn/ until its widgets show results (every chunk it requests, lazy ones included)',
    headers: ['page', 'files', 'minified', 'gzip -9', 'brotli 11'],
    rows,
  };
}
