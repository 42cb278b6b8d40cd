// The CDN build's lazy parts: a page without a feature never requests its code, and a page with it works.
// Each check is made on the built files (dist/cdn/) as a browser loads them, so a part bundled back into a
// chunk every page loads fails here.
import { expect, waitUntil } from '@open-wc/testing';
import { frame, requestedUrls } from '../helpers/frame.js';

const script = '<script type="module" src="/dist/cdn/linkwork.js"></script>';
const feed = (children: string, attributes = 'src="/tests/fixtures/valid-feed.json"') =>
  `${script}<lw-feed ${attributes} no-cache>${children}</lw-feed>`;

type FeedElement = HTMLElement & { store: { state: { status: string; remote?: unknown }; setQuery(q: string): void } };

/** The page's scripts from dist/cdn/, by name, with their text. */
async function scripts(iframe: HTMLIFrameElement): Promise<Map<string, string>> {
  const urls = requestedUrls(iframe).filter((url) => /\/dist\/cdn\/.+\.js$/.test(url));
  const texts = await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
  return new Map(urls.map((url, i) => [url.replace(/^.*\/dist\/cdn\//, ''), texts[i]!]));
}

const holding = async (iframe: HTMLIFrameElement, words: string) =>
  [...(await scripts(iframe)).entries()].filter(([, text]) => text.includes(words)).map(([name]) => name);

/** Opens `html` and waits until the feed is in and every widget has drawn it. */
async function shown(html: string, tags: string[]): Promise<HTMLIFrameElement> {
  const iframe = await frame(html);
  const win = iframe.contentWindow!;
  await Promise.all(['lw-feed', ...tags].map((tag) => win.customElements.whenDefined(tag)));
  const element = iframe.contentDocument!.querySelector<FeedElement>('lw-feed')!;
  await waitUntil(() => element.store.state.status !== 'loading', 'the feed never loaded', { timeout: 10000 });
  const { status, error } = element.store.state as { status: string; error?: Error };
  expect({ status, error: error?.message }).to.deep.equal({ status: 'ready', error: undefined });
  for (const tag of tags)
    await waitUntil(
      () => {
        const root = iframe.contentDocument!.querySelector(tag)?.shadowRoot;
        return !!root?.childElementCount && !/Loading|Llwytho/.test(root.textContent ?? '');
      },
      `<${tag}> never showed the feed`,
      { timeout: 10000 },
    );
  return iframe;
}

const text = (iframe: HTMLIFrameElement, tag: string) =>
  (iframe.contentDocument?.querySelector(tag)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('lazy parts of the CDN build', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('a search page never requests remote search, nor the map’s or the resource list’s words', async () => {
    const iframe = await shown(feed('<lw-activity-search></lw-activity-search>'), ['lw-activity-search']);
    const names = [...(await scripts(iframe)).keys()];
    expect(names.filter((name) => name.startsWith('remote-search-'))).to.deep.equal([]);
    expect(await holding(iframe, 'Skip the map')).to.deep.equal([]);
    expect(await holding(iframe, 'Filter by type and audience')).to.deep.equal([]);
    expect(text(iframe, 'lw-activity-search')).to.include('activities match');
  });

  it('a page with search="remote" loads remote search and asks the directory', async () => {
    const session = `lazy${Date.now().toString(36)}`;
    // A relative address, in a srcdoc frame (whose location is about:srcdoc): read against the document's base, as
    // fetch reads it.
    const attributes = `src="/oruk-api/${session}/3.0/services" format="openreferral" search="remote"`;
    const iframe = await shown(feed('<lw-activity-search></lw-activity-search>', attributes), ['lw-activity-search']);
    const element = iframe.contentDocument!.querySelector<FeedElement>('lw-feed')!;
    await waitUntil(() => element.store.state.remote, 'remote search never started', { timeout: 10000 });
    expect([...(await scripts(iframe)).keys()].some((name) => name.startsWith('remote-search-'))).to.equal(true);
    element.store.setQuery('walking');
    const asked = async () =>
      ((await (await fetch(`/oruk-api/${session}/log`)).json()) as string[]).filter((r) => /search=walking/.test(r));
    await waitUntil(async () => (await asked()).length > 0, 'the directory was never asked', { timeout: 10000 });
  });

  it('the map and the resource list bring their own English words', async () => {
    const iframe = await shown(feed('<lw-network-finder></lw-network-finder><lw-resource-list></lw-resource-list>'), [
      'lw-network-finder',
      'lw-resource-list',
    ]);
    expect(await holding(iframe, 'Skip the map')).to.have.length(1);
    expect(text(iframe, 'lw-network-finder')).to.include('Skip the map');
    expect(text(iframe, 'lw-resource-list')).to.include('Search resources');
  });

  it('on a Welsh page the map and the resource list speak Welsh', async () => {
    const iframe = await shown(
      `<div lang="cy">${feed('<lw-network-finder></lw-network-finder><lw-resource-list></lw-resource-list>')}</div>`,
      ['lw-network-finder', 'lw-resource-list'],
    );
    await waitUntil(
      () =>
        text(iframe, 'lw-network-finder').includes('Neidio heibio’r map') &&
        text(iframe, 'lw-resource-list').includes('Chwilio adnoddau'),
      'the widgets never spoke Welsh',
      { timeout: 10000 },
    );
    expect(text(iframe, 'lw-network-finder')).not.to.include('Skip the map');
  });
});
