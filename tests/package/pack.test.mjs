// @ts-check
// The package as a user gets it: `npm pack` of the built dist/, installed from the tarball into a new
// folder, then imported in plain Node (no DOM): the root entry, `linkwork/feed`, the JSON Schema and
// the command line, each by the name a user would write.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** @type {string} */ let app;
/** @type {{ size: number, unpackedSize: number, entryCount: number, files: { path: string }[], filename: string }} */
let packed;

/**
 * Runs a module in the app folder with Node, as a user's script would be run.
 * @param {string} code
 */
async function node(code) {
  return run(process.execPath, ['--input-type=module', '-e', code], { cwd: app });
}

before(async () => {
  app = await mkdtemp(join(tmpdir(), 'linkwork-package-'));
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', app], { cwd: root });
  [packed] = JSON.parse(stdout);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'an-app', private: true, type: 'module' }));
  await run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', `./${packed.filename}`], {
    cwd: app,
    timeout: 240_000,
  });
});

after(async () => {
  await rm(app, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the built files, the licence and the docs, and no TypeScript source', () => {
    const paths = packed.files.map((file) => file.path);
    for (const path of [
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'package.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/feed/index.js',
      'dist/feed/index.d.ts',
      'dist/feed.schema.json',
      'dist/custom-elements.json',
      'dist/cdn/linkwork.js',
      'dist/cli/linkwork-feed.js',
      'dist/jsx.d.ts',
      'dist/web-types.json',
      'dist/vscode.html-custom-data.json',
      'dist/vscode.css-custom-data.json',
      'dist/cdn.d.ts',
    ])
      assert.ok(paths.includes(path), `${path} is in the tarball`);
    // Source maps only for the minified CDN script (the npm modules are readable as they are), and not the demo's
    // reference pages.
    assert.deepEqual(
      paths.filter((path) => path.endsWith('.map') && !path.startsWith('dist/cdn/')),
      [],
    );
    assert.ok(paths.includes('dist/cdn/linkwork.js.map'));
    assert.deepEqual(
      paths.filter((path) => path.startsWith('dist/docs/')),
      [],
    );
    assert.deepEqual(
      paths.filter((path) => /(?<!\.d)\.ts$/.test(path) || path.startsWith('src/') || path.startsWith('tests/')),
      [],
    );
  });

  const importRoot = () =>
    node(`
      const linkwork = await import('linkwork');
      console.log(typeof linkwork.parseFeed, typeof linkwork.LwActivitySearch, typeof globalThis.window);
    `);

  it("imports as 'linkwork' in Node without a DOM", async () => {
    assert.equal((await importRoot()).stdout, 'function function undefined\n');
  });

  // The map loads Leaflet only near the viewport, never at import: importing the root in Node prints nothing.
  it("imports as 'linkwork' in Node without a warning", async () => {
    assert.equal((await importRoot()).stderr, '');
  });

  it("'linkwork/feed' reads a feed, converts nothing it should not, and carries the JSON Schema", async () => {
    const feed = await readFile(join(root, 'demo/feed.json'), 'utf8');
    await writeFile(join(app, 'feed.json'), feed);
    const { stdout, stderr } = await node(`
      import { readFileSync } from 'node:fs';
      import { parseFeed, feedJsonSchema, detectFormat } from 'linkwork/feed';
      import shipped from 'linkwork/feed.schema.json' with { type: 'json' };
      const json = JSON.parse(readFileSync('feed.json', 'utf8'));
      const { feed, problems } = parseFeed(json);
      console.log(detectFormat(json), feed.activities.length > 0, problems.length);
      console.log(feedJsonSchema.$id, feedJsonSchema.title, JSON.stringify(shipped) === JSON.stringify(feedJsonSchema));
    `);
    assert.equal(stderr, '');
    assert.equal(
      stdout,
      'linkwork true 0\nhttps://cdn.jsdelivr.net/npm/linkwork@0/dist/feed.schema.json Linkwork feed, version 1 true\n',
    );
  });

  it('installs the linkwork-feed command, which says its version', async () => {
    const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
    const { stdout } = await run(join(app, 'node_modules/.bin/linkwork-feed'), ['--version'], { cwd: app });
    assert.equal(stdout, `linkwork-feed ${version}\n`);
  });
});
