// Download sizes, measured from node: every file of the CDN build, what each tag pulls in, and the
// feed layer on its own.
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The chunks a CDN file imports, statically or on demand. */
function importsOf(code) {
  return {
    static: [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]),
    lazy: [...code.matchAll(/import\(\s*"\.\/([^"]+\.js)"\s*\)/g)].map((m) => m[1]),
  };
}

/** `{ 'lw-feed': 'lw-feed-abc.js', … }`, read from the loader map in linkwork.js. */
function tagEntries(loaderCode) {
  return Object.fromEntries(
    [...loaderCode.matchAll(/"(lw-[a-z-]+)"\s*:[^"]*import\(\s*"\.\/([^"]+)"\s*\)/g)].map((m) => [m[1], m[2]]),
  );
}

export function cdnSizes(cdnDir) {
  const files = readdirSync(cdnDir)
    .filter((file) => file.endsWith('.js'))
    .sort();
  const code = Object.fromEntries(files.map((file) => [file, readFileSync(join(cdnDir, file), 'utf8')]));
  const size = Object.fromEntries(
    files.map((file) => [file, { raw: Buffer.byteLength(code[file]), gzip: gzip(code[file]) }]),
  );
  const entries = tagEntries(code['linkwork.js'] ?? '');
  const closure = (file, seen = new Set()) => {
    if (seen.has(file) || !code[file]) return seen;
    seen.add(file);
    for (const next of importsOf(code[file]).static) closure(next, seen);
    return seen;
  };
  const loadedBy = (file) => {
    const tags = Object.keys(entries).filter((tag) => closure(entries[tag]).has(file));
    if (file === 'linkwork.js') return 'the script tag';
    const lazy = files.filter((other) => importsOf(code[other]).lazy.includes(file) && other !== 'linkwork.js');
    return [...tags.map((tag) => `\`<${tag}>\``), ...lazy.map((other) => `on demand by ${other}`)].join(', ') || '?';
  };
  const perFile = {
    title: 'CDN build (dist/cdn/): every file',
    headers: ['file', 'loaded by', 'minified', 'gzip -9'],
    rows: files.map((file) => [file, loadedBy(file), kb(size[file].raw), kb(size[file].gzip)]),
  };
  const perTag = {
    title: "What a page downloads for one tag (linkwork.js + the tag's chunks, before any lazy import)",
    headers: ['tag', 'files', 'gzip -9 total'],
    rows: Object.keys(entries).map((tag) => {
      const chunks = ['linkwork.js', ...closure(entries[tag])];
      return [`\`<${tag}>\``, chunks.length, kb(chunks.reduce((sum, file) => sum + size[file].gzip, 0))];
    }),
  };
  return { tables: [perFile, perTag], scriptTagGzip: size['linkwork.js']?.gzip };
}

/** The feed layer alone (load + parse + zod/mini), bundled and minified as a CDN build would. */
export async function feedLayerSize(root) {
  const result = await build({
    stdin: {
      contents: "export { loadFeed } from './src/feed/load.ts';\nexport { parseFeed } from './src/feed/parse.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return {
    title: 'Feed layer (src/feed/load.ts + parse.ts with zod/mini, esbuild --minify)',
    headers: ['piece', 'minified', 'gzip -9'],
    rows: [['feed layer', kb(bytes.length), kb(gzip(bytes))]],
  };
}
