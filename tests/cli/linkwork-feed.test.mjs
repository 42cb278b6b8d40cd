// @ts-check
// The built command line (dist/cli/linkwork-feed.js), run for real against a local HTTP server that
// serves the adapter fixtures page by page: its report, the feed it writes and its exit codes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const cli = fileURLToPath(new URL('../../dist/cli/linkwork-feed.js', import.meta.url));

/** @type {string} */ let folder;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

/**
 * Runs the command line to its end. The test server is on 127.0.0.1, so `--allow-private` is given
 * unless `guarded` (the harvester refuses loopback addresses by default).
 * @param {string[]} args
 * @param {{ guarded?: boolean }} [options]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function run(args, { guarded = false } = {}) {
  return new Promise((resolve) => {
    const all = guarded || args.includes('--help') ? args : [...args, '--allow-private'];
    execFile(process.execPath, [cli, ...all], { cwd: folder }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** @param {string} path */
const url = (path) => `${server.origin}${path}`;
/** @param {string} name */
const readFeed = async (name) => JSON.parse(await readFile(join(folder, name), 'utf8'));
/** @param {{ activities: { title: string }[] }} feed */
const titles = (feed) => feed.activities.map((activity) => activity.title);

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'linkwork-feed-'));
  server = await startServer(folder);
  await writeFile(join(folder, 'notes.txt'), 'Arts: arts');
  await writeFile(join(folder, 'list.json'), '["arts"]');
});

