import { expect, waitUntil } from '@open-wc/testing';
import { framePage } from '../helpers/frame.js';
import { allDrawn, definedTags } from '../helpers/manifest.js';
import { shadowText } from '../helpers/shadow-text.js';

/** What each widget must show from demo/feed.json to count as working. */
const expected: Record<string, string> = {
  'lw-network-finder': 'Leeds Arts Health and Wellbeing Network',
  'lw-activity-search': 'Community garden club',
  'lw-resource-list': 'Social Prescribing Network',
  'lw-shortlist': 'Nothing on your list yet.',
  'lw-place-finder': 'Postcode',
};

describe('a page with a strict Content-Security-Policy', () => {
  let iframe: HTMLIFrameElement;
  const lateViolations: string[] = [];

  before(async () => {
    iframe = await framePage('/demo/csp.html');
    iframe.contentDocument!.addEventListener('securitypolicyviolation', (event) =>
      lateViolations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  after(() => iframe.remove());

  it('is served with the policy the README promises, the same as its meta tag', async () => {
    const response = await fetch('/demo/csp.html');
    const header = response.headers.get('content-security-policy');
    expect(header).to.include("script-src 'self'").and.include("style-src 'self'");
    const meta = iframe.contentDocument!.querySelector<HTMLMetaElement>('meta[http-equiv="Content-Security-Policy"]')!;
    expect(meta.content).to.equal(header);
  });

  it('shows every widget working', async () => {
    const win = iframe.contentWindow!;
    const feed = iframe.contentDocument!.querySelector('lw-feed') as HTMLElement & {
      store: { state: { status: string } };
    };
    await win.customElements.whenDefined('lw-feed');
    await waitUntil(() => feed.store.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
    const tags = (await definedTags()).filter((tag) => tag !== 'lw-feed');
    expect(
      tags.filter((tag) => !expected[tag]),
      'widgets with nothing to show here',
    ).to.deep.equal([]);
    for (const tag of tags) {
      const element = iframe.contentDocument!.querySelector(tag)!;
      await win.customElements.whenDefined(tag);
      await waitUntil(() => shadowText(element).includes(expected[tag]), `<${tag}> never showed “${expected[tag]}”`, {
        timeout: 5000,
      });
    }
  });

  it('reports no violations at all', async () => {
    const doc = iframe.contentDocument!;
    // The late work is done: the map's tiles failed (offline) and its outline basemap, a lazy chunk, is drawn.
    const finder = doc.querySelector('lw-network-finder')!;
    await waitUntil(
      () => finder.shadowRoot?.querySelector('path.outline, img.leaflet-tile-loaded'),
      'the map never drew',
      {
        timeout: 10000,
      },
    );
    await allDrawn(doc);
    const reported = [...doc.querySelectorAll('#violations li')].map((item) => item.textContent);
    expect(reported).to.deep.equal([]);
    expect(lateViolations).to.deep.equal([]);
    expect(doc.getElementById('violation-count')!.textContent).to.equal('No violations reported.');
  });
});
