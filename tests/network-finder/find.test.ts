import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LocateEvent } from '../../src/events/locate-event.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { FinderHarness } from './harness.js';

describe('<lw-network-finder>: "find my network"', () => {
  it('answers a covered postcode: most local first, says how many in the status, fits the map, fires lw-locate', async () => {
    const finder = await FinderHarness.open();
    const located = oneEvent(finder.element, 'lw-locate') as Promise<LocateEvent>;
    await finder.findPostcode('sw1a 1aa');
    const event = await located;
    expect(event.place).to.deep.include({ label: 'SW1A 1AA', source: 'postcode' });
    expect(event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => finder.status() === '3 networks cover SW1A 1AA', finder.status());
    expect(finder.answerNames()).to.deep.equal([
      'Westminster Arts on Prescription',
      'London Arts in Health Test Forum',
      'National Test Alliance',
    ]);
    expect(finder.noNetworkMessage()).to.equal('');
    // Covering networks are marked in the list too, and every network with a base says how far away it is.
    expect(finder.listEntries().filter((entry) => entry.includes('Covers your place'))).to.have.length(3);
    expect(finder.listEntry('north-east')).to.match(/\d+ miles away/);
    const map = finder.map;
    await waitUntil(
      () => map.getBounds().contains([51.501, -0.1416]) && map.getZoom() >= 9,
      `map at zoom ${map.getZoom()}`,
    );
    expect(finder.placeOnMap()).to.equal('You searched for SW1A 1AA');
    await expect(finder.element).to.be.accessible();
  });

  it('answers a place a local radius covers', async () => {
    const finder = await FinderHarness.open();
    await finder.findPostcode('LS1 4AP');
    await waitUntil(() => finder.status() === '2 networks cover LS1 4AP', finder.status());
    expect(finder.answerNames()[0]).to.include('Leeds Arts & Health');
  });

  it('says kindly when no local or regional network covers a place, with the seed page’s advice and the nearest networks', async () => {
    const finder = await FinderHarness.open();
    await finder.findPostcode('NR2 1NH');
    await waitUntil(() => finder.status() === 'No local or regional network covers NR2 1NH yet.', finder.status());
    expect(finder.noNetworkMessage())
      .to.include('link worker at your GP practice')
      .and.include('voluntary sector forum and volunteer centre')
      .and.include('what role could you play in bringing such a network together?');
    // National bodies still cover it; then the nearest others, nearest first, with distances.
    expect(finder.answerNames()).to.deep.equal([
      'National Test Alliance',
      'London Arts in Health Test Forum',
      'Westminster Arts on Prescription',
      'Leeds Arts & Health',
    ]);
    expect(finder.answer()).to.match(/Nearest other networks.*\d+ miles away/);
    await expect(finder.element).to.be.accessible();
  });

  it('explains an invalid postcode without asking the geocoder', async () => {
    const finder = await FinderHarness.open();
    finder.element.geocoder = () => Promise.reject(new Error('must not be called'));
    await finder.findPostcode('75008');
    await waitUntil(
      () => finder.placeMessage() === '“75008” is not a UK postcode. Check it and try again, for example SW1A 1AA.',
      finder.placeMessage(),
    );
    expect(finder.postcodeIsMarkedInvalid()).to.equal(true);
    expect(finder.status()).to.equal('');
    await expect(finder.element).to.be.accessible();
  });

  it('explains an unknown postcode', async () => {
    const finder = await FinderHarness.open();
    await finder.findPostcode('ZZ9 9ZZ');
    await waitUntil(
      () =>
        finder.placeMessage() ===
        'We could not find the postcode ZZ9 9ZZ. Check it, or try just the first part (for example SW1A).',
      finder.placeMessage(),
    );
    expect(finder.answer()).to.equal('');
  });

  it('explains a postcode whose place is outside the UK', async () => {
    const finder = await FinderHarness.open();
    await finder.findPostcode('JE2 4WE');
    await waitUntil(
      () =>
        finder.placeMessage() ===
        'That place is outside the UK, and everything listed here is in the UK. Enter a UK postcode to look near it.',
      finder.placeMessage(),
    );
    expect(finder.answer()).to.equal('');
  });

  it('explains a geocoder that fails', async () => {
    const finder = await FinderHarness.open();
    finder.element.geocoder = postcodesIo('/geocoder-broken');
    await finder.findPostcode('M1 1AE');
    await waitUntil(
      () =>
        finder.placeMessage() ===
        'The postcode service is not answering just now. Please try again in a moment, or use your location.',
      finder.placeMessage(),
    );
    await expect(finder.element).to.be.accessible();
  });

  it('explains a refused location, keeping the postcode box', async () => {
    await executeServerCommand('geolocation', { denied: true });
    const finder = await FinderHarness.open();
    await finder.useMyLocation();
    await waitUntil(
      () =>
        finder.placeMessage() ===
        'Your browser did not share your location. You can allow it in the browser’s settings, or enter a postcode instead.',
      finder.placeMessage(),
    );
    expect(finder.hasPostcodeBox()).to.equal(true);
  });

  it('answers for the browser’s location when the visitor shares it', async () => {
    await executeServerCommand('geolocation', { lat: 54.9738, lng: -1.6132 });
    const finder = await FinderHarness.open();
    const located = oneEvent(finder.element, 'lw-locate') as Promise<LocateEvent>;
    await finder.useMyLocation();
    expect((await located).place.source).to.equal('geolocation');
    await waitUntil(() => finder.status() === '2 networks cover your location', finder.status());
  });

  it('forgets the place on request, and the answer with it', async () => {
    const finder = await FinderHarness.open();
    await finder.findPostcode('SW1A 1AA');
    await waitUntil(() => finder.answer() !== '', 'no answer');
    await finder.forgetPlace();
    // Focus is not dropped with the button: it goes to the postcode box.
    expect(finder.focused()).to.equal('postcode box');
    expect(finder.answer()).to.equal('');
    expect(finder.status()).to.equal('');
    expect(finder.placeOnMap()).to.equal(undefined);
  });
});
