import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { openDemo } from '../helpers/demo-page.js';
import { definedTags } from '../helpers/manifest.js';

type Media = { 'prefers-color-scheme'?: 'light' | 'dark'; 'forced-colors'?: 'active' | 'none' };
const media = (features: Media) => executeServerCommand('media-features', features);

type FeedElement = HTMLElement & { store: { state: { status: string } } };

describe('demo/theming.html: the themes', function () {
  // axe over three sites of four widgets each, four times: give a busy machine time.
  this.timeout(90000);
  let page: HTMLElement;
  let sites: HTMLElement[];

  before(async () => {
    page = await openDemo('/demo/theming.html');
    sites = [...page.querySelectorAll<HTMLElement>('.site')];
    const feeds = [...page.querySelectorAll<FeedElement>('lw-feed')];
    await customElements.whenDefined('lw-feed');
    await waitUntil(() => feeds.every((feed) => feed.store.state.status === 'ready'), 'a feed never loaded', {
      timeout: 10000,
    });
    // The CDN script defines the tags a page uses: wait for each of those.
    const used = (await definedTags()).filter((tag) => page.querySelector(tag));
    await Promise.all(used.map((tag) => customElements.whenDefined(tag)));
  });
  after(() => media({}));

  it('shows a council, a museum and the default look', () => {
    expect(sites.map((site) => site.className)).to.deep.equal([
      'site site-council',
      'site site-museum',
      'site site-default',
    ]);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe, colour contrast included, in every theme when the visitor prefers ${scheme}`, async () => {
      await media({ 'prefers-color-scheme': scheme });
      expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).to.equal(true);
      const text = getComputedStyle(sites[0]).getPropertyValue('--lw-color-text').trim();
      expect(text).to.equal(scheme === 'dark' ? '#f3f2f1' : '#0b0c0c');
      for (const site of sites) await expect(site).to.be.accessible();
    });
  }

  it('passes axe in forced colours (Windows high contrast)', async () => {
    await media({ 'forced-colors': 'active', 'prefers-color-scheme': 'dark' });
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    for (const site of sites) await expect(site).to.be.accessible();
  });

  it('draws the focus ring in the system highlight colour under forced colours', async () => {
    await media({ 'forced-colors': 'active' });
    const feed = sites[0].querySelector<FeedElement>('lw-feed')!;
    const widget = [...feed.children].find((child) => child.shadowRoot?.querySelector('button, input'));
    expect(widget, 'the council theme shows no widget with a control').to.not.equal(undefined);
    const control = widget!.shadowRoot!.querySelector<HTMLElement>('button, input')!;
    control.focus({ focusVisible: true } as FocusOptions);
    const outline = getComputedStyle(control).outlineColor;
    const highlight = (() => {
      const probe = document.body.appendChild(
        Object.assign(document.createElement('span'), { style: 'color: Highlight' }),
      );
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    })();
    expect(outline).to.equal(highlight);
  });
});
