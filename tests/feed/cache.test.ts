import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cacheStorageStore, indexedDbStore, type FeedStore } from '../../src/feed/cache-stores.js';
import { FeedCache, oldPrefix, type CacheLimits } from '../../src/feed/cache.js';

const unique = () => `test-${Math.random().toString(36).slice(2)}`;
const here = (path: string) => new URL(path, location.href).href;

/** A feed of about `bytes` bytes, as a server would send it. */
function feedBytes(bytes: number, title = 'Kept'): Uint8Array {
  const head = `{"version":1,"title":"${title}","activities":[],"padding":"`;
  return new TextEncoder().encode(`${head}${'x'.repeat(Math.max(0, bytes - head.length - 2))}"}`);
}

const backends: [string, (name: string) => Promise<FeedStore>][] = [
  ['Cache Storage', cacheStorageStore],
  ['IndexedDB', indexedDbStore],
];

/** Deletes every cache and database of this origin, so the quota tests measure from nothing. */
async function clearStorage(): Promise<void> {
  for (const name of await caches.keys()) await caches.delete(name);
  for (const { name } of await indexedDB.databases())
    await new Promise((resolve) =>
      Object.assign(indexedDB.deleteDatabase(name!), { onsuccess: resolve, onerror: resolve }),
    );
}

describe('the last good copies when the origin’s quota is full', () => {
  beforeEach(clearStorage);
  afterEach(() => executeServerCommand('storage-quota', {}));

  // IndexedDB first: Chromium checks IndexedDB writes against the space it found when the origin first used
  // IndexedDB, so this must run before any other test here opens a database.
  for (const [backend, open] of [...backends].reverse()) {
    it(`leave the feed unsaved, without an error, when even one copy does not fit (${backend})`, async () => {
      // Less than the copy, whatever else the origin holds.
      await executeServerCommand('storage-quota', { bytes: 100_000 });
      const cache = new FeedCache(open(unique()));
      expect(await cache.save('/big.json', feedBytes(200_000))).to.equal(false);
      expect(await cache.read('/big.json')).to.equal(undefined);
    });
  }

  it('make room by removing the oldest copies first (Cache Storage)', async () => {
    const cache = new FeedCache(cacheStorageStore(unique()));
    await cache.save('/oldest.json', feedBytes(60_000), new Date(1000));
    await cache.save('/old.json', feedBytes(60_000), new Date(2000));
    const { usage = 0 } = await navigator.storage.estimate();
    await executeServerCommand('storage-quota', { bytes: usage + 30_000 });
    expect(await cache.save('/new.json', feedBytes(60_000), new Date(3000))).to.equal(true);
    expect((await cache.list()).map((copy) => copy.url)).to.deep.equal(['/old.json', '/new.json'].map(here));
  });
});

