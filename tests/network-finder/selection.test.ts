import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-feed.js';
import type { SelectEvent } from '../../src/events/select-event.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { feedUrl, FinderHarness } from './harness.js';

describe('<lw-network-finder>: list and map in step', () => {
  it('choosing a list item opens its details, selects its marker and area, shows it on the map and fires lw-select', async () => {
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4);
    const selected = oneEvent(finder.element, 'lw-select') as Promise<SelectEvent>;
    await finder.pressInList('westminster');
    const event = await selected;
    expect([event.kind, event.id, (event.record as { name: string }).name]).to.deep.equal([
      'network',
      'westminster',
      'Westminster Arts on Prescription',
    ]);
    expect(finder.isOpen('westminster')).to.equal(true);
    expect(finder.details()).to.include('A local network around Westminster.');
    expect(finder.detailsLinks()).to.deep.include.members([
      ['hello@westminster.example.org', 'mailto:hello@westminster.example.org'],
    ]);
    expect(finder.detailsLinks().find(([, href]) => href.startsWith('tel:'))?.[1]).to.equal('tel:02079460000');
    expect(finder.markerIsChosen('Westminster')).to.equal(true);
    expect(finder.areas('chosen')).to.equal(1);
    const map = finder.map;
    await waitUntil(
      () => map.getBounds().contains([51.4995, -0.1357]) && map.getZoom() >= 11,
      `map at zoom ${map.getZoom()}`,
    );
    // Focus stays where the visitor is.
    expect(finder.focused()).to.equal('westminster');
    await expect(finder.element).to.be.accessible();
  });

  it('choosing it again closes the details', async () => {
    const finder = await FinderHarness.open();
    await finder.chooseInList('london');
    await finder.chooseInList('london');
    expect(finder.isOpen('london')).to.equal(false);
    expect(finder.details()).to.equal('');
  });

  it('choosing a marker opens that network in the list and takes focus there', async () => {
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4);
    const selected = oneEvent(finder.element, 'lw-select') as Promise<SelectEvent>;
    finder.clickMarker('North East');
    expect((await selected).id).to.equal('north-east');
    await waitUntil(() => finder.focused() === 'north-east', 'focus did not move to the list item');
    expect(finder.isOpen('north-east')).to.equal(true);
  });

  it('by keyboard alone: finds the networks for a postcode and opens one’s details', async () => {
    const finder = await FinderHarness.open();
    await finder.findPostcode('SW1A 1AA');
    await waitUntil(() => finder.status() === '3 networks cover SW1A 1AA', finder.status());
    await finder.chooseInAnswer('Westminster Arts on Prescription');
    expect(finder.isOpen('westminster')).to.equal(true);
    expect(finder.details()).to.include('1 Test Street, London');
  });

  it('by keyboard alone: the arrow keys reach the markers in list order, and Enter or Space chooses one', async () => {
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4);
    await finder.onMap('ArrowRight');
    expect(finder.focusedMarker()).to.include('Leeds');
    await finder.press('ArrowRight');
    expect(finder.focusedMarker()).to.include('Westminster');
    await finder.press('Space');
    await waitUntil(() => finder.focused() === 'westminster', 'Space on a marker did nothing');
    // Back to the map and Enter on another marker.
    await finder.pressOnMap('London');
    await waitUntil(() => finder.focused() === 'london', 'Enter on a marker did nothing');
  });

  it('zooms and moves with its buttons; the scroll wheel does not zoom', async () => {
    const finder = await FinderHarness.open();
    const map = finder.map;
    await waitUntil(() => finder.markers().length === 4);
    const zoom = map.getZoom();
    finder.pressControl('Zoom in');
    await waitUntil(() => map.getZoom() === zoom + 1, 'zoom in did nothing');
    finder.pressControl('Zoom out');
    await waitUntil(() => map.getZoom() === zoom, 'zoom out did nothing');
    const before = map.getCenter();
    finder.pressControl('Move the map east');
    await waitUntil(() => map.getCenter().lng > before.lng + 0.1, 'moving east did nothing');
    expect(map.scrollWheelZoom.enabled()).to.equal(false);
    expect(finder.controlsAreLargeEnough()).to.equal(true);
  });

  it('inside <lw-feed>, follows a selection made elsewhere on the page', async () => {
    const feed = await fixture<LwFeed>(
      html`<lw-feed src=${feedUrl} no-cache><lw-network-finder tile-url=""></lw-network-finder></lw-feed>`,
    );
    feed.geocoder = postcodesIo('/geocoder');
    const finder = new FinderHarness(feed.querySelector('lw-network-finder')!);
    await waitUntil(() => finder.listNames().length > 0, 'no list', { timeout: 10000 });
    await finder.mapLoaded();
    feed.store.select({ kind: 'network', id: 'leeds' });
    await finder.element.updateComplete;
    expect(finder.isOpen('leeds')).to.equal(true);
    const map = finder.map;
    await waitUntil(
      () => map.getZoom() >= 9 && map.getBounds().contains([53.7997, -1.5492]),
      'the map did not show the network chosen elsewhere',
    );
    // A place found by another widget is answered here too, without a second announcement (that widget makes it).
    feed.store.setPlace({ lat: 51.501, lng: -0.1416, label: 'SW1A 1AA', source: 'postcode' });
    await waitUntil(() => finder.answer().startsWith('Networks for SW1A 1AA'), finder.answer());
    expect(finder.status()).to.equal('');
    await waitUntil(
      () => map.getBounds().contains([51.501, -0.1416]),
      'the map did not move to the place found elsewhere',
    );
    // And shares the place found with the other widgets.
    await finder.findPostcode('LS1 4AP');
    await waitUntil(() => feed.store.state.place?.label === 'LS1 4AP', 'the place was not shared');
  });
});
