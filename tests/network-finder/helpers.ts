import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwNetworkFinder } from '../../src/components/network-finder/network-finder.js';
import '../../src/define/lw-network-finder.js';
import { postcodesIo } from '../../src/geo/geocoder.js';

export const feedUrl = '/tests/fixtures/networks-feed.json';

/** A finder alone on its own feed, with the fake geocoder and no tiles (the outline basemap). */
export async function finder(
  attributes: { show?: string; scope?: string; tileUrl?: string; lang?: string } = {},
): Promise<LwNetworkFinder> {
  const element = await fixture<LwNetworkFinder>(
    html`<lw-network-finder
      src=${feedUrl}
      no-cache
      tile-url=${attributes.tileUrl ?? ''}
      show=${attributes.show ?? 'networks'}
      scope=${attributes.scope ?? 'local regional national'}
      lang=${attributes.lang ?? 'en'}
    ></lw-network-finder>`,
  );
  element.geocoder = postcodesIo('/geocoder');
  await waitUntil(() => element.shadowRoot!.querySelector('.network-button'), 'the networks never showed', {
    timeout: 10000,
  });
  return element;
}

export const inside = <T extends Element = HTMLElement>(element: LwNetworkFinder, selector: string) =>
  element.shadowRoot!.querySelector<T & Element>(selector)!;
export const allInside = <T extends Element = HTMLElement>(element: LwNetworkFinder, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T & Element>(selector),
];
export const statusText = (element: LwNetworkFinder) =>
  inside(element, '[role=status].result-status').textContent!.trim();
export const placeMessage = (element: LwNetworkFinder) => inside(element, '.place-message').textContent!.trim();

/** Types a postcode into the finder's box and presses Enter, as a keyboard user would. */
export async function searchPostcode(element: LwNetworkFinder, postcode: string): Promise<void> {
  const input = inside<HTMLInputElement>(element, 'input[name=postcode]');
  input.focus();
  input.value = '';
  if (postcode) await sendKeys({ type: postcode });
  await sendKeys({ press: 'Enter' });
}

/** The accessible names of the markers on the map, in Tab order. */
export function markerNames(element: LwNetworkFinder, kind = 'network-marker'): string[] {
  return allInside(element, `.leaflet-marker-pane .${kind}`).map((marker) => marker.textContent!.trim());
}
