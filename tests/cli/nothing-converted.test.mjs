// @ts-check
// An upstream outage or a change of format can leave a source that answers but converts to nothing:
// the command must then leave the publisher's live feed alone (and say so), never write an empty one.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const cli = fileURLToPath(new URL('../../dist/cli/linkwork-feed.js', import.meta.url));

/** @type {string} */ let folder;
/** @type {Awaited<ReturnType<typeof startServer>>} */ let server;

before(async () => {
  folder = await mkdtemp(join(tmpdir(), 'linkwork-feed-empty-'));
  server = await startServer(folder);
  await writeFile(join(folder, 'empty-source.json'), JSON.stringify({ version: 1, activities: [], networks: [] }));
});

after(async () => {
  await server.close();
  await rm(folder, { recursive: true, force: true });
});

describe('linkwork-feed: a source that converts to nothing', () => {
  it('keeps the published feed as it was and exits 1', async () => {
    await writeFile(join(folder, 'live.json'), 'the feed published yesterday');
    const source = `linkwork:${server.origin}/files/empty-source.json`;
    const code = await new Promise((resolve) => {
      execFile(process.execPath, [cli, '--from', source, '--out', 'live.json'], { cwd: folder }, (error) =>
        resolve(error ? Number(error.code) : 0),
      );
    });
    assert.equal(code, 1);
    assert.equal(await readFile(join(folder, 'live.json'), 'utf8'), 'the feed published yesterday');
  });
});
