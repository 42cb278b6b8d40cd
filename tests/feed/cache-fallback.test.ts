import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import { cacheName } from '../../src/feed/cache-stores.js';
import { oldPrefix } from '../../src/feed/cache.js';
import { frame } from '../helpers/frame.js';
import { clearKeptFeeds, keptInCacheStorage } from '../helpers/kept-feeds.js';
import { shadowText } from '../helpers/shadow-text.js';

const key = () => Math.random().toString(36).slice(2);
const here = (path: string) => new URL(path, location.href).href;
const count = (search: Element) => search.shadowRoot!.querySelector('[part="count"]')?.textContent?.trim() ?? '';

/** Puts a copy of `src` straight into Cache Storage, as a bug or another version might have left it. */
async function keepBrokenCopy(src: string, savedAt: string, body: string): Promise<void> {
  const headers = {
    'x-linkwork-key': here(src),
    'x-linkwork-url': here(src),
    'x-linkwork-saved-at': savedAt,
    'x-linkwork-bytes': String(body.length),
  };
  await (await caches.open(cacheName)).put(here(src), new Response(body, { headers }));
}

async function searchOn(src: string): Promise<{ feed: LwFeed; search: HTMLElement }> {
  const feed = await fixture<LwFeed>(html`<lw-feed src=${src}><lw-activity-search></lw-activity-search></lw-feed>`);
  return { feed, search: feed.querySelector('lw-activity-search')! };
}

describe('the last good copy, as a visitor meets it', () => {
  beforeEach(clearKeptFeeds);
  after(clearKeptFeeds);

  it('keeps a 10,000-activity feed (7.7 MB) and shows it, marked with its date, when the server later fails', async function () {
    this.timeout(90_000);
    const src = `/faults/feed?key=${key()}&activities=10000&good=1&status=503`;
    const first = await searchOn(src);
    await waitUntil(() => /activities match/.test(count(first.search)), count(first.search), { timeout: 30000 });
    const shown = count(first.search);
    // The generated feed repeats one activity (the same name within 100 m), which is shown once.
    expect(shown).to.equal('9,999 activities match, showing 10');
    await waitUntil(async () => (await keptInCacheStorage()).includes(here('/faults/feed')), 'never kept', {
      timeout: 10000,
    });
    const stored = await (await caches.open(cacheName)).match(here('/faults/feed'));
    expect(Number(stored!.headers.get('x-linkwork-bytes'))).to.be.above(7_000_000);
    first.feed.remove();

    const again = await searchOn(src);
    await waitUntil(() => /Showing information as of/.test(shadowText(again.search)), 'the copy was not shown', {
      timeout: 30000,
    });
    expect(count(again.search)).to.equal(shown);
    expect(again.feed.store.state.feed.activities).to.have.length(9999);
    expect(again.feed.store.state.error).to.include({ status: 503 });
  });

  it('is harmless when broken: a copy whose date is not a date is deleted, and the failure is explained', async () => {
    const src = '/feeds/status/503';
    await keepBrokenCopy(src, 'not a date', '{"version":1,"activities":[]}');
    const { feed, search } = await searchOn(src);
    await waitUntil(() => feed.store.state.status === 'error', `still ${feed.store.state.status}`, { timeout: 10000 });
    await (search as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(count(search)).to.not.equal('Loading activities…');
    expect(shadowText(search)).to.contain('Sorry, this information could not be loaded just now.');
    expect(await keptInCacheStorage()).to.deep.equal([]);
  });

  it('is harmless when its bytes are not JSON', async () => {
    const src = '/feeds/status/502';
    await keepBrokenCopy(src, '2026-01-01T00:00:00Z', '{"versio');
    const { feed } = await searchOn(src);
    await waitUntil(() => feed.store.state.status === 'error', `still ${feed.store.state.status}`, { timeout: 10000 });
    expect(await keptInCacheStorage()).to.deep.equal([]);
  });

  it('keeps nothing, and forgets an earlier copy, with no-cache', async () => {
    const src = '/tests/fixtures/valid-feed.json';
    const kept = await searchOn(src);
    await waitUntil(async () => (await keptInCacheStorage()).length === 1, 'never kept', { timeout: 5000 });
    kept.feed.remove();
    const feed = await fixture<LwFeed>(html`<lw-feed src=${src} no-cache></lw-feed>`);
    await waitUntil(() => feed.store.state.status === 'ready', 'never loaded', { timeout: 5000 });
    await waitUntil(async () => (await keptInCacheStorage()).length === 0, 'the copy was kept', { timeout: 5000 });
  });
});

describe('the last good copy on pages of other kinds', () => {
  it('is moved over from localStorage the first time a page uses it, and shown when the server fails', async () => {
    const json = await (await fetch('/tests/fixtures/valid-feed.json')).json();
    localStorage.setItem(
      `${oldPrefix}/feeds/status/504`,
      JSON.stringify({ savedAt: '2025-12-01T08:00:00.000Z', json }),
    );
    // A page of its own: the localStorage code is met by a fresh copy of the library.
    const iframe = await frame(`<script type="module">
      import '/src/define/lw-feed.ts';
      import '/src/define/lw-activity-search.ts';
    </script>
    <lw-feed src="/feeds/status/504"><lw-activity-search></lw-activity-search></lw-feed>`);
    const feed = iframe.contentDocument!.querySelector('lw-feed') as LwFeed;
    await waitUntil(() => feed.store?.state.status === 'ready', 'the moved copy was not shown', { timeout: 15000 });
    expect(feed.store.state.staleSince).to.equal('2025-12-01T08:00:00.000Z');
    expect(feed.store.state.feed.activities).to.have.length(4);
    expect(Object.keys(localStorage).filter((name) => name.startsWith(oldPrefix))).to.deep.equal([]);
    expect(await keptInCacheStorage()).to.include(here('/feeds/status/504'));
    iframe.remove();
    await clearKeptFeeds();
  });

  it('is simply missing in a sandboxed frame (no storage at all), where the feed still loads without an error', async () => {
    const iframe = document.createElement('iframe');
    iframe.sandbox.add('allow-scripts');
    const answer = new Promise<{ status: string; activities: number; errors: string[] }>((resolve) =>
      window.addEventListener('message', (event) => event.source === iframe.contentWindow && resolve(event.data)),
    );
    iframe.srcdoc = `<script type="module">
      const errors = [];
      addEventListener('error', (event) => errors.push(event.message));
      addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
      await import('${here('/src/define/lw-feed.ts')}');
      const feed = document.querySelector('lw-feed');
      const started = Date.now();
      while (feed.store.state.status !== 'ready' && Date.now() - started < 10000) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      parent.postMessage({ status: feed.store.state.status, activities: feed.store.state.feed.activities.length, errors }, '*');
    </script>
    <lw-feed src="${here('/tests/fixtures/valid-feed.json')}"></lw-feed>`;
    document.body.append(iframe);
    expect(await answer).to.deep.equal({ status: 'ready', activities: 4, errors: [] });
    iframe.remove();
  });
});
