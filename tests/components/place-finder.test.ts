import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { PlaceFinder } from '../../src/components/shared/place-finder.js';
import { placeFinderStyles } from '../../src/components/shared/place-finder.styles.js';
import { postcodesIo, type Geocoder } from '../../src/geo/geocoder.js';
import type { VisitorPlace } from '../../src/store/state.js';
import { baseStyles } from '../../src/styles/base.styles.js';
import { en } from '../helpers/catalogues.js';

/** A minimal widget that uses the finder, as the search and the map do. */
class TestPlaceWidget extends LitElement {
  static override styles = [baseStyles, placeFinderStyles];
  geocoder: Geocoder = postcodesIo('/geocoder');
  place?: VisitorPlace;
  readonly finder = new PlaceFinder(this, {
    geocoder: () => this.geocoder,
    onPlace: (place) => {
      this.place = place;
      this.requestUpdate();
    },
  });
  override render() {
    return this.finder.render(en, this.place);
  }
}
customElements.define('test-place-widget', TestPlaceWidget);

const part = (element: TestPlaceWidget, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector)!;
const message = (element: TestPlaceWidget) => part(element, '.place-message').textContent!.trim();

async function search(element: TestPlaceWidget, text: string) {
  part(element, 'input').focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

describe('the place finder', () => {
  it('finds a postcode typed and submitted with the keyboard', async () => {
    const element = await fixture<TestPlaceWidget>(html`<test-place-widget></test-place-widget>`);
    await search(element, 'sw1a 1aa');
    await waitUntil(() => element.place, 'no place found');
    expect(element.place).to.deep.equal({ lat: 51.501, lng: -0.1416, label: 'SW1A 1AA', source: 'postcode' });
    await element.updateComplete;
    expect(part(element, '.place-current').textContent).to.contain('Near SW1A 1AA');
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'input'));
    await expect(element).to.be.accessible();
  });

  it('explains a postcode that is not a UK postcode, without asking the service', async () => {
    const element = await fixture<TestPlaceWidget>(html`<test-place-widget></test-place-widget>`);
    element.geocoder = () => Promise.reject(new Error('must not be called'));
    await search(element, '75008');
    await element.updateComplete;
    expect(message(element)).to.equal('“75008” is not a UK postcode. Check it and try again, for example SW1A 1AA.');
    expect(part(element, 'input').getAttribute('aria-invalid')).to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('says every message in a polite live region that is there, empty, from the start', async () => {
    const element = await fixture<TestPlaceWidget>(html`<test-place-widget></test-place-widget>`);
    /** The live region a screen reader hears the message from, if the message is in one. */
    const liveRegion = () => part(element, '.place-message').closest('[aria-live], [role="status"], [role="alert"]');
    expect(message(element)).to.equal('');
    expect(liveRegion()?.getAttribute('aria-live') ?? liveRegion()?.getAttribute('role')).to.be.oneOf([
      'polite',
      'status',
    ]);
    await search(element, '75008');
    await element.updateComplete;
    expect(liveRegion()?.textContent!.trim()).to.equal(
      '“75008” is not a UK postcode. Check it and try again, for example SW1A 1AA.',
    );
  });

  it('explains an unknown postcode', async () => {
    const element = await fixture<TestPlaceWidget>(html`<test-place-widget></test-place-widget>`);
    await search(element, 'ZZ9 9ZZ');
    await waitUntil(
      () =>
        message(element) ===
        'We could not find the postcode ZZ9 9ZZ. Check it, or try just the first part (for example SW1A).',
      message(element),
    );
    expect(element.place).to.equal(undefined);
  });

  it('explains a postcode service that fails', async () => {
    const element = await fixture<TestPlaceWidget>(html`<test-place-widget></test-place-widget>`);
    element.geocoder = postcodesIo('/geocoder-broken');
    await search(element, 'M1 1AE');
    await waitUntil(
      () =>
        message(element) ===
        'The postcode service is not answering just now. Please try again in a moment, or use your location.',
      message(element),
    );
  });

  it('asks for a postcode when the box is empty', async () => {
    const element = await fixture<TestPlaceWidget>(html`<test-place-widget></test-place-widget>`);
    await search(element, '');
    await element.updateComplete;
    expect(message(element)).to.equal('Enter a postcode, for example SW1A 1AA.');
  });

  it('uses the browser’s location when the visitor allows it, and forgets it on request', async () => {
    await executeServerCommand('geolocation', { lat: 53.4794, lng: -2.2453 });
    const element = await fixture<TestPlaceWidget>(html`<test-place-widget></test-place-widget>`);
    part(element, 'button[type=button]').click();
    await waitUntil(() => element.place, 'no place found');
    expect(element.place).to.include({ lat: 53.4794, lng: -2.2453, source: 'geolocation' });
    await element.updateComplete;
    expect(part(element, '.place-current').textContent).to.contain('Near your location');
    part(element, '.place-current button').click();
    await element.updateComplete;
    expect(element.place).to.equal(undefined);
  });

  it('explains a refused location and keeps the postcode box', async () => {
    await executeServerCommand('geolocation', { denied: true });
    const element = await fixture<TestPlaceWidget>(html`<test-place-widget></test-place-widget>`);
    part(element, 'button[type=button]').click();
    await waitUntil(
      () =>
        message(element) ===
        'Your browser did not share your location. You can allow it in the browser’s settings, or enter a postcode instead.',
      message(element),
    );
    expect(part(element, 'input')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('explains a location outside the UK', async () => {
    await executeServerCommand('geolocation', { lat: 48.857, lng: 2.352 });
    const element = await fixture<TestPlaceWidget>(html`<test-place-widget></test-place-widget>`);
    part(element, 'button[type=button]').click();
    await waitUntil(
      () =>
        message(element) ===
        'That place is outside the UK, and everything listed here is in the UK. Enter a UK postcode to look near it.',
      message(element),
    );
    expect(element.place).to.equal(undefined);
  });
});
