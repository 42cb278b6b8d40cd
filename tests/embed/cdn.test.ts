import { expect, waitUntil } from '@open-wc/testing';
import { frame, requestedUrls } from '../helpers/frame.js';
import { allDrawn, definedTags } from '../helpers/manifest.js';

const script = '<script type="module" src="/dist/cdn/linkwork.js"></script>';
const feed = '<lw-feed src="/tests/fixtures/valid-feed.json" no-cache>';

/** The text of every script the frame loaded. */
async function loadedScripts(iframe: HTMLIFrameElement): Promise<string[]> {
  const scripts = requestedUrls(iframe).filter((url) => url.endsWith('.js'));
  return Promise.all(scripts.map(async (url) => (await fetch(url)).text()));
}

describe('the CDN script', () => {
  let tags: string[];
  before(async () => {
    tags = await definedTags();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('defines each tag on the page, loading only that tag', async () => {
    const iframe = await frame(`${script}${feed}</lw-feed>`);
    const { customElements } = iframe.contentWindow!;
    await customElements.whenDefined('lw-feed');
    const others = tags.filter((tag) => tag !== 'lw-feed');
    expect(others.filter((tag) => customElements.get(tag))).to.deep.equal([]);

    // A tag added later is defined when it appears.
    for (const tag of others)
      iframe.contentDocument!.querySelector('lw-feed')!.append(iframe.contentDocument!.createElement(tag));
    await Promise.all(others.map((tag) => customElements.whenDefined(tag)));
  });

  it('can be on the page twice, as two separate copies, without an error', async () => {
    const errors: string[] = [];
    // Listen first, then add both copies and every tag, so nothing they do can go unheard.
    const iframe = await frame('<main></main>');
    const win = iframe.contentWindow! as Window & typeof globalThis;
    const doc = iframe.contentDocument!;
    win.addEventListener('error', (event) => errors.push(event.message));
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    const consoleError = win.console.error;
    win.console.error = (...args: unknown[]) => (errors.push(args.join(' ')), consoleError(...args));
    // A module script's load event comes once it has run: then both copies watch the page.
    await Promise.all(
      ['/dist/cdn/linkwork.js', '/second-copy/dist/cdn/linkwork.js'].map((src) => {
        const copy = Object.assign(doc.createElement('script'), { type: 'module', src });
        const ran = new Promise((resolve) => copy.addEventListener('load', resolve, { once: true }));
        doc.head.append(copy);
        return ran;
      }),
    );
    // Each copy sees the tags appear at once, and both define them.
    doc.querySelector('main')!.innerHTML = `${feed}${tags.map((tag) => `<${tag}></${tag}>`).join('')}</lw-feed>`;
    await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
    await waitUntil(
      () => requestedUrls(iframe).some((url) => url.includes('/second-copy/dist/cdn/lw-')),
      'the second copy never loaded its chunks',
    );
    const feedElement = doc.querySelector('lw-feed') as HTMLElement & { store: { state: { status: string } } };
    await waitUntil(() => feedElement.store.state.status === 'ready', 'the feed never loaded');
    await allDrawn(doc);
    expect(errors).to.deep.equal([]);
  });

  it('never fetches Leaflet (or tiles) on a page without the map', async () => {
    const withoutMap = tags.filter((tag) => tag !== 'lw-network-finder' && tag !== 'lw-feed');
    const iframe = await frame(`${script}${feed}${withoutMap.map((tag) => `<${tag}></${tag}>`).join('')}</lw-feed>`);
    await Promise.all(['lw-feed', ...withoutMap].map((tag) => iframe.contentWindow!.customElements.whenDefined(tag)));
    const feedElement = iframe.contentDocument!.querySelector('lw-feed') as HTMLElement & {
      store: { state: { status: string } };
    };
    // Once the feed is in and every widget has drawn it, all a page without the map needs has arrived.
    await waitUntil(() => feedElement.store.state.status === 'ready', 'the feed never loaded');
    await allDrawn(iframe.contentDocument!);
    const scripts = await loadedScripts(iframe);
    expect(scripts.length).to.be.greaterThan(1);
    expect(scripts.filter((text) => text.includes('leaflet-')).length).to.equal(0);
    expect(requestedUrls(iframe).filter((url) => /tile|leaflet/i.test(url))).to.deep.equal([]);
  });

  it('on a Welsh page, never draws a widget in English, even when the Welsh words come late', async () => {
    // Before the script: what the widgets show in each frame, as a visitor would see it.
    const watcher = `<script>window.__shown = [];
      const look = () => {
        for (const widget of document.querySelectorAll('lw-activity-search, lw-resource-list'))
          if (widget.shadowRoot?.textContent.trim()) window.__shown.push(widget.shadowRoot.textContent.replace(/\\s+/g, ' '));
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);</script>`;
    const iframe = await frame(
      `<html lang="cy"><head>${watcher}<script type="module" src="/slow-welsh/dist/cdn/linkwork.js"></script></head><body>${feed}<lw-activity-search></lw-activity-search><lw-resource-list></lw-resource-list></lw-feed></body></html>`,
    );
    const win = iframe.contentWindow! as Window & typeof globalThis & { __shown: string[] };
    await Promise.all(['lw-activity-search', 'lw-resource-list'].map((tag) => win.customElements.whenDefined(tag)));
    const feedElement = iframe.contentDocument!.querySelector('lw-feed') as HTMLElement & {
      store: { state: { status: string } };
    };
    await waitUntil(() => feedElement.store.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
    await allDrawn(iframe.contentDocument!);
    await new Promise((resolve) => win.requestAnimationFrame(resolve));
    expect(
      win.__shown.some((text) => /Chwilio/.test(text)),
      'never drawn in Welsh',
    ).to.equal(true);
    expect(win.__shown.filter((text) => /Loading|Search|Filters|activities match/.test(text))).to.deep.equal([]);
  });

  it('fetches Leaflet once the map is on the page (so the check above can fail)', async () => {
    const iframe = await frame(`${script}${feed}<lw-network-finder></lw-network-finder></lw-feed>`);
    await iframe.contentWindow!.customElements.whenDefined('lw-network-finder');
    await waitUntil(
      async () => (await loadedScripts(iframe)).some((text) => text.includes('leaflet-')),
      'Leaflet never loaded',
      { timeout: 5000 },
    );
  });
});
