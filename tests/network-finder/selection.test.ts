import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwFeed } from '../../src/components/feed/feed.js';
import type { LwNetworkFinder } from '../../src/components/network-finder/network-finder.js';
import '../../src/define/lw-feed.js';
import type { SelectEvent } from '../../src/events/select-event.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { allInside, feedUrl, finder, inside, markerNames, searchPostcode, statusText } from './helpers.js';

const focused = (element: LwNetworkFinder) => element.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab until focus is on an element matching `selector` inside the finder (at most `limit` times). */
async function tabTo(element: LwNetworkFinder, selector: string, limit = 40): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    if (focused(element)?.matches(selector)) return focused(element)!;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('<lw-network-finder>: list and map in step', () => {
  it('choosing a list item opens its details, selects its marker and area, shows it on the map and fires lw-select', async () => {
    const element = await finder();
    await waitUntil(() => markerNames(element).length === 4);
    const selected = oneEvent(element, 'lw-select') as Promise<SelectEvent>;
    const button = inside(element, '.network-button[data-id=westminster]');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect([event.kind, event.id, (event.record as { name: string }).name]).to.deep.equal([
      'network',
      'westminster',
      'Westminster Arts on Prescription',
    ]);
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const details = inside(element, `#${button.getAttribute('aria-controls')}`);
    expect(details.textContent).to.include('A local network around Westminster.');
    expect(details.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.textContent).to.equal(
      'hello@westminster.example.org',
    );
    expect(details.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.getAttribute('href')).to.equal(
      'tel:02079460000',
    );
    const marker = allInside(element, '.network-marker').find((candidate) =>
      candidate.textContent!.startsWith('Westminster'),
    )!;
    expect(marker.classList.contains('selected')).to.equal(true);
    expect(marker.getAttribute('aria-current')).to.equal('true');
    expect(allInside(element, 'path.coverage.selected')).to.have.length(1);
    const map = element.leafletMap!;
    await waitUntil(
      () => map.getBounds().contains([51.4995, -0.1357]) && map.getZoom() >= 11,
      `map at zoom ${map.getZoom()}`,
    );
    // Focus stays where the visitor is.
    expect(focused(element) === button).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('choosing it again closes the details', async () => {
    const element = await finder();
    const button = inside(element, '.network-button[data-id=london]');
    button.click();
    await element.updateComplete;
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(inside(element, '.details')).to.equal(null);
  });

  it('choosing a marker opens that network in the list and takes focus there', async () => {
    const element = await finder();
    await waitUntil(() => markerNames(element).length === 4);
    const selected = oneEvent(element, 'lw-select') as Promise<SelectEvent>;
    allInside(element, '.network-marker')
      .find((marker) => marker.textContent!.startsWith('North East'))!
      .click();
    expect((await selected).id).to.equal('north-east');
    await waitUntil(() => focused(element)?.dataset.id === 'north-east', 'focus did not move to the list item');
    expect(focused(element)!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('by keyboard alone: finds the networks for a postcode and opens one’s details', async () => {
    const element = await finder();
    inside(element, 'input[name=postcode]').focus();
    await sendKeys({ type: 'SW1A 1AA' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(element) === '3 networks cover SW1A 1AA', statusText(element));
    const first = await tabTo(element, '.answer-list button');
    expect(first.textContent).to.equal('Westminster Arts on Prescription');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(inside(element, '.network-button[data-id=westminster]').getAttribute('aria-expanded')).to.equal('true');
    expect(inside(element, '.details').textContent).to.include('1 Test Street, London');
  });

  it('by keyboard alone: Tab reaches the markers in list order, and Enter or Space chooses one', async () => {
    const element = await finder();
    await waitUntil(() => markerNames(element).length === 4);
    const marker = await tabTo(element, '.network-marker');
    expect(marker.textContent).to.include('Leeds');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)!.textContent).to.include('Westminster');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => focused(element)?.dataset.id === 'westminster', 'Space on a marker did nothing');
    // Back to the map and Enter on another marker.
    const london = allInside(element, '.network-marker').find((candidate) =>
      candidate.textContent!.startsWith('London'),
    )!;
    london.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element)?.dataset.id === 'london', 'Enter on a marker did nothing');
  });

  it('zooms and moves with its buttons; the scroll wheel does not zoom', async () => {
    const element = await finder();
    const map = element.leafletMap!;
    await waitUntil(() => markerNames(element).length === 4);
    const zoom = map.getZoom();
    const press = (name: string) =>
      allInside(element, '.controls button')
        .find((button) => button.textContent!.includes(name))!
        .click();
    press('Zoom in');
    await waitUntil(() => map.getZoom() === zoom + 1, 'zoom in did nothing');
    press('Zoom out');
    await waitUntil(() => map.getZoom() === zoom, 'zoom out did nothing');
    const before = map.getCenter();
    press('Move the map east');
    await waitUntil(() => map.getCenter().lng > before.lng + 0.1, 'moving east did nothing');
    expect(map.scrollWheelZoom.enabled()).to.equal(false);
    for (const button of allInside(element, '.controls button'))
      expect(button.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('inside <lw-feed>, follows a selection made elsewhere on the page', async () => {
    const feed = await fixture<LwFeed>(
      html`<lw-feed src=${feedUrl} no-cache><lw-network-finder tile-url=""></lw-network-finder></lw-feed>`,
    );
    feed.geocoder = postcodesIo('/geocoder');
    const element = feed.querySelector('lw-network-finder')!;
    await waitUntil(() => inside(element, '.network-button'), 'no list', { timeout: 10000 });
    feed.store.select({ kind: 'network', id: 'leeds' });
    await element.updateComplete;
    expect(inside(element, '.network-button[data-id=leeds]').getAttribute('aria-expanded')).to.equal('true');
    const map = element.leafletMap!;
    await waitUntil(
      () => map.getZoom() >= 9 && map.getBounds().contains([53.7997, -1.5492]),
      'the map did not show the network chosen elsewhere',
    );
    // A place found by another widget is answered here too.
    feed.store.setPlace({ lat: 51.501, lng: -0.1416, label: 'SW1A 1AA', source: 'postcode' });
    await waitUntil(() => statusText(element) === '3 networks cover SW1A 1AA', statusText(element));
    await waitUntil(
      () => map.getBounds().contains([51.501, -0.1416]),
      'the map did not move to the place found elsewhere',
    );
    // And shares the place found with the other widgets.
    await searchPostcode(element, 'LS1 4AP');
    await waitUntil(() => feed.store.state.place?.label === 'LS1 4AP', 'the place was not shared');
  });
});
