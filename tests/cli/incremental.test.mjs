// @ts-check
// `linkwork-feed --incremental` (issue 16.5), run for real against the 50,000-service test ORUK API
// (tests/server/oruk-api.mjs through tests/cli/server.mjs): service n was last modified n × 10 minutes before
// 2026-11-30T12:00Z, so a feed updated at 10:00 that day has 13 services changed since (n = 0 … 12).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const cli = fileURLToPath(new URL('../../dist/cli/linkwork-feed.js', import.meta.url));

/** @type {string} */ let folder;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;
let sessions = 0;

/**
 * @param {string[]} args
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args, '--allow-private'], { cwd: folder }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

/** A session of its own on the test API, so each test counts its own requests. */
function api(kind = '3.0') {
  const session = `cli${sessions++}`;
  return {
    services: `${server.origin}/oruk-api/${session}/${kind}/services`,
    /** @returns {Promise<string[]>} */
    log: async () => (await fetch(`${server.origin}/oruk-api/${session}/log`)).json(),
  };
}

/** A feed as an earlier harvest wrote it: svc-00001 under an old name, svc-00004 and one service not changed since. */
const earlier = {
  version: 1,
  title: 'Test directory',
  updated: '2026-11-30T10:00:00.000Z',
  categories: [{ id: 'walking', label: 'Walking' }],
  activities: [
    { id: 'svc-00001', title: 'An old name for the walking group', categories: ['walking'] },
    { id: 'svc-00004', title: 'Walking group 4, Newcastle', categories: ['walking'] },
    { id: 'svc-40000', title: 'Unchanged since the spring', categories: ['walking'] },
  ],
};

/** @param {string} name */
const readFeed = async (name) => JSON.parse(await readFile(join(folder, name), 'utf8'));

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'linkwork-incremental-'));
  server = await startServer(folder);
});

after(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('linkwork-feed --incremental', () => {
  it('asks only for the services changed since the feed was written, and merges them in', async () => {
    await writeFile(join(folder, 'merge.json'), JSON.stringify(earlier));
    const { services, log } = api();
    const started = Date.now();
    const { code, stdout } = await run([
      '--from',
      `openreferral:${services}?per_page=1000`,
      '--out',
      'merge.json',
      '--incremental',
    ]);
    assert.equal(code, 0, stdout);
    assert.match(
      stdout,
      /Incremental: 13 services changed since 2026-11-30T10:00:00.000Z \(0 records removed\), 1 activity kept from merge.json as they were\./,
    );
    const asked = await log();
    assert.deepEqual(
      asked.filter((request) => request.includes('/services')),
      ['/3.0/services?per_page=1000&modified_after=2026-11-30T10%3A00%3A00.000Z'],
    );
    assert.ok(asked.includes('/3.0/openapi.json'), 'the openapi document was not read');
    const feed = await readFeed('merge.json');
    const titles = feed.activities.map((/** @type {{ title: string }} */ activity) => activity.title);
    assert.equal(feed.activities.length, 14);
    // The changed record replaced in place, the unchanged one kept, the new ones after.
    assert.deepEqual(titles.slice(0, 4), [
      'Walking group 1, Leeds',
      'Walking group 4, Newcastle',
      'Unchanged since the spring',
      'Walking group 2, Manchester',
    ]);
    assert.equal(feed.title, 'Test directory');
    assert.ok(Date.parse(feed.updated) >= started - 1000, `updated is ${feed.updated}`);
  });

  it('takes a changed service that can no longer be shown out of the feed, and mends what it can', async () => {
    await writeFile(join(folder, 'broken.json'), JSON.stringify(earlier));
    const { services } = api('broken');
    const { code, stdout } = await run([
      '--from',
      `openreferral:${services}?per_page=1000`,
      '--out',
      'broken.json',
      '--incremental',
    ]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /"svc-00004".*the service has no name/);
    assert.match(stdout, /Incremental: 12 services changed since .* \(1 record removed\)/);
    const feed = await readFeed('broken.json');
    const ids = feed.activities.map((/** @type {{ id: string }} */ activity) => activity.id);
    assert.ok(!ids.includes('svc-00004'), 'svc-00004 (no name now) is still in the feed');
    assert.ok(ids.includes('svc-40000'));
    const byId = Object.fromEntries(feed.activities.map((/** @type {{ id: string }} */ a) => [a.id, a]));
    assert.equal(byId['svc-00006'].contact.email, 'hello@norwich.example.org');
    assert.equal(byId['svc-00008'].contact?.email, undefined);
  });

  it('leaves the file as it was when nothing changed', async () => {
    const now = { ...earlier, updated: '2026-12-01T00:00:00.000Z' };
    await writeFile(join(folder, 'same.json'), JSON.stringify(now));
    const before = await stat(join(folder, 'same.json'));
    const { services } = api();
    const { code, stdout } = await run(['--from', `openreferral:${services}`, '--out', 'same.json', '--incremental']);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /Incremental: 0 services changed/);
    assert.match(stdout, /same\.json already holds this feed \(updated 2026-12-01T00:00:00.000Z\)/);
    assert.equal((await stat(join(folder, 'same.json'))).mtimeMs, before.mtimeMs);
  });

  it('reads in full, and says why, when the API does not take modified_after (tried: it sent services anyway)', async () => {
    await writeFile(join(folder, 'basic.json'), JSON.stringify(earlier));
    const { services, log } = api('basic');
    const { stdout } = await run([
      '--from',
      `openreferral:${services}`,
      '--out',
      'basic.json',
      '--incremental',
      '--max-pages',
      '2',
    ]);
    assert.match(stdout, new RegExp(`Read in full, not incrementally: ${services} does not take modified_after\\.`));
    const asked = (await log()).filter((request) => request.includes('/services'));
    assert.match(asked[0], /^\/basic\/services\?modified_after=.*&per_page=1$/);
    assert.deepEqual(asked.slice(1), ['/basic/services', '/basic/services?page=2']);
    const feed = await readFeed('basic.json');
    assert.equal(feed.activities.length, 100);
    assert.ok(!feed.activities.some((/** @type {{ id: string }} */ activity) => activity.id === 'svc-40000'));
  });

  it('reads in full when there is no feed to refresh yet', async () => {
    const { services } = api();
    const { stdout } = await run([
      '--from',
      `openreferral:${services}`,
      '--out',
      'first.json',
      '--incremental',
      '--max-pages',
      '1',
    ]);
    assert.match(stdout, /Read in full, not incrementally: first\.json does not exist yet\./);
    assert.equal((await readFeed('first.json')).activities.length, 50);
  });
});
