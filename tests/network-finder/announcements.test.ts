import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { feedUrl, FinderHarness } from './harness.js';

describe('<lw-network-finder>: status, landmarks and Escape', () => {
  it('has its status in the accessibility tree before it speaks, and says the answer once', async () => {
    const finder = await FinderHarness.open();
    expect(finder.status()).to.equal('');
    expect(finder.statusIsInTree(), 'the empty status is hidden from the accessibility tree').to.equal(true);
    const said = finder.listenToStatus();
    await finder.findPostcode('SW1A 1AA');
    await waitUntil(() => finder.status() === '3 networks cover SW1A 1AA', finder.status());
    // Let everything that follows (the map's move, the answer) settle: nothing more is said.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(said).to.deep.equal(['3 networks cover SW1A 1AA']);
    await expect(finder.element).to.be.accessible();
  });

  it('is one landmark, named, in English and Welsh, with the answer and an open network shown', async () => {
    const finder = await FinderHarness.open();
    await finder.findPostcode('SW1A 1AA');
    await waitUntil(() => finder.answer() !== '', 'no answer');
    await finder.chooseInList('leeds');
    expect(finder.landmarks()).to.deep.equal(['region "Find an arts and health network"']);
  });

  it('in Welsh, is one landmark named in Welsh', async () => {
    const welsh = await FinderHarness.open({ lang: 'cy' });
    expect(welsh.landmarks()).to.deep.equal(['region "Dod o hyd i rwydwaith celfyddydau ac iechyd"']);
  });

  it('closes an open network’s details with Escape, focus back on its button', async () => {
    const finder = await FinderHarness.open();
    await finder.pressInList('westminster');
    expect(finder.isOpen('westminster')).to.equal(true);
    await finder.press('Escape');
    await waitUntil(() => !finder.isOpen('westminster'), 'Escape left the details open');
    expect(finder.details()).to.equal('');
    expect(finder.focused()).to.equal('westminster');
    await expect(finder.element).to.be.accessible();
  });

  it('says nothing for a place found by another widget: that widget announces it', async () => {
    const feed = await fixture<LwFeed>(
      html`<lw-feed src=${feedUrl} no-cache><lw-network-finder tile-url=""></lw-network-finder></lw-feed>`,
    );
    feed.geocoder = postcodesIo('/geocoder');
    const finder = new FinderHarness(feed.querySelector('lw-network-finder')!);
    await waitUntil(() => finder.listNames().length > 0, 'no list', { timeout: 10000 });
    const said = finder.listenToStatus();
    feed.store.setPlace({ lat: 51.501, lng: -0.1416, label: 'SW1A 1AA', source: 'postcode' });
    await waitUntil(() => finder.answer().startsWith('Networks for SW1A 1AA'), finder.answer());
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(said).to.deep.equal([]);
    expect(finder.statusIsInTree()).to.equal(true);
  });
});
