import { expect, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';

const tags = ['lw-network-finder', 'lw-activity-search', 'lw-resource-list'];

/** A 320 px wide page (the narrowest phone WCAG's reflow asks for) with every widget on a feed of 4,000-letter words. */
async function narrowPage(): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 320px; height: 900px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width">
    <style>body { margin: 8px; font-family: sans-serif }</style>
    <script type="module">${tags.map((tag) => `import '/src/define/${tag}.ts';`).join('')}import '/src/define/lw-feed.ts';</script>
    <lw-feed src="/faults/long-words.json" no-cache>
      <lw-network-finder tile-url=""></lw-network-finder>
      <lw-activity-search></lw-activity-search>
      <lw-resource-list></lw-resource-list>
    </lw-feed>`;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

describe('long unbroken words at 320 px', () => {
  let iframe: HTMLIFrameElement;
  before(async () => {
    iframe = await narrowPage();
    const win = iframe.contentWindow!;
    await Promise.all(['lw-feed', ...tags].map((tag) => win.customElements.whenDefined(tag)));
    const feed = iframe.contentDocument!.querySelector('lw-feed') as LwFeed;
    await waitUntil(() => feed.store.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
  });
  after(() => iframe.remove());

  const width = () => iframe.contentDocument!.documentElement.scrollWidth;

  it('wrap inside every widget, so the page stays 320 px wide', async () => {
    const doc = iframe.contentDocument!;
    const shows = { 'lw-network-finder': 'nnnn', 'lw-activity-search': 'tttt', 'lw-resource-list': 'rrrr' };
    await waitUntil(
      () =>
        Object.entries(shows).every(([tag, word]) => doc.querySelector(tag)!.shadowRoot?.textContent?.includes(word)),
      'a widget never showed the feed',
      { timeout: 5000 },
    );
    for (const tag of tags) {
      const widget = doc.querySelector(tag)!;
      expect(widget.getBoundingClientRect().width, tag).to.be.at.most(304);
      expect(widget.scrollWidth, tag).to.be.at.most(widget.clientWidth);
    }
    expect(width()).to.equal(320);
  });

  it('wrap in the details a visitor opens, too', async () => {
    const doc = iframe.contentDocument!;
    const finder = doc.querySelector('lw-network-finder')!.shadowRoot!;
    finder.querySelector<HTMLElement>('.network-button')!.click();
    await waitUntil(() => finder.querySelector('.details'), 'the network details never opened');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(finder.querySelector('.details')!.textContent).to.contain('dddd');
    for (const tag of tags) {
      const widget = doc.querySelector(tag)!;
      expect(widget.scrollWidth, tag).to.be.at.most(widget.clientWidth);
    }
    expect(width()).to.equal(320);
  });
});