for (const [backend, open] of backends) {
  describe(`the last good copies, in ${backend}`, () => {
    let store: Promise<FeedStore>;
    const cache = (limits?: CacheLimits) => new FeedCache(store, limits);
    beforeEach(() => {
      store = open(unique());
    });

    it('keeps the bytes as the server sent them, and reads them back with the address and date', async () => {
      const text = await (await fetch('/tests/fixtures/valid-feed.json')).text();
      const savedAt = new Date('2026-03-01T09:30:00Z');
      expect(await cache().save('/tests/fixtures/valid-feed.json', new TextEncoder().encode(text), savedAt)).to.equal(
        true,
      );
      const copy = await cache().read('/tests/fixtures/valid-feed.json');
      expect(copy!.url).to.equal(here('/tests/fixtures/valid-feed.json'));
      expect(copy!.savedAt).to.equal('2026-03-01T09:30:00.000Z');
      expect(copy!.json).to.deep.equal(JSON.parse(text));
      const stored = await (await store).read(here('/tests/fixtures/valid-feed.json'));
      expect(await stored!.text()).to.equal(text);
    });

    it('writes a feed made here (from another format) as JSON, in slices', async () => {
      const feed = {
        version: 1,
        title: 'Converted',
        activities: Array.from({ length: 500 }, (_, i) => ({ id: `a${i}` })),
      };
      await cache().save('/converted.json', feed);
      expect((await cache().read('/converted.json'))!.json).to.deep.equal(feed);
    });

    it('keeps one copy per address: cache-busting query variants replace each other', async () => {
      await cache().save('/feed.json?v=1', feedBytes(100, 'one'), new Date(1000));
      await cache().save('/feed.json?v=2', feedBytes(100, 'two'), new Date(2000));
      expect((await cache().list()).map((copy) => copy.url)).to.deep.equal([here('/feed.json?v=2')]);
      const copy = await cache().read('/feed.json?v=3');
      expect(copy!.url).to.equal(here('/feed.json?v=2'));
      expect((copy!.json as { title: string }).title).to.equal('two');
    });

    it('keeps at most maxEntries copies, removing the oldest first', async () => {
      const limited = cache({ maxEntries: 3, maxBytes: 1_000_000 });
      // Written out of order: age is the date each copy was fetched.
      await limited.save('/b.json', feedBytes(100), new Date(2000));
      await limited.save('/a.json', feedBytes(100), new Date(1000));
      await limited.save('/c.json', feedBytes(100), new Date(3000));
      await limited.save('/d.json', feedBytes(100), new Date(4000));
      expect((await limited.list()).map((copy) => copy.url)).to.deep.equal(['/b.json', '/c.json', '/d.json'].map(here));
      await limited.save('/e.json', feedBytes(100), new Date(5000));
      expect((await limited.list()).map((copy) => copy.url)).to.deep.equal(['/c.json', '/d.json', '/e.json'].map(here));
      expect(await limited.read('/a.json')).to.equal(undefined);
    });

    it('keeps at most maxBytes in all, removing the oldest first', async () => {
      const limited = cache({ maxEntries: 10, maxBytes: 1000 });
      await limited.save('/one.json', feedBytes(400), new Date(1000));
      await limited.save('/two.json', feedBytes(400), new Date(2000));
      await limited.save('/three.json', feedBytes(400), new Date(3000));
      const kept = await limited.list();
      expect(kept.map((copy) => copy.url)).to.deep.equal(['/two.json', '/three.json'].map(here));
      expect(kept.map((copy) => copy.bytes)).to.deep.equal([400, 400]);
    });

    it('does not keep a feed larger than the whole budget, and drops the older copy of that feed', async () => {
      const limited = cache({ maxEntries: 10, maxBytes: 1000 });
      await limited.save('/grown.json', feedBytes(500), new Date(1000));
      await limited.save('/other.json', feedBytes(300), new Date(2000));
      expect(await limited.save('/grown.json', feedBytes(1500), new Date(3000))).to.equal(false);
      expect((await limited.list()).map((copy) => copy.url)).to.deep.equal([here('/other.json')]);
    });

    describe('a broken copy is deleted and ignored, never thrown', () => {
      const broken: [string, { savedAt?: string; body?: string }][] = [
        ['a date that is not a date', { savedAt: 'not a date' }],
        ['a body that is not JSON', { body: '{"version":1,"activities":[' }],
        ['JSON that is not a feed we read', { body: '{"version":2}' }],
        ['a list instead of a feed', { body: '[1,2,3]' }],
      ];
      for (const [what, fault] of broken) {
        it(`with ${what}`, async () => {
          const key = here('/broken.json');
          const body = new Blob([fault.body ?? '{"version":1}']);
          const savedAt = fault.savedAt ?? '2026-01-01T00:00:00.000Z';
          await (await store).write({ key, url: key, savedAt, bytes: body.size }, body);
          expect(await cache().read('/broken.json')).to.equal(undefined);
          expect(await (await store).read(key)).to.equal(undefined);
        });
      }

      it('and an unreadable copy is removed when another is written', async () => {
        const key = here('/bad-date.json');
        await (await store).write({ key, url: key, savedAt: 'soon', bytes: 5 }, new Blob(['{"version":1}']));
        await cache().save('/good.json', feedBytes(100));
        expect((await (await store).list()).map((facts) => facts.key)).to.deep.equal([here('/good.json')]);
      });
    });
  });
}

describe('the last good copies, in Cache Storage, written there by other code', () => {
  it('are deleted and ignored: a response with no facts, or facts naming another address', async () => {
    const name = unique();
    const cache = new FeedCache(cacheStorageStore(name));
    const raw = await caches.open(name);
    await raw.put(here('/bare.json'), new Response('{"version":1}'));
    const elsewhere = { 'x-linkwork-key': here('/elsewhere.json'), 'x-linkwork-url': here('/elsewhere.json') };
    const headers = { ...elsewhere, 'x-linkwork-saved-at': '2026-01-01T00:00:00Z', 'x-linkwork-bytes': '13' };
    await raw.put(here('/moved.json'), new Response('{"version":1}', { headers }));
    expect(await cache.read('/bare.json')).to.equal(undefined);
    expect(await cache.read('/moved.json')).to.equal(undefined);
    expect(await raw.keys()).to.have.length(0);
  });
});

describe('copies left by the localStorage code', () => {
  const other = 'host-page:setting';
  afterEach(() => localStorage.clear());

  it('are moved over as they were (date and all), and every one is removed from localStorage', async () => {
    const json = { version: 1, title: 'Before the move', activities: [{ id: 'a', title: 'Walk' }] };
    localStorage.setItem(`${oldPrefix}/old/good.json`, JSON.stringify({ savedAt: '2025-11-05T10:00:00.000Z', json }));
    localStorage.setItem(`${oldPrefix}/old/bad-date.json`, JSON.stringify({ savedAt: 'yesterday', json }));
    localStorage.setItem(`${oldPrefix}/old/not-json.json`, '{"savedAt":"2025-11-05T10:00:00.000Z","json":{');
    localStorage.setItem(
      `${oldPrefix}/old/v2.json`,
      JSON.stringify({ savedAt: '2025-11-05T10:00:00.000Z', json: { version: 2 } }),
    );
    localStorage.setItem(other, 'kept');
    const cache = new FeedCache(cacheStorageStore(unique()));
    await cache.migrate();
    expect(Object.keys(localStorage)).to.deep.equal([other]);
    expect((await cache.list()).map((copy) => copy.url)).to.deep.equal([here('/old/good.json')]);
    const copy = await cache.read('/old/good.json');
    expect(copy).to.deep.equal({ url: here('/old/good.json'), savedAt: '2025-11-05T10:00:00.000Z', json });
  });
});