after(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('linkwork-feed: a whole harvest', () => {
  it('reads an ORUK API and an OpenActive feed page by page, writes one feed, and reports every record', async () => {
    const oruk = url('/adapters/oruk3/services');
    const openactive = url('/adapters/openactive/feed');
    const { code, stdout, stderr } = await run([
      '--from',
      `openreferral:${oruk}`,
      '--from',
      `openactive:${openactive}`,
      '--out',
      'feed.json',
    ]);
    assert.equal(code, 0);
    assert.equal(stderr, '', 'no progress display when stderr is not a terminal');
    assert.match(
      stdout,
      new RegExp(
        `^openreferral ${oruk}\n  3 pages, 8 records read: 6 converted, 2 dropped, 1 field mended or removed\n`,
      ),
    );
    assert.match(
      stdout,
      /- service 3 "6f0a6f1e-2b0c-4d4e-9a51-3c1b2f7e0a03": the service is not active \(its status is "inactive"\)\.\n/,
    );
    assert.match(stdout, /- service 5 "6f0a6f1e-2b0c-4d4e-9a51-3c1b2f7e0a05": the service has no name\.\n/);
    assert.match(
      stdout,
      /~ service 7 "6f0a6f1e-2b0c-4d4e-9a51-3c1b2f7e0a07": location\.lat must be at most 90; the coordinates were removed and the rest of the place kept\.\n/,
    );
    assert.ok(
      stdout.includes(
        `openactive ${openactive}\n  5 pages, 10 records read (and 1 deleted by a later item; 2 sessions merged into their series): 5 converted (1 already in an earlier source, written once), 3 dropped, 1 field mended or removed\n`,
      ),
      stdout,
    );
    assert.match(
      stdout,
      /- item 11 "https:\/\/example\.org\/api\/slots\/1": items of type "Slot" are not activities\.\n/,
    );
    assert.match(
      stdout,
      /- item 3 "https:\/\/example\.org\/api\/session-series\/walking-football": the same activity as "6f0a6f1e-2b0c-4d4e-9a51-3c1b2f7e0a08" from .* \(the same name within 100 m\)/,
    );
    assert.match(
      stdout,
      /\nTotal: 18 records read from 2 sources, 5 dropped, 1 duplicate written once, 2 fields mended or removed \(\d+(\.\d)? KB read\)\. The feed has 10 activities, 0 networks, 0 resources and 11 categories\.\nWrote feed\.json \(\d+ KB\)\.\n$/,
    );

    const feed = await readFeed('feed.json');
    assert.equal(feed.version, 1);
    assert.deepEqual(titles(feed), [
      'Chapeltown Community Garden',
      'Pottery for Wellbeing',
      "Men's Shed",
      'Singing for the Brain',
      'Bowls taster',
      'Walking Football',
      'Aquafit for Over 50s',
      'Chair Yoga',
      'Community Sports Hall',
      'Dance Fit',
    ]);
    const football = feed.activities.find(
      (/** @type {{ title: string }} */ activity) => activity.title === 'Walking Football',
    );
    assert.deepEqual(football.schedule, [{ days: ['thu'], start: '18:00', end: '19:00', frequency: 'weekly' }]);
    assert.deepEqual(football.categories, ['walking', 'football']);
    assert.deepEqual(feed.categories.slice(0, 2), [
      { id: 'gardening', label: 'Gardening' },
      { id: 'nature', label: 'Nature and outdoors' },
    ]);
    // The dance-fit series lost only its impossible age limit: it and its category are kept.
    assert.deepEqual(
      feed.categories.map((/** @type {{ id: string }} */ category) => category.id),
      [
        'gardening',
        'nature',
        'arts',
        'woodwork',
        'music',
        'walking',
        'football',
        'swimming',
        'fitness',
        'sport',
        'dance',
      ],
    );
  });

  it('writes a feed that reads back as a Linkwork feed with nothing dropped', async () => {
    await run([
      '--from',
      url('/adapters/oruk-older/services'),
      '--from',
      url('/adapters/openactive/feed'),
      '--out',
      'first.json',
    ]);
    const { code, stdout } = await run(['--from', `linkwork:${url('/files/first.json')}`, '--out', 'again.json']);
    assert.equal(code, 0);
    assert.match(stdout, /^linkwork .*first\.json\n  1 page, 9 records read: 9 converted, 0 dropped\n/);
    assert.deepEqual(titles(await readFeed('again.json')), titles(await readFeed('first.json')));
  });

  it('tells each format from its first page when none is given, including the older ORUK shape paged from 0', async () => {
    const { code, stdout } = await run([
      '--from',
      url('/adapters/oruk-older/services'),
      '--from',
      url('/linkwork/feed.json'),
      '--out',
      'detected.json',
    ]);
    assert.equal(code, 0);
    assert.match(
      stdout,
      /^openreferral .*oruk-older\/services\n  3 pages, 6 records read: 4 converted, 2 dropped\n  - service 3: the service is not an object\.\n  - service 5: the service "Service without an id" has no id\.\n/,
    );
    assert.match(stdout, /\nlinkwork .*\/linkwork\/feed\.json\n  1 page, 8 records read: 8 converted, 0 dropped\n/);
    const feed = await readFeed('detected.json');
    assert.equal(feed.title, 'Test feed');
    assert.equal(feed.activities.length, 8);
  });

  it('drops an OpenActive item that a later page deletes', async () => {
    const { code } = await run([
      '--from',
      `openactive:${url('/adapters/openactive/feed')}`,
      '--out',
      'openactive.json',
    ]);
    assert.equal(code, 0);
    assert.deepEqual(titles(await readFeed('openactive.json')), [
      'Aquafit for Over 50s',
      'Walking football',
      'Chair Yoga',
      'Community Sports Hall',
      'Dance Fit',
    ]);
  });

  it("maps categories with the publisher's --category-map, and names built-in ones in Welsh with --lang cy", async () => {
    await writeFile(join(folder, 'map.json'), JSON.stringify({ Woodwork: 'befriending' }));
    const oruk = url('/adapters/oruk3/services');
    assert.equal((await run(['--from', oruk, '--out', 'plain.json'])).code, 0);
    assert.equal(
      (await run(['--from', oruk, '--category-map', 'map.json', '--lang', 'cy', '--out', 'mapped.json'])).code,
      0,
    );
    /** @param {{ activities: { title: string, categories: string[] }[] }} feed */
    const shed = (feed) => feed.activities.find((activity) => activity.title === "Men's Shed")?.categories;
    const [plain, mapped] = [await readFeed('plain.json'), await readFeed('mapped.json')];
    assert.ok(shed(plain)?.includes('woodwork'));
    assert.ok(shed(mapped)?.includes('befriending') && !shed(mapped)?.includes('woodwork'));
    assert.deepEqual(
      mapped.categories.find((/** @type {{ id: string }} */ category) => category.id === 'gardening'),
      { id: 'gardening', label: 'Garddio' },
    );
    assert.deepEqual(
      mapped.categories.find((/** @type {{ id: string }} */ category) => category.id === 'befriending'),
      { id: 'befriending', label: 'Cyfeillio' },
    );
  });

  it('stops at --max-pages, says so, and still writes what it read', async () => {
    const { code, stdout } = await run([
      '--from',
      url('/adapters/oruk3/services'),
      '--max-pages',
      '2',
      '--out',
      'limited.json',
    ]);
    assert.equal(code, 0);
    assert.match(stdout, /  2 pages, 6 records read: 4 converted, 2 dropped\n/);
    assert.match(
      stdout,
      /  stopped at the page limit \(--max-pages 2\): pages 1–2 were read, later pages were not\.\n/,
    );
    assert.equal((await readFeed('limited.json')).activities.length, 4);
  });
});

describe('linkwork-feed: failures', () => {
  it('leaves the published file alone when a page fails part-way, and exits 1', async () => {
    await writeFile(join(folder, 'published.json'), 'yesterday');
    const failing = url('/adapters/oruk3-fails-page-3/services');
    const { code, stdout } = await run(['--from', failing, '--out', 'published.json']);
    assert.equal(code, 1);
    assert.ok(
      stdout.includes(
        `  stopped: page 3 could not be read (The server answered 500 Internal Server Error for ${failing}?page=3); pages 1–2 were read.\n`,
      ),
      stdout,
    );
    assert.match(
      stdout,
      /published\.json was not written, because a source failed part-way and the feed would be incomplete\. Run again later, or add --partial to write what was read\.\n$/,
    );
    assert.equal(await readFile(join(folder, 'published.json'), 'utf8'), 'yesterday');
  });

  it('writes what pages 1–2 held with --partial, and exits 3', async () => {
    const { code, stdout } = await run([
      '--from',
      url('/adapters/openactive-fails-page-3/feed'),
      '--partial',
      '--out',
      'partial.json',
    ]);
    assert.equal(code, 3);
    assert.match(
      stdout,
      /  stopped: page 3 could not be read \(The server answered 503 Service Unavailable for .*\); pages 1–2 were read\.\n/,
    );
    assert.match(
      stdout,
      /Wrote partial\.json \(\d+ KB\) with what was read, though some sources are incomplete \(--partial\)\.\n$/,
    );
    assert.deepEqual(titles(await readFeed('partial.json')), [
      'Aquafit for Over 50s',
      'Tai Chi in the Park',
      'Walking football',
      'Chair Yoga',
    ]);
  });

  it('gives up on a server that never answers after --timeout seconds, and exits 1', { timeout: 20_000 }, async () => {
    const dead = url('/dead/feed');
    const alone = await run(['--from', `openactive:${dead}`, '--timeout', '1', '--out', 'dead.json']);
    assert.equal(alone.code, 1);
    assert.equal(alone.stdout, '');
    assert.equal(alone.stderr, `linkwork-feed: ${dead} did not answer within 1 s.\ndead.json was not written.\n`);
    assert.equal(existsSync(join(folder, 'dead.json')), false);

    const withAnother = await run([
      '--from',
      url('/adapters/oruk3/services'),
      '--from',
      `openactive:${dead}`,
      '--timeout',
      '1',
      '--out',
      'dead.json',
    ]);
    assert.equal(withAnother.code, 1);
    assert.ok(
      withAnother.stdout.includes(`\n${dead}\n  could not be read: ${dead} did not answer within 1 s.\n`),
      withAnother.stdout,
    );
    assert.equal(existsSync(join(folder, 'dead.json')), false);
  });

  it('says why a server cannot be reached, and exits 1', async () => {
    const closed = await startServer(folder);
    await closed.close();
    const { code, stderr } = await run(['--from', `${closed.origin}/feed.json`, '--out', 'closed.json']);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      `linkwork-feed: ${closed.origin}/feed.json could not be reached (fetch failed: ECONNREFUSED).\nclosed.json was not written.\n`,
    );
  });

  it('says what a source that is in no known format looks like, and exits 1', async () => {
    const oruk = url('/adapters/oruk3/services');
    const wrong = await run(['--from', `openactive:${oruk}`, '--out', 'wrong.json']);
    assert.equal(wrong.code, 1);
    assert.match(
      wrong.stderr,
      /was given as format="openactive" \(an OpenActive RPDE feed\), but it looks like an Open Referral UK services API \(format="openreferral"\)\./,
    );
    const unknown = await run(['--from', url('/adapters/unknown'), '--out', 'unknown.json']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /cannot tell what kind of feed .*\/adapters\/unknown is/);
  });

  it('says when the feed cannot be written, and exits 1', async () => {
    const { code, stderr } = await run(['--from', url('/linkwork/feed.json'), '--out', 'notes.txt/feed.json']);
    assert.equal(code, 1);
    assert.equal(stderr, 'linkwork-feed: notes.txt/feed.json could not be written (EEXIST).\n');
    await mkdir(join(folder, 'a-folder'));
    const onFolder = await run(['--from', url('/linkwork/feed.json'), '--out', 'a-folder']);
    assert.equal(onFolder.code, 1);
    assert.equal(onFolder.stderr, 'linkwork-feed: a-folder could not be written (EISDIR).\n');
    assert.deepEqual(
      (await readdir(folder)).filter((name) => name.endsWith('.tmp')),
      [],
      'no temporary file is left behind',
    );
  });
});

