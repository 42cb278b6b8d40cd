import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-feed.js';

/** The text a widget shows in its shadow root, once it has rendered. */
async function shownText(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<string> {
  await element.updateComplete;
  return element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('language from the nearest lang', () => {
  it('re-renders <lw-feed> in Welsh, then English, when an ancestor changes lang', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en-GB">
        <section><lw-feed src="/feeds/status/404" no-cache></lw-feed></section>
      </div>`,
    );
    const feed = page.querySelector<LwFeed>('lw-feed')!;
    await waitUntil(() => feed.shadowRoot!.querySelector('[part="status"]'), 'the error message never showed');
    expect(await shownText(feed)).to.equal('This list is not available.');

    page.lang = 'cy';
    // The Welsh words load on first use.
    await waitUntil(async () => (await shownText(feed)) === "Nid yw'r rhestr hon ar gael.", 'did not switch to Welsh', {
      timeout: 10000,
    });

    page.querySelector('section')!.setAttribute('lang', 'en');
    await waitUntil(
      async () => (await shownText(feed)) === 'This list is not available.',
      'a nearer English lang did not win',
    );
  });

  it("follows the widget's own lang over its ancestors'", async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><lw-feed lang="cy-GB" src="/feeds/status/404" no-cache></lw-feed></div>`,
    );
    const feed = page.querySelector<LwFeed>('lw-feed')!;
    await waitUntil(() => feed.shadowRoot!.querySelector('[part="status"]'));
    expect(await shownText(feed)).to.equal("Nid yw'r rhestr hon ar gael.");
    await expect(feed).to.be.accessible();
  });
});
