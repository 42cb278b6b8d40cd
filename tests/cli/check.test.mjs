// @ts-check
// `linkwork-feed check`, local files as sources, `--version`, and a harvest's output folder and `updated`:
// the built command line run for real, on files in a temporary folder and on the test server.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const cli = fileURLToPath(new URL('../../dist/cli/linkwork-feed.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** @type {string} */ let folder;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

/**
 * @param {string[]} args
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: folder }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/**
 * The sample feed with changes made to a copy, written to `name` in the folder.
 * @param {string} name
 * @param {(feed: any) => void} change
 */
async function plant(name, change) {
  const feed = JSON.parse(await readFile(join(fixtures, 'valid-feed.json'), 'utf8'));
  change(feed);
  await writeFile(join(folder, name), JSON.stringify(feed));
}

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'linkwork-check-'));
  server = await startServer(folder);
  await cp(join(fixtures, 'valid-feed.json'), join(folder, 'feed.json'));
  // An Open Referral API's pages saved as files, as the test server serves them.
  await mkdir(join(folder, 'oruk'));
  for (const page of [1, 2, 3]) {
    const answer = await fetch(`${server.origin}/adapters/oruk3/services?page=${page}`);
    await writeFile(join(folder, `oruk/services-${page}.json`), await answer.text());
  }
  await plant('broken.json', (feed) => {
    feed.activities[0].url = 'javascript:alert(1)';
    delete feed.activities[1].id;
    feed.activities[2].contact = { email: 'info@example.org.' };
  });
  await writeFile(join(folder, 'notes.txt'), 'not a feed');
});

after(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('linkwork-feed check', () => {
  it('says a clean feed has no problem, with what it holds, and exits 0', async () => {
    const { code, stdout, stderr } = await run(['check', 'feed.json']);
    assert.equal(stderr, '');
    assert.equal(
      stdout,
      'linkwork feed.json\n  1 page, 8 records read: 8 converted, 0 dropped\n\n' +
        'No problems: every record and every field is shown as written. It holds 4 activities, 2 networks, 2 resources and 3 categories.\n',
    );
    assert.equal(code, 0);
  });

  it('lists each record dropped and each field mended or removed, in words, and exits 3', async () => {
    const { code, stdout } = await run(['check', 'broken.json']);
    assert.equal(
      stdout,
      [
        'linkwork broken.json',
        '  1 page, 8 records read: 7 converted, 1 dropped, 2 fields mended or removed',
        '  - activity 2: id is missing',
        '  ~ activity 1 "garden-club": url must be an http(s) link; the field was removed.',
        '  ~ activity 3 "paint-online": contact.email "info@example.org." was mended to "info@example.org" (removed the trailing dot).',
        '',
        '3 problems: 1 record would not be shown and 2 fields would be mended or left out. The widgets show the rest; fix these where the feed is made so everything shows as you meant. It holds 3 activities, 2 networks, 2 resources and 3 categories.',
        '',
      ].join('\n'),
    );
    assert.equal(code, 3);
  });

  it('gives the same report as JSON with --json, for CI', async () => {
    const { code, stdout } = await run(['check', 'broken.json', '--json']);
    assert.equal(code, 3);
    const report = JSON.parse(stdout);
    assert.equal(report.ok, false);
    assert.equal(report.problems, 3);
    assert.deepEqual(report.feed, { activities: 3, networks: 2, resources: 2, categories: 3 });
    const [source] = report.sources;
    assert.equal(source.source, 'broken.json');
    assert.equal(source.format, 'linkwork');
    assert.deepEqual(source.dropped, [{ collection: 'activities', index: 1, reason: 'id is missing' }]);
    assert.deepEqual(
      source.fields.map((/** @type {{ id: string, field: string }} */ problem) => `${problem.id} ${problem.field}`),
      ['garden-club url', 'paint-online contact.email'],
    );
    const clean = JSON.parse((await run(['check', 'feed.json', '--json'])).stdout);
    assert.equal(clean.ok, true);
    assert.equal(clean.problems, 0);
  });

  it('checks an Open Referral API by its URL, told from its first page, reading every page', async () => {
    const url = `${server.origin}/adapters/oruk3/services`;
    const { code, stdout } = await run(['check', url, '--allow-private']);
    assert.match(
      stdout,
      new RegExp(
        `^openreferral ${url}\n  3 pages, 8 records read: 6 converted, 2 dropped, 1 field mended or removed\n`,
      ),
    );
    assert.match(stdout, /- service 5 "6f0a6f1e-2b0c-4d4e-9a51-3c1b2f7e0a05": the service has no name\.\n/);
    assert.equal(code, 3);
  });

  it('reads saved pages of an API from files named with {page}', async () => {
    const { code, stdout } = await run(['check', 'openreferral:oruk/services-{page}.json']);
    assert.match(
      stdout,
      /^openreferral oruk\/services-\{page\}\.json\n  3 pages, 8 records read: 6 converted, 2 dropped/,
    );
    assert.equal(code, 3);
  });

  /** @type {[string, string[], RegExp][]} */
  const unreadable = [
    [
      'a file that is not there',
      ['check', 'missing.json'],
      /missing\.json could not be read \(there is no such file\)\./,
    ],
    ['a file that is not JSON', ['check', 'notes.txt'], /notes\.txt did not return JSON \(it starts "not a feed"\)\./],
    [
      'a server that is not there',
      ['check', 'http://127.0.0.1:1/feed.json', '--allow-private', '--timeout', '2'],
      /^linkwork-feed: http:\/\/127\.0\.0\.1:1\/feed\.json could not be reached \(fetch failed\)\.\n$/,
    ],
  ];
  for (const [what, args, message] of unreadable) {
    it(`says why it cannot read ${what}, and exits 1`, async () => {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 1);
      assert.match(stdout + stderr, message);
    });
  }

  /** @type {[string[], string][]} */
  const mistakes = [
    [['check'], 'Say what to check: linkwork-feed check feed.json (a file or a URL).'],
    [['check', 'feed.json', '--out', 'x.json'], 'check only reads: --out is for a harvest.'],
    [['--from', 'feed.json', '--out', 'x.json', '--json'], '--json is for check: linkwork-feed check feed.json --json'],
  ];
  for (const [args, message] of mistakes) {
    it(`explains "${args.join(' ')}" and exits 2`, async () => {
      const { code, stderr } = await run(args);
      assert.equal(code, 2);
      assert.ok(stderr.includes(message), stderr);
    });
  }
});

