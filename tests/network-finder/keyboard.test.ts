import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import { FinderHarness } from './harness.js';

/** The element with focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<lw-network-finder>: the map by keyboard', () => {
  it('is two Tab stops, the toolbar and the map, after a "Skip the map" link', async () => {
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4);
    finder.focusLastPlaceButton();
    expect(await finder.tabStops(5)).to.deep.equal(['Skip the map', 'Zoom in', 'the map', 'Natural Earth', 'leeds']);
    await expect(finder.element).to.be.accessible();
  });

  it('skips the map to the list of networks', async () => {
    const finder = await FinderHarness.open();
    finder.focusLastPlaceButton();
    await finder.press('Tab', 'Enter');
    expect(finder.focused()).to.equal('the list heading');
    expect(await finder.tabStops(1)).to.deep.equal(['leeds']);
  });

  it('moves along the toolbar with the arrow keys, Home and End, and Tab comes back to the button last used', async () => {
    const finder = await FinderHarness.open();
    finder.focusLastPlaceButton();
    await finder.press('Tab', 'Tab', 'ArrowRight');
    expect(finder.focused()).to.equal('Zoom out');
    await finder.press('End');
    expect(finder.focused()).to.equal('Show all networks');
    await finder.press('ArrowRight');
    expect(finder.focused()).to.equal('Zoom in');
    await finder.press('ArrowLeft', 'ArrowLeft');
    expect(finder.focused()).to.equal('Move the map south');
    await finder.press('Home', 'ArrowRight', 'ArrowRight');
    expect(finder.focused()).to.equal('Move the map north');
    // Out of the toolbar and back: it remembers.
    await finder.press('Tab');
    expect(finder.focused()).to.equal('the map');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(finder.focused()).to.equal('Move the map north');
    await expect(finder.element).to.be.accessible();
  });

  it('goes from marker to marker in list order with the arrow keys, Home and End; Escape returns to the map', async () => {
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4);
    await finder.onMap('ArrowDown');
    expect(finder.focusedMarker()).to.equal('Leeds Arts & Health (Local network), 1 of 4');
    await finder.press('ArrowRight');
    expect(finder.focusedMarker()).to.equal('Westminster Arts on Prescription (Local network), 2 of 4');
    await finder.press('End');
    expect(finder.focusedMarker()).to.equal('North East Test Network (Regional network), 4 of 4');
    await finder.press('ArrowRight');
    expect(finder.focusedMarker(), 'the last marker stays').to.equal(
      'North East Test Network (Regional network), 4 of 4',
    );
    await finder.press('ArrowUp');
    expect(finder.focusedMarker()).to.equal('London Arts in Health Test Forum (Regional network), 3 of 4');
    // A marker left is named alone again, as the list of markers reads it.
    expect(finder.markers()).to.include('Leeds Arts & Health (Local network)');
    await finder.press('Home');
    expect(finder.focusedMarker()).to.equal('Leeds Arts & Health (Local network), 1 of 4');
    await expect(finder.element).to.be.accessible();
    await finder.press('Escape');
    expect(finder.focused()).to.equal('the map');
    // Enter chooses: the network's details open in the list.
    await finder.press('End', 'Enter');
    await waitUntil(() => finder.focused() === 'north-east', 'Enter on a marker did nothing');
    expect(finder.isOpen('north-east')).to.equal(true);
  });

  it('makes the list of networks one Tab stop: the up and down arrow keys, Home and End go from network to network', async () => {
    const finder = await FinderHarness.open();
    expect(finder.listHint()).to.equal(
      'In the list, the up and down arrow keys go from network to network; Enter shows a network’s details.',
    );
    finder.focusLastPlaceButton();
    expect(await finder.tabStops(6)).to.deep.equal([
      'Skip the map',
      'Zoom in',
      'the map',
      'Natural Earth',
      'leeds',
      undefined, // out of the finder: the other networks are not Tab stops
    ]);
    finder.focusLastPlaceButton();
    await finder.press('Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'ArrowDown');
    expect(finder.focused()).to.equal('westminster');
    await finder.press('End');
    expect(finder.focused(), 'End goes to the last network, across the national list').to.equal('alliance');
    await finder.press('ArrowDown');
    expect(finder.focused(), 'the last network stays').to.equal('alliance');
    await finder.press('Home');
    expect(finder.focused()).to.equal('leeds');
    await finder.press('ArrowUp');
    expect(finder.focused(), 'the first network stays').to.equal('leeds');
    await finder.press('ArrowDown', 'ArrowDown', 'ArrowUp');
    expect(finder.focused()).to.equal('westminster');
    await expect(finder.element).to.be.accessible();
  });

  it('opens a network from the list with Enter; Tab then reaches its links, and the list remembers where the visitor was', async () => {
    const finder = await FinderHarness.open();
    await finder.pressInList('leeds', 'ArrowDown');
    await finder.press('Enter');
    await waitUntil(() => finder.isOpen('westminster'), 'Enter did not open the network');
    expect(await finder.tabStops(4)).to.deep.equal([
      'example.org/westminster',
      'hello@westminster.example.org',
      '020 7946 0000',
      undefined,
    ]);
    // Back from the top of the map: the list's Tab stop is the network last used.
    finder.focusLastPlaceButton();
    expect(await finder.tabStops(5)).to.deep.equal([
      'Skip the map',
      'Zoom in',
      'the map',
      'Natural Earth',
      'westminster',
    ]);
    await finder.press('Escape');
    await waitUntil(() => !finder.isOpen('westminster'), 'Escape did not close the details');
    expect(finder.focused()).to.equal('westminster');
    await expect(finder.element).to.be.accessible();
  });

  it('makes a network chosen on the map the list’s Tab stop', async () => {
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4);
    await finder.onMap('End', 'Enter');
    await waitUntil(() => finder.focused() === 'north-east', 'Enter on a marker did nothing');
    finder.focusLastPlaceButton();
    expect(await finder.tabStops(5)).to.deep.equal([
      'Skip the map',
      'Zoom in',
      'the map',
      'Natural Earth',
      'north-east',
    ]);
  });

  it('zooms with the plus and minus keys on the map', async () => {
    const finder = await FinderHarness.open();
    const zoom = finder.map.getZoom();
    await finder.onMap('+');
    await waitUntil(() => finder.map.getZoom() === zoom + 1, 'plus did not zoom in');
    await finder.press('-');
    await waitUntil(() => finder.map.getZoom() === zoom, 'minus did not zoom out');
  });

  it('in Welsh, names the skip link, the toolbar and the map', async () => {
    const finder = await FinderHarness.open({ lang: 'cy' });
    finder.focusLastPlaceButton();
    expect(await finder.tabStops(3)).to.deep.equal(['Neidio heibio’r map', 'Chwyddo i mewn', 'the map']);
    expect(finder.mapName()).to.equal('Map o rwydweithiau celfyddydau ac iechyd');
    expect(finder.listHint()).to.equal(
      'Yn y rhestr, mae’r bysellau saeth i fyny ac i lawr yn mynd o rwydwaith i rwydwaith; mae Enter yn dangos manylion rhwydwaith.',
    );
    await waitUntil(() => finder.markers().length === 4);
    await finder.onMap('End');
    expect(finder.focusedMarker()).to.match(/, 4 o 4$/);
    await expect(finder.element).to.be.accessible();
  });

  it('on the README’s page (the map above a search), the search box is at most 12 key presses from the top', async () => {
    const feed = await fixture<LwFeed>(
      html`<lw-feed src="/tests/fixtures/networks-feed.json" no-cache>
        <lw-network-finder></lw-network-finder>
        <lw-activity-search></lw-activity-search>
      </lw-feed>`,
    );
    const finder = new FinderHarness(feed.querySelector('lw-network-finder')!);
    await waitUntil(() => finder.listNames().length > 0, 'no list', { timeout: 10000 });
    await finder.mapLoaded();
    const search = feed.querySelector('lw-activity-search')!;
    await waitUntil(() => search.shadowRoot?.querySelector('input[type=search]'), 'no search box', { timeout: 10000 });
    (document.activeElement as HTMLElement | null)?.blur();
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await sendKeys({ press: key });
    };
    // The place box (three stops), then "Skip the map", Enter on it, and Tab through the list.
    while (!deepActive()?.matches('.skip-link') && presses < 12) await press('Tab');
    await press('Enter');
    while (!deepActive()?.matches('input[type=search]') && presses < 20) await press('Tab');
    expect(deepActive()?.matches('input[type=search]')).to.equal(true);
    expect(presses).to.be.at.most(12);
  });
});