describe('linkwork-feed: real directories', () => {
  it('keeps a council list whole but for records without a name, mending and reporting fields', async () => {
    const { code, stdout } = await run(['--from', url('/adapters/council/services'), '--out', 'council.json']);
    assert.equal(code, 0, stdout);
    assert.match(
      stdout,
      /^openreferral .*\n  3 pages, 8 records read: 6 converted, 2 dropped, 10 fields mended or removed\n/,
    );
    assert.match(
      stdout,
      /~ service 1 "2001": url "www\.northlincs\.gov\.uk\/knit-and-natter" was mended to "https:\/\/www\.northlincs\.gov\.uk\/knit-and-natter" \(added https:\/\/\)\.\n/,
    );
    assert.match(
      stdout,
      /~ service 2 "2002": contact\.email "cafe@example\.org\\u200b" was mended to "cafe@example\.org"/,
    );
    const feed = await readFeed('council.json');
    const knit = feed.activities.find((/** @type {{ id: string }} */ a) => a.id === '2001');
    assert.equal(knit.title, 'Knit & Natter');
    assert.ok(knit.description.startsWith('Knit & Natter at Ashby Library\n\nBring your needles – or borrow ours.'));
  });

  it('joins sessions to series from two OpenActive feeds and counts what ended', async () => {
    const { code, stdout } = await run([
      '--from',
      url('/adapters/leisure/series'),
      '--from',
      url('/adapters/leisure/sessions'),
      '--out',
      'leisure.json',
    ]);
    assert.equal(code, 0, stdout);
    assert.ok(stdout.includes('8 records read (and 2 ended before today, left out): 6 converted, 0 dropped'), stdout);
    assert.ok(
      stdout.includes('6 records read (and 4 sessions merged into their series): 1 converted, 1 dropped'),
      stdout,
    );
    const feed = await readFeed('leisure.json');
    assert.equal(feed.activities.length, 7);
  });

  it('fills coordinates from postcodes with --geocode, in one request, checking every answer', async () => {
    const before = server.geocoderRequests();
    const args = [
      '--from',
      url('/adapters/council/services'),
      '--out',
      'geocoded.json',
      '--geocoder',
      url('/bulk-geocoder'),
      '--geocode-cache',
      'postcodes.json',
    ];
    const { code, stdout } = await run(args);
    assert.equal(code, 0, stdout);
    assert.equal(server.geocoderRequests() - before, 1);
    assert.ok(
      stdout.includes('Geocoding: 1 of 2 places without coordinates located from 2 postcodes (1 request).\n'),
      stdout,
    );
    assert.match(
      stdout,
      /- activity 5 "2005": the geocoder gave DN15 6LA coordinates out of range \(100, -0\.65\); they were not used\.\n/,
    );
    const feed = await readFeed('geocoded.json');
    const garden = feed.activities.find((/** @type {{ id: string }} */ a) => a.id === '2003');
    assert.deepEqual(garden.location, {
      name: 'Riddings allotments',
      lat: 53.5712,
      lng: -0.6598,
      address: 'Enderby Road, Scunthorpe',
      postcode: 'DN17 2JL',
    });
    const again = await run(args);
    assert.equal(server.geocoderRequests() - before, 1, 'the second run asks nothing: every postcode is cached');
    assert.match(again.stdout, /located from 2 postcodes \(0 requests, 2 from the cache\)/);
  });

  it('writes a large feed a piece at a time, exactly as JSON', async () => {
    const activities = Array.from({ length: 6000 }, (_, i) => ({
      id: `a${i}`,
      title: `Activity ${i}`,
      description: 'x'.repeat(400),
    }));
    await writeFile(join(folder, 'big.json'), JSON.stringify({ version: 1, title: 'Big', activities }));
    const { code } = await run(['--from', `linkwork:${url('/files/big.json')}`, '--out', 'big-out.json']);
    assert.equal(code, 0);
    const text = await readFile(join(folder, 'big-out.json'), 'utf8');
    const feed = JSON.parse(text);
    assert.equal(feed.activities.length, 6000);
    assert.equal(text, `${JSON.stringify(feed)}\n`);
  });
});

