import { expect, waitUntil } from '@open-wc/testing';
import { frame } from '../helpers/frame.js';
import { indexedDbExists, keptInCacheStorage } from '../helpers/kept-feeds.js';
import { allDrawn, definedTags } from '../helpers/manifest.js';

/** Globals a page has with no Linkwork on it, to compare against. */
async function baselineGlobals(): Promise<Set<string>> {
  const iframe = await frame('<p>nothing here</p>');
  const names = new Set(Object.getOwnPropertyNames(iframe.contentWindow!));
  iframe.remove();
  return names;
}

/** A page with the CDN script and every widget, resolved when its feed is in. */
async function pageWithWidgets(feedAttributes: string): Promise<HTMLIFrameElement> {
  const tags = (await definedTags()).filter((tag) => tag !== 'lw-feed');
  const widgets = tags.map((tag) => `<${tag}></${tag}>`).join('');
  const iframe = await frame(
    `<script type="module" src="/dist/cdn/linkwork.js"></script><lw-feed ${feedAttributes}>${widgets}</lw-feed>`,
  );
  await iframe.contentWindow!.customElements.whenDefined('lw-feed');
  const feed = iframe.contentDocument!.querySelector('lw-feed') as HTMLElement & {
    store: { state: { status: string } };
  };
  await waitUntil(() => feed.store.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
  await Promise.all(tags.map((tag) => iframe.contentWindow!.customElements.whenDefined(tag)));
  await allDrawn(iframe.contentDocument!);
  return iframe;
}

describe('what an embed leaves on the host page', () => {
  beforeEach(async () => {
    localStorage.clear();
    for (const name of await caches.keys()) await caches.delete(name);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('adds no globals of its own (only its libraries’ bookkeeping), and sets no cookies', async () => {
    const before = await baselineGlobals();
    const iframe = await pageWithWidgets('src="/tests/fixtures/valid-feed.json"');
    const added = Object.getOwnPropertyNames(iframe.contentWindow!).filter((name) => !before.has(name));
    // Lit keeps its versions and decorator metadata on globalThis, and zod its configuration and schema
    // registry, so that copies can share them; neither can be told not to. Anything else is ours, and a bug.
    const libraries =
      /^(litHtmlVersions|litElementVersions|reactiveElementVersions|litPropertyMetadata|__zod_globalConfig|__zod_globalRegistry)$/;
    expect(added.filter((name) => !libraries.test(name))).to.deep.equal([]);
    expect(iframe.contentDocument!.cookie).to.equal('');
  });

  it('keeps only the last good feed, in Cache Storage under linkwork-feeds, and nothing in localStorage', async () => {
    await pageWithWidgets('src="/tests/fixtures/valid-feed.json"');
    await waitUntil(async () => (await keptInCacheStorage()).length > 0, 'the feed was never kept', { timeout: 5000 });
    expect(await caches.keys()).to.deep.equal(['linkwork-feeds']);
    expect(await keptInCacheStorage()).to.deep.equal([new URL('/tests/fixtures/valid-feed.json', location.href).href]);
    expect(await indexedDbExists()).to.equal(false);
    expect(Object.keys(localStorage)).to.deep.equal([]);
  });

  it('keeps nothing at all with no-cache', async () => {
    // A copy is kept before the store hears the feed is in: once it is ready, there is nothing left to wait for.
    await pageWithWidgets('src="/tests/fixtures/valid-feed.json" no-cache');
    // Nothing is written later either: a short settling window, since an absence has no event to wait for.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await caches.keys()).to.deep.equal([]);
    expect(await indexedDbExists()).to.equal(false);
    expect(Object.keys(localStorage)).to.deep.equal([]);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });
});
