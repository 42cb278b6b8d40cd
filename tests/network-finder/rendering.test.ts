import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwNetworkFinder } from '../../src/components/network-finder/network-finder.js';
import { allInside, feedUrl, finder, inside, markerNames } from './helpers.js';

describe('<lw-network-finder>: rendering', () => {
  it('draws markers and coverage areas inside its shadow root, with Leaflet’s CSS applied', async () => {
    const element = await finder();
    await waitUntil(() => markerNames(element).length === 4, 'markers never drew');
    // Most local first, then by name: the same order as the list, so Tab goes through them alike.
    expect(markerNames(element)).to.deep.equal([
      'Leeds Arts & Health (Local network)',
      'Westminster Arts on Prescription (Local network)',
      'London Arts in Health Test Forum (Regional network)',
      'North East Test Network (Regional network)',
    ]);
    expect(allInside(element, '.network-button .network-name').map((name) => name.textContent)).to.deep.equal([
      'Leeds Arts & Health',
      'Westminster Arts on Prescription',
      'London Arts in Health Test Forum',
      'North East Test Network',
      'National Test Alliance',
    ]);
    // National networks are listed, not drawn: four areas for the four local and regional networks.
    expect(allInside(element, 'path.coverage')).to.have.length(4);
    expect(allInside(element, 'path.coverage.scope-local')).to.have.length(2);
    expect(getComputedStyle(inside(element, '.leaflet-marker-pane')).position).to.equal('absolute');
    expect(getComputedStyle(inside(element, '.leaflet-container')).overflow).to.equal('hidden');
    // Markers are buttons with their names, focusable in order.
    for (const marker of allInside(element, '.network-marker')) {
      expect(marker.getAttribute('role')).to.equal('button');
      expect(marker.tabIndex).to.equal(0);
    }
    await expect(element).to.be.accessible();
  });

  it('shows a feed name and description holding HTML as plain text, never as markup', async () => {
    const element = await finder();
    inside(element, '.network-button[data-id=leeds]').click();
    await element.updateComplete;
    const details = inside(element, '.details');
    expect(details.querySelector('p')!.textContent).to.equal('Described in markup.');
    expect(element.shadowRoot!.querySelectorAll('img, b, em, script:not([type])')).to.have.length(0);
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('draws the outline basemap when there are no tiles, and keeps the markers usable', async () => {
    const element = await finder({ tileUrl: '' });
    await waitUntil(() => inside(element, 'path.outline'), 'no outline');
    expect(allInside(element, '.leaflet-tile')).to.have.length(0);
    expect(inside(element, '.attribution')).to.equal(null);
    inside(element, '.network-marker').click();
    await waitUntil(() => inside(element, '.details'), 'a marker did nothing');
  });

  it('falls back to the outline when the tile server fails, with the credit still shown', async () => {
    const element = await fixture<LwNetworkFinder>(
      html`<lw-network-finder
        src=${feedUrl}
        no-cache
        tile-url="/tiles-missing/{z}/{x}/{y}.png"
        tile-attribution="© Test Tiles"
        tile-attribution-url="https://example.org/tiles"
      ></lw-network-finder>`,
    );
    await waitUntil(() => inside(element, 'path.outline'), 'no outline after the tiles failed', { timeout: 10000 });
    const credit = inside<HTMLAnchorElement>(element, '.attribution a');
    expect(credit.textContent).to.equal('© Test Tiles');
    expect(credit.href).to.equal('https://example.org/tiles');
    await waitUntil(() => markerNames(element).length === 4, 'markers never drew');
    await expect(element).to.be.accessible();
  });

  it('sets the map’s height from its attribute, without an inline style attribute in the markup', async () => {
    const element = await finder();
    element.height = '300px';
    await element.updateComplete;
    expect(inside(element, '.map').getBoundingClientRect().height).to.equal(300);
  });

  it('starts at the centre and zoom it is given', async () => {
    const element = await fixture<LwNetworkFinder>(
      html`<lw-network-finder src=${feedUrl} no-cache tile-url="" center="53.8,-1.55" zoom="10"></lw-network-finder>`,
    );
    await waitUntil(() => element.leafletMap && markerNames(element).length === 4, 'markers never drew');
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
    await waitUntil(() => inside(element, '.networks p'), 'no empty message', { timeout: 10000 });
    expect(inside(element, '.networks p').textContent).to.equal('This feed lists no networks yet.');
    await waitUntil(() => element.leafletMap!.getZoom() === 11, `zoom ${element.leafletMap!.getZoom()}`);
    await expect(element).to.be.accessible();
  });

  it('shows only the scopes asked for', async () => {
    const element = await finder({ scope: 'regional' });
    await waitUntil(() => markerNames(element).length === 2, 'markers never drew');
    expect(allInside(element, '.network-button')).to.have.length(2);
    expect(allInside(element, '.legend li').map((item) => item.textContent!.trim())[0]).to.include('regional');
  });

  it('says when it shows an older copy of the feed, and stays accessible', async () => {
    const src = `/feeds/once?key=map-stale-${Date.now()}`;
    const first = await fixture<LwNetworkFinder>(html`<lw-network-finder src=${src} tile-url=""></lw-network-finder>`);
    await waitUntil(() => inside(first, '.network-button'), 'the first load failed', { timeout: 10000 });
    first.remove();
    const stale = await fixture<LwNetworkFinder>(html`<lw-network-finder src=${src} tile-url=""></lw-network-finder>`);
    await waitUntil(() => inside(stale, '.notice[role=status]'), 'no stale notice', { timeout: 15000 });
    expect(inside(stale, '.notice').textContent).to.include('Showing information as of');
    expect(inside(stale, '.network-button').textContent).to.include('Leeds Test Network');
    await expect(stale).to.be.accessible();
    localStorage.clear();
  });

  it('is accessible while loading, and after the feed fails (with a way to try again)', async () => {
    const loading = await fixture<LwNetworkFinder>(
      html`<lw-network-finder src="/feeds/stall" no-cache tile-url=""></lw-network-finder>`,
    );
    expect(inside(loading, '.skeleton')).to.exist;
    await expect(loading).to.be.accessible();
    const failed = await fixture<LwNetworkFinder>(
      html`<lw-network-finder src="/feeds/status/500" no-cache tile-url=""></lw-network-finder>`,
    );
    await waitUntil(() => inside(failed, '[role=alert]'), 'no error shown', { timeout: 10000 });
    expect(inside(failed, '[role=alert] button').textContent).to.equal('Try again');
    await expect(failed).to.be.accessible();
  });
});
