import { expect, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import type { LwShortlist } from '../../src/components/shortlist/shortlist.js';
import { openDemo } from '../helpers/demo-page.js';
import { frame } from '../helpers/frame.js';
import { all, forgetLists, one, text, titles } from './fixture.js';

/** The policy demo/csp.html is served under (tests/server/embed.mjs), as a meta tag. */
const strictPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self' https://api.postcodes.io";

describe('<lw-shortlist> on a page', () => {
  beforeEach(forgetLists);
  afterEach(() => {
    forgetLists();
    document.querySelectorAll('iframe, main').forEach((element) => element.remove());
  });

  it('shows, shares and prints under a strict Content-Security-Policy without breaking it', async function () {
    this.timeout(60_000);
    const iframe = await frame(
      `<meta http-equiv="Content-Security-Policy" content="${strictPolicy}">` +
        '<script type="module" src="/dist/cdn/linkwork.js"></script>' +
        '<lw-feed src="/demo/feed.json" no-cache><lw-shortlist></lw-shortlist></lw-feed>',
    );
    const violations: string[] = [];
    iframe.contentDocument!.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
    const win = iframe.contentWindow!;
    await Promise.all(['lw-feed', 'lw-shortlist'].map((tag) => win.customElements.whenDefined(tag)));
    const feed = iframe.contentDocument!.querySelector('lw-feed') as LwFeed;
    const list = iframe.contentDocument!.querySelector('lw-shortlist') as LwShortlist;
    await waitUntil(() => feed.store.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
    feed.store.save('sport-exeter-7');
    feed.store.save('arts-leeds-25');
    await list.updateComplete;
    const button = (name: string) => all(list, 'button').find((each) => text(each).startsWith(name))!;
    button('Show QR code').click();
    await waitUntil(() => one(list, '#qr-code svg'), 'no QR code', { timeout: 5000 });
    button('Add to calendar').click();
    button('Print this list').click();
    await waitUntil(() => list.shadowRoot!.querySelector('iframe.print-frame'), 'nothing printed', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(titles(list)).to.deep.equal(['Walking football', 'Creative writing circle']);
    expect(violations).to.deep.equal([]);
  });

  it('demo/link-worker.html: search, map and list side by side; choosing an activity adds it', async function () {
    this.timeout(60_000);
    const main = await openDemo('/demo/link-worker.html');
    await import('/demo/link-worker.js' as string);
    const feed = main.querySelector('lw-feed') as LwFeed;
    await waitUntil(() => feed.store?.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
    const search = main.querySelector('lw-activity-search')!;
    const list = main.querySelector('lw-shortlist') as LwShortlist;
    await customElements.whenDefined('lw-shortlist');
    await waitUntil(() => search.shadowRoot?.querySelector('[part="title"]'), 'no results', { timeout: 10000 });
    const first = search.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!;
    first.click();
    await waitUntil(() => titles(list).length === 1, 'nothing was added', { timeout: 5000 });
    expect(titles(list)).to.deep.equal([text(first)]);
    expect(main.querySelector('lw-network-finder')).to.exist;
    await expect(list).to.be.accessible();
  });
});
