import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwNetworkFinder } from '../../src/components/network-finder/network-finder.js';
import { feedUrl, FinderHarness } from './harness.js';

/** A finder with tiles from `tileUrl` and the credit "© Test Tiles" linking to `creditUrl`. */
async function withCredit(tileUrl: string, creditUrl: string): Promise<FinderHarness> {
  const element = await fixture<LwNetworkFinder>(
    html`<lw-network-finder
      src=${feedUrl}
      no-cache
      tile-url=${tileUrl}
      tile-attribution="© Test Tiles"
      tile-attribution-url=${creditUrl}
    ></lw-network-finder>`,
  );
  return new FinderHarness(element);
}

describe('<lw-network-finder>: rendering', () => {
  it('draws markers and coverage areas inside its shadow root, with Leaflet’s CSS applied', async () => {
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4, 'markers never drew');
    // Most local first, then by name: the same order as the list, so Tab goes through them alike.
    expect(finder.markers()).to.deep.equal([
      'Leeds Arts & Health (Local network)',
      'Westminster Arts on Prescription (Local network)',
      'London Arts in Health Test Forum (Regional network)',
      'North East Test Network (Regional network)',
    ]);
    expect(finder.listNames()).to.deep.equal([
      'Leeds Arts & Health',
      'Westminster Arts on Prescription',
      'London Arts in Health Test Forum',
      'North East Test Network',
      'National Test Alliance',
    ]);
    // National networks are listed, not drawn: four areas for the four local and regional networks.
    expect(finder.areas()).to.equal(4);
    expect(finder.areas('local')).to.equal(2);
    expect(finder.leafletStylesApply()).to.equal(true);
    // Markers are buttons with their names, focusable in order.
    expect(finder.markersAreButtons()).to.equal(true);
    await expect(finder.element).to.be.accessible();
  });

  it('shows a feed name and description holding HTML as plain text, never as markup', async () => {
    const finder = await FinderHarness.open();
    await finder.chooseInList('leeds');
    expect(finder.detailsParagraphs()).to.deep.equal(['Described in markup.']);
    expect(finder.elementsFromFeedMarkup()).to.equal(0);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('draws the outline basemap when there are no tiles, and keeps the markers usable', async () => {
    const finder = await FinderHarness.open({ tileUrl: '' });
    await waitUntil(() => finder.hasOutline(), 'no outline');
    expect(finder.tilesShown()).to.equal(0);
    // Only the outline shows: its data is credited, not the tiles'.
    expect(finder.credit()).to.deep.equal({
      text: 'Map data: Natural Earth',
      href: 'https://www.naturalearthdata.com/',
    });
    finder.clickMarker('Leeds');
    await waitUntil(() => finder.details() !== '', 'a marker did nothing');
  });

  it('names towns and cities on the outline at town zoom, from Natural Earth, for the eye only', async () => {
    const finder = await FinderHarness.open({ tileUrl: '' });
    await waitUntil(() => finder.hasOutline(), 'no outline');
    finder.map.setView([53.8, -1.65], 10, { animate: false });
    await waitUntil(() => finder.placeLabels().includes('Leeds'), finder.placeLabels().join(', '));
    expect(finder.placeLabels()).to.include('Bradford');
    expect(finder.placeLabels()).not.to.include('London');
    expect(finder.placeLabelsAreHidden()).to.equal(true);
    // At the scale of the UK, only the biggest places are named, and no two names touch.
    finder.map.setView([54, -2.5], 5, { animate: false });
    await waitUntil(() => finder.placeLabels().includes('London'), finder.placeLabels().join(', '));
    expect(finder.placeLabels()).not.to.include('Bradford');
    await expect(finder.element).to.be.accessible();
  });

  it('falls back to the outline when the tile server fails, crediting Natural Earth while no tile shows', async () => {
    const finder = await withCredit('/tiles-missing/{z}/{x}/{y}.png', 'https://example.org/tiles');
    const element = finder.element;
    await waitUntil(() => finder.hasOutline(), 'no outline after the tiles failed', { timeout: 10000 });
    await waitUntil(() => finder.credit()?.text === 'Map data: Natural Earth', 'the credit still names the tiles');
    expect(finder.credit()).to.deep.equal({
      text: 'Map data: Natural Earth',
      href: 'https://www.naturalearthdata.com/',
    });
    await waitUntil(() => finder.markers().length === 4, 'markers never drew');
    await expect(element).to.be.accessible();
  });

  it('links the tile credit only to an http(s) address, keeping the credit as text otherwise', async () => {
    const finder = await withCredit('/tiles/{z}/{x}/{y}.png', 'ftp://example.org/tiles');
    const element = finder.element;
    await waitUntil(() => finder.credit(), 'no credit shown', { timeout: 10000 });
    expect(finder.credit()).to.deep.equal({ text: 'Map data: © Test Tiles', href: undefined });
    element.tileAttributionUrl = 'https://example.org/tiles';
    await element.updateComplete;
    expect(finder.credit()).to.deep.equal({ text: 'Map data: © Test Tiles', href: 'https://example.org/tiles' });
  });

  it('sets the map’s height from its attribute, without an inline style attribute in the markup', async () => {
    const finder = await FinderHarness.open();
    finder.element.height = '300px';
    await finder.element.updateComplete;
    expect(finder.mapHeight()).to.equal(300);
  });

  it('starts at the centre and zoom it is given', async () => {
    const element = await fixture<LwNetworkFinder>(
      html`<lw-network-finder src=${feedUrl} no-cache tile-url="" center="53.8,-1.55" zoom="10"></lw-network-finder>`,
    );
    await waitUntil(
      () => element.leafletMap && new FinderHarness(element).markers().length === 4,
      'markers never drew',
    );
    expect(element.leafletMap!.getZoom()).to.equal(10);
    expect(element.leafletMap!.getCenter().lat).to.be.closeTo(53.8, 0.01);
  });

  it('starts at its centre even when the feed lists no networks, and says there are none', async () => {
    const element = await fixture<LwNetworkFinder>(
      html`<lw-network-finder
        src="/tests/fixtures/search-feed.json"
        no-cache
        tile-url=""
        center="51.5,-0.12"
        zoom="11"
      ></lw-network-finder>`,
    );
    const finder = new FinderHarness(element);
    await waitUntil(() => finder.listMessage(), 'no empty message', { timeout: 10000 });
    expect(finder.listMessage()).to.equal('This feed lists no networks yet.');
    await waitUntil(() => element.leafletMap?.getZoom() === 11, 'the map did not start at zoom 11');
    await expect(element).to.be.accessible();
  });

  it('shows only the scopes asked for', async () => {
    const finder = await FinderHarness.open({ scope: 'regional' });
    await waitUntil(() => finder.markers().length === 2, 'markers never drew');
    expect(finder.listNames()).to.have.length(2);
    expect(finder.legend()[0]).to.include('regional');
  });

  it('says when it shows an older copy of the feed, and stays accessible', async () => {
    const src = `/feeds/once?key=map-stale-${Date.now()}`;
    const first = await fixture<LwNetworkFinder>(html`<lw-network-finder src=${src} tile-url=""></lw-network-finder>`);
    await waitUntil(() => new FinderHarness(first).listNames().length, 'the first load failed', { timeout: 10000 });
    first.remove();
    const stale = await fixture<LwNetworkFinder>(html`<lw-network-finder src=${src} tile-url=""></lw-network-finder>`);
    const finder = new FinderHarness(stale);
    await waitUntil(() => finder.feedNotice(), 'no stale notice', { timeout: 15000 });
    expect(finder.feedNotice()).to.include('Showing information as of');
    expect(finder.listNames()[0]).to.include('Leeds Test Network');
    await expect(stale).to.be.accessible();
    localStorage.clear();
  });

  it('is accessible while loading, and after the feed fails (with a way to try again)', async () => {
    const loading = await fixture<LwNetworkFinder>(
      html`<lw-network-finder src="/feeds/stall" no-cache tile-url=""></lw-network-finder>`,
    );
    expect(new FinderHarness(loading).isLoading()).to.equal(true);
    await expect(loading).to.be.accessible();
    const failed = await fixture<LwNetworkFinder>(
      html`<lw-network-finder src="/feeds/status/500" no-cache tile-url=""></lw-network-finder>`,
    );
    await waitUntil(() => new FinderHarness(failed).retryLabel(), 'no error shown', { timeout: 10000 });
    expect(new FinderHarness(failed).retryLabel()).to.equal('Try again');
    await expect(failed).to.be.accessible();
  });
});