describe('linkwork-feed: safety', () => {
  it('refuses a loopback address unless --allow-private, and says how to allow it', async () => {
    const { code, stderr } = await run(['--from', url('/adapters/council/services'), '--out', 'private.json'], {
      guarded: true,
    });
    assert.equal(code, 1);
    assert.match(
      stderr,
      /^linkwork-feed: http:\/\/127\.0\.0\.1:\d+\/adapters\/council\/services was not fetched: it is a loopback, link-local or private address\. Add --allow-private to harvest from your own network\.\n/,
    );
    assert.equal(existsSync(join(folder, 'private.json')), false);
  });

  it('ends a source at a next link the URL parser refuses, keeps the others, and exits 3 with --partial', async () => {
    const { code, stdout } = await run([
      '--from',
      url('/adapters/leisure/bad-next'),
      '--from',
      url('/adapters/council/services'),
      '--out',
      'bad-next.json',
      '--partial',
    ]);
    assert.equal(code, 3, stdout);
    assert.match(
      stdout,
      /stopped: page 2 could not be read \(page 1 of .*\/adapters\/leisure\/bad-next gives a "next" link that is not a web address \("http:\/\/\["\)\); page 1 was read\.\n/,
    );
    const feed = await readFeed('bad-next.json');
    assert.equal(feed.activities.length, 8);
    const without = await run(['--from', url('/adapters/leisure/bad-next'), '--out', 'bad-next-2.json']);
    assert.equal(without.code, 1);
    assert.doesNotMatch(without.stderr, /TypeError|at /);
  });

  it('reports a next link that leads to another site', async () => {
    const { code, stdout } = await run([
      '--from',
      url(`/adapters/leisure/elsewhere?port=${server.port}`),
      '--out',
      'elsewhere.json',
    ]);
    assert.equal(code, 0, stdout);
    assert.match(
      stdout,
      new RegExp(
        `  ! the "next" link of page 1 leads to another site, http://localhost:${server.port}; it was followed\\.\\n`,
      ),
    );
  });

  it('stops at --max-bytes with a clear message', async () => {
    const { code, stdout } = await run([
      '--from',
      url('/adapters/council/services'),
      '--out',
      'bounded.json',
      '--max-bytes',
      '5KB',
      '--partial',
    ]);
    assert.equal(code, 3, stdout);
    assert.match(
      stdout,
      /took the harvest past --max-bytes 5 KB; nothing more was read\. Give a larger --max-bytes to read more\); page 1 was read\./,
    );
  });
});

