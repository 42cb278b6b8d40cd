import { expect, waitUntil } from '@open-wc/testing';
import type { LwNetworkFinder } from '../../src/components/network-finder/network-finder.js';
import { frame, requestedUrls } from '../helpers/frame.js';
import { shadowText } from '../helpers/shadow-text.js';
import { FinderHarness } from './harness.js';

const script = '<script type="module" src="/dist/cdn/linkwork.js"></script>';
const feed = (widgets: string) =>
  `${script}<lw-feed src="/tests/fixtures/networks-feed.json" no-cache>${widgets}</lw-feed>`;
const requested = (iframe: HTMLIFrameElement, chunk: RegExp) => requestedUrls(iframe).some((url) => chunk.test(url));
const mapChunk = /\/lw-network-finder-[\w-]+\.js$/;
const outlineChunk = /\/basemap-[\w-]+\.js$/;
const activitiesChunk = /\/activity-layer-[\w-]+\.js$/;
const leafletChunk = /\/map-controller-[\w-]+\.js$/;

/** A page's finder, once it shows the feed's networks. */
async function finderIn(iframe: HTMLIFrameElement): Promise<FinderHarness> {
  await iframe.contentWindow!.customElements.whenDefined('lw-network-finder');
  const finder = new FinderHarness(iframe.contentDocument!.querySelector('lw-network-finder')! as LwNetworkFinder);
  await waitUntil(
    () => finder.listNames().includes('Westminster Arts on Prescription'),
    'the finder never showed its networks',
    { timeout: 10000 },
  );
  return finder;
}

describe('<lw-network-finder>: what a page downloads (the CDN build)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((iframe) => iframe.remove()));

  it('a page without the map downloads no Leaflet and no map code at all', async () => {
    const iframe = await frame(feed('<lw-activity-search></lw-activity-search>'));
    await iframe.contentWindow!.customElements.whenDefined('lw-activity-search');
    // Once the search shows the feed, everything the page needs has arrived.
    const search = iframe.contentDocument!.querySelector('lw-activity-search')!;
    await waitUntil(() => /activities match/.test(shadowText(search)), 'the search never showed the feed', {
      timeout: 10000,
    });
    expect(
      requestedUrls(iframe).filter((url) => /leaflet|lw-network-finder|basemap|activity-layer|\/tiles\//.test(url)),
    ).to.deep.equal([]);
  });

  it('with tiles that load, the map never downloads the outline basemap or the activities code', async () => {
    const iframe = await frame(feed('<lw-network-finder tile-url="/tiles/{z}/{x}/{y}.png"></lw-network-finder>'));
    const finder = await finderIn(iframe);
    await finder.mapLoaded();
    // Every tile in view has loaded: had one failed, the outline would be on its way.
    await waitUntil(
      () => finder.tilesShown() > 0 && finder.tilesLoaded() === finder.tilesShown(),
      'the tiles never all loaded',
      { timeout: 10000 },
    );
    expect(requested(iframe, mapChunk)).to.equal(true);
    expect(requested(iframe, outlineChunk)).to.equal(false);
    expect(requested(iframe, activitiesChunk)).to.equal(false);
    expect(finder.hasOutline()).to.equal(false);
  });

  it('without tiles it downloads the outline; with activities shown, their code', async () => {
    const iframe = await frame(feed('<lw-network-finder tile-url="" show="networks activities"></lw-network-finder>'));
    const finder = await finderIn(iframe);
    await waitUntil(
      () => finder.hasOutline() && finder.markers('cluster').length + finder.markers('activity').length > 0,
      'no outline or activities drawn',
    );
    expect(requested(iframe, outlineChunk)).to.equal(true);
    expect(requested(iframe, activitiesChunk)).to.equal(true);
  });

  it('loads Leaflet only once the finder comes near the viewport; its list works before', async () => {
    const iframe = await frame(
      feed('<div style="height: 3000px"></div><lw-network-finder tile-url=""></lw-network-finder>'),
    );
    const finder = await finderIn(iframe);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(requested(iframe, leafletChunk), 'Leaflet loaded out of sight').to.equal(false);
    expect(finder.mapPanes()).to.equal(0);
    await finder.chooseInList('leeds');
    expect(finder.isOpen('leeds')).to.equal(true);
    iframe.contentDocument!.querySelector('lw-network-finder')!.scrollIntoView();
    await waitUntil(() => finder.mapPanes() > 0, 'the map never loaded in view', { timeout: 10000 });
    expect(requested(iframe, leafletChunk)).to.equal(true);
    // The choice made before the map was there is shown on it.
    await waitUntil(() => finder.markerIsChosen('Leeds'), 'the map did not show the network chosen before');
  });
});
