// Nothing below a widget moves while it loads (issue 14): the CDN script keeps room for each widget before its
// code arrives, and the loading state keeps the same room, so the page's next heading is already out of sight.
import { expect, waitUntil } from '@open-wc/testing';
import { frame } from '../helpers/frame.js';
import { shadowText } from '../helpers/shadow-text.js';

const script = '<script type="module" src="/dist/cdn/linkwork.js"></script>';
let key = 0;
/** A feed that answers after `delay` ms, so the loading state stays on screen that long. */
const slowFeed = (delay: number) => `/faults/feed?key=room-${Date.now()}-${key++}&activities=30&delay=${delay}`;
/** Records every layout shift of the frame's page from its first frame on. */
const shiftWatcher = `<script>window.__shifts = [];
new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => ({ value: e.value, page: e.sources.some((s) => s.node && s.node.getRootNode() === document && !s.node.localName?.startsWith('lw-')), moved: e.sources.map((s) => (s.node?.id || s.node?.className || s.node?.nodeName) + ' ' + (s.node?.textContent || '').slice(0, 30) + ' x ' + s.previousRect.x + '→' + s.currentRect.x + ' w ' + s.previousRect.width + '→' + s.currentRect.width + ' y ' + s.previousRect.y + '→' + s.currentRect.y + ' h ' + s.previousRect.height + '→' + s.currentRect.height) })))).observe({ type: 'layout-shift', buffered: true });</script>`;

function page(widget: string, style = '') {
  return `<!doctype html><html lang="en"><head>${shiftWatcher}${script.replace('<script ', '<script blocking="render" ')}<style>body { margin: 0; } ${style}</style></head><body><h1>Page</h1><p>Before.</p>${widget}<h2 id="after">After the widget</h2></body></html>`;
}

const after = (iframe: HTMLIFrameElement) => iframe.contentDocument!.getElementById('after')!.getBoundingClientRect();
const shifts = (iframe: HTMLIFrameElement) =>
  (iframe.contentWindow as unknown as { __shifts: { value: number; page: boolean; moved: string[] }[] }).__shifts;

describe('loading room: the page does not jump while a widget loads (CDN build)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  // The finder's own list column moves one line of its text sideways as its networks arrive (a shift of under 0.001,
  // inside the widget): for it, only the page's own elements are checked.
  for (const [tag, loaded, nothingMoves] of [
    ['lw-activity-search', /activities match/, true],
    ['lw-resource-list', /resource/i, true],
    ['lw-network-finder', /network/i, false],
  ] as const) {
    it(`<${tag}> keeps one screen of room while loading, and nothing it pushes was in sight`, async () => {
      const iframe = await frame(page(`<${tag} src="${slowFeed(1500)}"></${tag}>`));
      const widget = iframe.contentDocument!.querySelector(tag)!;
      const height = iframe.contentWindow!.innerHeight;
      // Before and after its code arrives, and while the feed loads, the heading below is out of sight.
      expect(after(iframe).top, 'room before the widget was defined').to.be.at.least(height);
      await iframe.contentWindow!.customElements.whenDefined(tag);
      await waitUntil(() => widget.shadowRoot?.querySelector('.skeleton'), 'no loading state', { timeout: 10000 });
      expect(after(iframe).top, 'room while the feed loads').to.be.at.least(height);
      await waitUntil(
        () => loaded.test(shadowText(widget)) && !widget.shadowRoot!.querySelector('.skeleton'),
        `${tag} never showed the feed`,
        {
          timeout: 15000,
        },
      );
      const seen = JSON.stringify(shifts(iframe));
      expect(
        shifts(iframe).filter((shift) => shift.page),
        `the page's own elements moved: ${seen}`,
      ).to.deep.equal([]);
      if (nothingMoves)
        expect(
          shifts(iframe).reduce((sum, shift) => sum + shift.value, 0),
          `layout shift seen by the visitor: ${seen}`,
        ).to.equal(0);
    });
  }

  it('keeps the room the page asks for with --lw-loading-height', async () => {
    const iframe = await frame(
      page(
        `<lw-activity-search src="${slowFeed(1500)}"></lw-activity-search>`,
        'lw-activity-search { --lw-loading-height: 120px; }',
      ),
    );
    const widget = iframe.contentDocument!.querySelector('lw-activity-search')!;
    expect(widget.getBoundingClientRect().height, 'before the widget is defined').to.equal(120);
    await iframe.contentWindow!.customElements.whenDefined('lw-activity-search');
    await waitUntil(() => widget.shadowRoot?.querySelector('.skeleton'), 'no loading state', { timeout: 10000 });
    // The loading state is taller than 120px (the search box and the skeleton cards): it is never cut short.
    expect(widget.getBoundingClientRect().height).to.be.above(120);
  });
});

/** The README's "Webmasters: paste this" snippet, as a webmaster copies it. */
async function readmeSnippet(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const section = readme.slice(readme.indexOf('### Webmasters: paste this'));
  return /```html\n([\s\S]*?)```/.exec(section)![1].replace(/^ {3}/gm, '');
}

describe("loading room: the README's snippet keeps the page still from its first frame", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('holds the first frame until the script has kept room, so nothing on the page moves when it arrives late', async () => {
    // The script comes 800 ms after the page, as on a slow phone line; the feed later still.
    const snippet = (await readmeSnippet())
      .replace('https://cdn.jsdelivr.net/npm/linkwork@0/dist/cdn/linkwork.js', '/late-script?ms=800')
      .replace('/data/arts-health.json', slowFeed(1500));
    expect(snippet, 'the snippet was not recognised').to.include('/late-script?ms=800');
    // As the README says: the first line in the page's <head>, the rest where the widgets should appear.
    const [script, ...widgets] = snippet.split('\n');
    const iframe = await frame(
      `<!doctype html><html lang="en"><head>${shiftWatcher}${script}<style>body { margin: 0; }</style></head><body><h1>Page</h1><p>Before.</p>${widgets.join('\n')}<h2 id="after">After the widgets</h2></body></html>`,
    );
    const search = iframe.contentDocument!.querySelector('lw-activity-search')!;
    await waitUntil(() => /activities match/.test(shadowText(search)), 'the search never showed the feed', {
      timeout: 15000,
    });
    const moved = shifts(iframe).filter((shift) => shift.page);
    expect(moved, `the page's own elements moved: ${JSON.stringify(moved)}`).to.deep.equal([]);
  });

  it('is the script tag the embed builder and the bench pages give', async () => {
    const tag = '<script type="module" blocking="render" src=';
    expect(await readmeSnippet()).to.include(tag);
    for (const page of ['/demo/bench/three-widgets.html', '/demo/bench/search-only.html'])
      expect(await (await fetch(page)).text(), page).to.include(tag);
    expect(await (await fetch('/demo/embed.js')).text()).to.include('<script type="module" blocking="render" src=');
  });
});