describe('linkwork-feed: the command line', () => {
  it('prints its help with --help, and exits 0', async () => {
    const { code, stdout } = await run(['--help']);
    assert.equal(code, 0);
    assert.match(stdout, /^linkwork-feed: harvest Open Referral UK and OpenActive data into one Linkwork feed\n/);
    for (const option of [
      '--from openreferral:URL',
      '--from openactive:URL',
      '--from linkwork:URL',
      '--out FILE',
      '--max-pages N',
      '--timeout S',
      '--category-map FILE',
      '--lang en|cy',
      '--partial',
      'check SOURCE',
      '--json',
      '--version',
      'Exit codes of a harvest:',
    ]) {
      assert.ok(stdout.includes(option), option);
    }
  });

  /** @type {[string[], string][]} */
  const mistakes = [
    [[], 'Say where to read from: --from openreferral:URL'],
    [['--from', 'https://example.org/services'], 'Say where to write the feed: --out feed.json'],
    [
      ['--from', 'oruk:https://example.org/services', '--out', 'x.json'],
      '"oruk" is not a format linkwork-feed reads; use linkwork:URL, openreferral:URL, openactive:URL, or a URL alone.',
    ],
    [
      ['--from', 'openactive:ftp://example.org/feed.json', '--out', 'x.json'],
      '"ftp://example.org/feed.json" is not an http(s) address or a file.',
    ],
    [
      ['--from', 'https://example.org/', '--max-pages', '0', '--out', 'x.json'],
      '--max-pages 0: give a whole number greater than 0.',
    ],
    [
      ['--from', 'https://example.org/', '--timeout', 'soon', '--out', 'x.json'],
      '--timeout soon: give a number greater than 0.',
    ],
    [['--from', 'https://example.org/', '--pages', '3'], "Unknown option '--pages'"],
    [
      ['--from', 'https://example.org/', '--category-map', 'missing.json', '--out', 'x.json'],
      '--category-map missing.json could not be read (ENOENT).',
    ],
    [
      ['--from', 'https://example.org/', '--category-map', 'notes.txt', '--out', 'x.json'],
      '--category-map notes.txt could not be read (it is not JSON).',
    ],
    [
      ['--from', 'https://example.org/', '--category-map', 'list.json', '--out', 'x.json'],
      '--category-map list.json must be a JSON object of foreign labels and category ids',
    ],
    [
      ['--from', 'https://example.org/', '--lang', 'fr', '--out', 'x.json'],
      '--lang fr: the built-in category names are in en and cy.',
    ],
  ];
  for (const [args, message] of mistakes) {
    it(`explains "${args.join(' ')}" and exits 2`, async () => {
      const { code, stdout, stderr } = await run(args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.ok(stderr.startsWith('linkwork-feed: ') && stderr.includes(message), stderr);
      assert.ok(stderr.endsWith('Run "npx linkwork-feed --help" for every option.\n'));
    });
  }

  it('shows its progress on a terminal, page by page', async () => {
    // `script` runs the command on a pseudo-terminal (util-linux), as a publisher at a shell would.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --from ${url('/adapters/oruk3/services')} --out tty.json --allow-private`;
    const output = await new Promise((resolve, reject) => {
      execFile('script', ['-qec', command, '/dev/null'], { cwd: folder }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      );
    });
    assert.match(output, /\r\x1b\[2KReading: page 1 of 3 127\.0\.0\.1:\d+\/adapters\/oruk3\/services/);
    assert.match(output, /\r\x1b\[2KReading: page 3 of 3 127\.0\.0\.1:\d+\/adapters\/oruk3\/services/);
    assert.match(output, /\r\x1b\[2Kopenreferral http/, 'the progress line is cleared before the report');
    assert.ok(output.includes('Wrote tty.json'), output);
  });
});

describe('linkwork-feed: the README', () => {
  it('shows the command and the report it really prints', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Publishers: harvest your existing data'));
    const [, command, report] = /```sh\n([\s\S]*?)```[\s\S]*?```text\n([\s\S]*?)```/.exec(section) ?? [];
    const [oruk, openactive] = [...(command ?? '').matchAll(/--from \w+:(\S+)/g)].map((match) => match[1]);
    assert.ok(oruk && openactive, command);
    await mkdir(join(folder, 'public'), { recursive: true });
    const { code, stdout } = await run([
      '--from',
      `openreferral:${url('/adapters/oruk3/services')}`,
      '--from',
      `openactive:${url('/adapters/openactive/feed')}`,
      '--out',
      'public/activities.json',
    ]);
    assert.equal(code, 0);
    assert.equal(
      stdout.replaceAll(url('/adapters/oruk3/services'), oruk).replaceAll(url('/adapters/openactive/feed'), openactive),
      report,
    );
  });
});
