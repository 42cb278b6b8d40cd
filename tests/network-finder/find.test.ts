import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { LocateEvent } from '../../src/events/locate-event.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { en } from '../../src/i18n/en.js';
import { allInside, finder, inside, placeMessage, searchPostcode, statusText } from './helpers.js';

const answerNames = (element: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...element.shadowRoot!.querySelectorAll('.answer-list')].map((list) =>
    [...list.querySelectorAll('li button')].map((button) => button.textContent),
  );

describe('<lw-network-finder>: "find my network"', () => {
  it('answers a covered postcode: most local first, says how many in the status, fits the map, fires lw-locate', async () => {
    const element = await finder();
    const located = oneEvent(element, 'lw-locate') as Promise<LocateEvent>;
    await searchPostcode(element, 'sw1a 1aa');
    const event = await located;
    expect(event.place).to.deep.include({ label: 'SW1A 1AA', source: 'postcode' });
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => statusText(element) === '3 networks cover SW1A 1AA', statusText(element));
    expect(answerNames(element)).to.deep.equal([
      ['Westminster Arts on Prescription', 'London Arts in Health Test Forum', 'National Test Alliance'],
    ]);
    expect(inside(element, '.no-network')).to.equal(null);
    // Covering networks are marked in the list too.
    expect(allInside(element, '.network .covers')).to.have.length(3);
    // Every network with a base says how far away it is, covering or not.
    expect(inside(element, '.network-button[data-id=north-east]').textContent).to.match(/\d+ miles away/);
    const map = element.leafletMap!;
    await waitUntil(
      () => map.getBounds().contains([51.501, -0.1416]) && map.getZoom() >= 9,
      `map at zoom ${map.getZoom()}`,
    );
    expect(inside(element, '.place-marker svg').getAttribute('aria-label')).to.equal('You searched for SW1A 1AA');
    await expect(element).to.be.accessible();
  });

  it('answers a place a local radius covers', async () => {
    const element = await finder();
    await searchPostcode(element, 'LS1 4AP');
    await waitUntil(() => statusText(element) === '2 networks cover LS1 4AP', statusText(element));
    expect(answerNames(element)[0][0]).to.equal('Leeds Arts & Health');
  });

  it('says kindly when no local or regional network covers a place, with the seed page’s advice and the nearest networks', async () => {
    const element = await finder();
    await searchPostcode(element, 'NR2 1NH');
    await waitUntil(() => statusText(element) === en.noNetworkYet('NR2 1NH'), statusText(element));
    const empty = inside(element, '.no-network');
    expect(empty.textContent).to.include('link worker at your GP practice');
    expect(empty.textContent).to.include('voluntary sector forum and volunteer centre');
    expect(empty.textContent).to.include('what role could you play in bringing such a network together?');
    // National bodies still cover it; then the nearest others, nearest first, with distances.
    const [covering, nearest] = answerNames(element);
    expect(covering).to.deep.equal(['National Test Alliance']);
    expect(nearest).to.deep.equal([
      'London Arts in Health Test Forum',
      'Westminster Arts on Prescription',
      'Leeds Arts & Health',
    ]);
    expect(allInside(element, '.answer-list')[1].textContent).to.match(/\d+ miles away/);
    await expect(element).to.be.accessible();
  });

  it('explains an invalid postcode without asking the geocoder', async () => {
    const element = await finder();
    element.geocoder = () => Promise.reject(new Error('must not be called'));
    await searchPostcode(element, '75008');
    await waitUntil(() => placeMessage(element) === en.postcodeInvalid('75008'), placeMessage(element));
    expect(inside(element, 'input[name=postcode]').getAttribute('aria-invalid')).to.equal('true');
    expect(statusText(element)).to.equal('');
    await expect(element).to.be.accessible();
  });

  it('explains an unknown postcode', async () => {
    const element = await finder();
    await searchPostcode(element, 'ZZ9 9ZZ');
    await waitUntil(() => placeMessage(element) === en.postcodeUnknown('ZZ9 9ZZ'), placeMessage(element));
    expect(inside(element, '.answer')).to.equal(null);
  });

  it('explains a postcode whose place is outside the UK', async () => {
    const element = await finder();
    await searchPostcode(element, 'JE2 4WE');
    await waitUntil(() => placeMessage(element) === en.outsideUk, placeMessage(element));
    expect(inside(element, '.answer')).to.equal(null);
  });

  it('explains a geocoder that fails', async () => {
    const element = await finder();
    element.geocoder = postcodesIo('/geocoder-broken');
    await searchPostcode(element, 'M1 1AE');
    await waitUntil(() => placeMessage(element) === en.geocoderFailed, placeMessage(element));
    await expect(element).to.be.accessible();
  });

  it('explains a refused location, keeping the postcode box', async () => {
    await executeServerCommand('geolocation', { denied: true });
    const element = await finder();
    allInside(element, '.place-row button')
      .find((button) => button.textContent === 'Use my location')!
      .click();
    await waitUntil(() => placeMessage(element) === en.locationDenied, placeMessage(element));
    expect(inside(element, 'input[name=postcode]')).to.exist;
  });

  it('answers for the browser’s location when the visitor shares it', async () => {
    await executeServerCommand('geolocation', { lat: 54.9738, lng: -1.6132 });
    const element = await finder();
    const located = oneEvent(element, 'lw-locate') as Promise<LocateEvent>;
    allInside(element, '.place-row button')
      .find((button) => button.textContent === 'Use my location')!
      .click();
    expect((await located).place.source).to.equal('geolocation');
    await waitUntil(() => statusText(element) === '2 networks cover your location', statusText(element));
  });

  it('forgets the place on request, and the answer with it', async () => {
    const element = await finder();
    await searchPostcode(element, 'SW1A 1AA');
    await waitUntil(() => inside(element, '.answer'), 'no answer');
    inside(element, '.place-current button').focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    // Focus is not dropped with the button: it goes to the postcode box.
    expect(element.shadowRoot!.activeElement === inside(element, 'input[name=postcode]')).to.equal(true);
    expect(inside(element, '.answer')).to.equal(null);
    expect(statusText(element)).to.equal('');
    expect(inside(element, '.place-marker')).to.equal(null);
  });
});