describe('linkwork-feed: version, files and the output', () => {
  it('says its version with --version and -v', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-v'])
      assert.deepEqual(await run([flag]), { code: 0, stdout: `linkwork-feed ${version}\n`, stderr: '' });
  });

  it('harvests from local files into a folder that does not exist yet', async () => {
    const { code, stdout } = await run([
      '--from',
      'openreferral:oruk/services-{page}.json',
      '--from',
      'feed.json',
      '--out',
      'public/data/activities.json',
    ]);
    assert.match(stdout, /\nWrote public\/data\/activities\.json \(\d+ KB\)\.\n$/);
    assert.equal(code, 0);
    const feed = JSON.parse(await readFile(join(folder, 'public/data/activities.json'), 'utf8'));
    assert.equal(feed.activities.length, 10);
  });

  it('leaves the feed as it was, "updated" and all, when nothing but the time would change', async () => {
    const args = ['--from', 'openreferral:oruk/services-{page}.json', '--out', 'nightly/feed.json'];
    assert.equal((await run(args)).code, 0);
    const file = join(folder, 'nightly/feed.json');
    const first = await readFile(file, 'utf8');
    const { updated } = JSON.parse(first);
    const { mtimeMs } = await stat(file);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const again = await run(args);
    assert.equal(again.code, 0);
    assert.match(
      again.stdout,
      new RegExp(
        `\nnightly/feed\\.json already holds this feed \\(updated ${updated.replaceAll('.', '\\.')}\\), so it was left as it was\\.\n$`,
      ),
    );
    assert.equal(await readFile(file, 'utf8'), first);
    assert.equal((await stat(file)).mtimeMs, mtimeMs);

    // A change in the source is a new feed, with a new time.
    const page = join(folder, 'oruk/services-1.json');
    const services = JSON.parse(await readFile(page, 'utf8'));
    services.contents[0].name = 'Community garden club (renamed)';
    await writeFile(page, JSON.stringify(services));
    const changed = await run(args);
    assert.match(changed.stdout, /\nWrote nightly\/feed\.json/);
    const next = JSON.parse(await readFile(file, 'utf8'));
    assert.notEqual(next.updated, updated);
    assert.ok(
      next.activities.some((/** @type {{ title: string }} */ a) => a.title === 'Community garden club (renamed)'),
    );
  });
});
