// What a page really downloads of the CDN build: each page below is opened in Chromium, and every file of
// dist/cdn/ it requests is added up, gzip -9 and brotli (quality 11), as a server that compresses would send
// them, at three points: when its widgets first show results ("on load"), once the network is quiet after that
// (what the widgets start after their first results: a deferred map, the kept copy), and with everything the page
// may load later (every lazy import reachable from those files: other formats, remote search, the calendar…;
// another language's words left out).
import { existsSync, readFileSync } from 'node:fs';
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

/** The chunks each file of `cdnDir` imports, statically or on demand (as the build wrote them). */
function importsOf(cdnDir, file) {
  const code = readFileSync(`${cdnDir}/${file}`, 'utf8');
  return [...code.matchAll(/(?:from|import)\s*\(?\s*"\.\/([^"]+\.js)"/g)].map((match) => match[1]);
}

/** Whether a chunk holds only Welsh words (its source map lists only src/i18n/cy files). */
function welshOnly(cdnDir, file) {
  const map = `${cdnDir}/${file}.map`;
  if (!existsSync(map)) return false;
  const { sources } = JSON.parse(readFileSync(map, 'utf8'));
  return sources.length > 0 && sources.every((source) => /src\/i18n\/cy(\/|\.ts$)/.test(source));
}

/** `files` and every chunk they may import later, the Welsh words only on a Welsh page. */
function withEverything(cdnDir, files, welsh) {
  const all = new Set(files);
  // linkwork.js can load every widget: only the widgets on the page count, and they are loaded already.
  for (const file of all)
    if (file !== 'linkwork.js')
      for (const next of importsOf(cdnDir, file)) if (welsh || !welshOnly(cdnDir, next)) all.add(next);
  return all;
}

/**
 * Opens each page at `origin` + `path(page)` in `browser` and returns two tables of what it downloaded from
 * dist/cdn/: the three points above, and (as earlier reports gave it) once the network is quiet after the first
 * results. `cdnDir` is where those files are on disk.
 */
export async function pageWeights(browser, origin, path, cdnDir) {
  const phases = [];
  const settledRows = [];
  for (const page of weighedPages) {
    const tab = await browser.newPage();
    const files = new Set();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/dist/cdn/') && pathname.endsWith('.js')) files.add(pathname.slice('/dist/cdn/'.length));
    });
    await tab.goto(`${origin}${path(page)}`);
    await tab.waitForFunction(widgetsShown, { timeout: 60_000, polling: 100 }, page.ready);
    const onLoad = new Set(files);
    // Whatever the widgets start after their first results (a deferred map, idle work) is counted too.
    await tab.waitForNetworkIdle({ idleTime: 500, timeout: 30_000 }).catch(() => {});
    await tab.close();
    const afterResults = new Set(files);
    const everything = withEverything(cdnDir, afterResults, page.lang === 'cy');
    const weigh = (set) => {
      const bytes = [...set].map((file) => readFileSync(`${cdnDir}/${file}`));
      const sum = (measure) => bytes.reduce((total, code) => total + measure(code), 0);
      return { files: set.size, raw: sum((code) => code.length), gzip: sum(gzip), brotli: sum(brotli) };
    };
    const [first, settled, all] = [onLoad, afterResults, everything].map(weigh);
    const cells = ({ files: count, gzip: gz, brotli: br }) => [count, kb(gz), kb(br)];
    phases.push([page.name, ...cells(first), ...cells(settled), ...cells(all)]);
    settledRows.push([page.name, settled.files, kb(settled.raw), kb(settled.gzip), kb(settled.brotli)]);
  }
  return [
    {
      title:
        'What each page downloads from dist/cdn/: when its widgets first show results, once the network is quiet after that, and with every lazy part it may load later',
      headers: [
        'page',
        'on load: files',
        'gzip -9',
        'brotli 11',
        'after first results: files',
        'gzip -9',
        'brotli 11',
        'with everything: files',
        'gzip -9',
        'brotli 11',
      ],
      rows: phases,
    },
    {
      title:
        'What each page downloads from dist/cdn/ until its widgets show results (every chunk it requests, lazy ones included)',
      headers: ['page', 'files', 'minified', 'gzip -9', 'brotli 11'],
      rows: settledRows,
    },
  ];
}
