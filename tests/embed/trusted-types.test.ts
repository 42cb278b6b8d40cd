import { expect, waitUntil } from '@open-wc/testing';
import { framePage } from '../helpers/frame.js';
import { shadowText } from '../helpers/shadow-text.js';

type FeedElement = HTMLElement & { store: { state: { status: string } } };

describe('a page that requires Trusted Types', () => {
  let iframe: HTMLIFrameElement;
  const violations: string[] = [];

  before(async () => {
    iframe = await framePage('/demo/trusted-types.html');
    iframe.contentDocument!.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.sample}`),
    );
    const win = iframe.contentWindow!;
    await Promise.all(
      ['lw-feed', 'lw-network-finder', 'lw-activity-search', 'lw-resource-list'].map((tag) =>
        win.customElements.whenDefined(tag),
      ),
    );
    const feed = iframe.contentDocument!.querySelector('lw-feed') as FeedElement;
    await waitUntil(() => feed.store.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
  });
  after(() => iframe.remove());

  const widget = (tag: string) => iframe.contentDocument!.querySelector(tag)!;

  it('is served with the policy the README gives, the same as its meta tag', async () => {
    const header = (await fetch('/demo/trusted-types.html')).headers.get('content-security-policy');
    expect(header)
      .to.contain("require-trusted-types-for 'script'")
      .and.contain("trusted-types lit-html 'allow-duplicates'");
    const meta = iframe.contentDocument!.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')!;
    expect(meta.content).to.equal(header);
  });

  it('has a network finder that says the map cannot load under this policy, with no map box', async () => {
    const finder = widget('lw-network-finder');
    await waitUntil(() => /cannot load/.test(shadowText(finder)), 'the finder never said why', { timeout: 5000 });
    expect(shadowText(finder)).to.contain(
      "The map cannot load under this page's security policy (Trusted Types). Every network is in the list below.",
    );
    const column = finder.shadowRoot!.querySelector<HTMLElement>('.map-column')!;
    expect(getComputedStyle(column).display).to.equal('none');
    expect(finder.shadowRoot!.querySelector('.leaflet-container')).to.equal(null);
  });

  it('still lists every network, and chooses one from the list', async () => {
    const finder = widget('lw-network-finder').shadowRoot!;
    const names = [...finder.querySelectorAll('.network-button .network-name')].map((name) => name.textContent);
    expect(names).to.include('Leeds Arts Health and Wellbeing Network (sample)');
    finder.querySelector<HTMLElement>('.network-button')!.click();
    await waitUntil(() => finder.querySelector('.details'), 'choosing a network did nothing');
  });

  it('has a search and a resource list that work as usual', async () => {
    await waitUntil(() => shadowText(widget('lw-activity-search')).includes('Community garden club'), 'no search');
    await waitUntil(() => shadowText(widget('lw-resource-list')).includes('Social Prescribing Network'), 'no list');
  });

  it('breaks the policy only where Leaflet tries to, and says so in the page', async () => {
    const reported = [...iframe.contentDocument!.querySelectorAll('#violations li')].map((item) => item.textContent!);
    // Once for the header and once for the meta tag, each a policy of its own: both at Leaflet's first innerHTML.
    expect(reported.length).to.be.within(1, 2);
    for (const line of reported)
      expect(line).to.match(/^require-trusted-types-for: trusted-types-sink \(.*map-controller/);
    for (const line of violations) expect(line).to.equal('require-trusted-types-for Element innerHTML|<svg/>');
  });
});
