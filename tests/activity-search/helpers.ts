import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import '../../src/define/lw-activity-search.js';
import { postcodesIo } from '../../src/geo/geocoder.js';

export const feedUrl = '/tests/fixtures/search-feed.json';

/** A search with its own copy of the fixture feed and the test server's fake geocoder, once its results show. */
export async function searchWidget(template?: TemplateResult): Promise<LwActivitySearch> {
  const element = await fixture<LwActivitySearch>(
    template ??
      html`<lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>`,
  );
  await waitUntil(() => /match/.test(countText(element)), `the results never showed: “${countText(element)}”`, {
    timeout: 10000,
  });
  return element;
}

export const part = <T extends HTMLElement = HTMLElement>(element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector)!;
export const parts = <T extends HTMLElement = HTMLElement>(element: HTMLElement, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<T>(selector),
];

/** The result count, as a screen reader hears it. */
export const countText = (element: HTMLElement) =>
  element.shadowRoot?.querySelector('[part="count"]')?.textContent?.trim() ?? '';

/** The titles of the results shown, in order. */
export const titles = (element: HTMLElement) =>
  parts(element, '[part="title"]').map((title) => title.textContent!.trim());

/** The labels of the filter chips shown. */
export const chips = (element: HTMLElement) =>
  parts(element, '[part="chip"] span:first-child').map((chip) => chip.textContent!.trim());

/** Types into the search box as a visitor would, optionally pressing Enter. */
export async function typeQuery(element: LwActivitySearch, text: string, enter = false): Promise<void> {
  const input = part<HTMLInputElement>(element, '#search-input');
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
  if (enter) await sendKeys({ press: 'Enter' });
}

/** The filter checkbox whose label starts with `label`. */
export function checkbox(element: HTMLElement, label: string): HTMLInputElement {
  const found = parts(element, 'label.check').find((option) => option.textContent!.trim().startsWith(label));
  if (!found) throw new Error(`no filter “${label}”`);
  return found.querySelector('input')!;
}

/** Chooses an option of a labelled select, firing `change` as the browser does. */
export async function choose(element: LwActivitySearch, selectId: string, value: string): Promise<void> {
  const select = part<HTMLSelectElement>(element, `#${selectId}`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** Finds a postcode with the place finder, and waits for distances. */
export async function findPostcode(element: LwActivitySearch, postcode: string): Promise<void> {
  const input = part<HTMLInputElement>(element, '#place-postcode');
  input.focus();
  await sendKeys({ type: postcode });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => parts(element, '[part="distance"]').length > 0, 'no distances shown', { timeout: 5000 });
}

/** What has focus, looking inside the widget's shadow root. */
export function focused(element: HTMLElement): Element | null {
  return document.activeElement === element ? element.shadowRoot!.activeElement : document.activeElement;
}
