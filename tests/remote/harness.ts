/** Helpers of the remote-mode tests: a directory searched where it lives, and the requests it was sent. */
import { fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { SearchHarness } from '../activity-search/harness.js';

let sessions = 0;
export const newSession = () => `t${Date.now().toString(36)}${sessions++}`;

/** Every request the session made so far, as `/3.0/services?search=walking&per_page=50`. */
export async function requests(session: string): Promise<string[]> {
  return (await fetch(`/oruk-api/${session}/log`)).json();
}
export const searches = async (session: string) => (await requests(session)).filter((r) => r.includes('/services'));

export async function open(kind = '3.0', attributes: { timeout?: number; lang?: string } = {}) {
  const session = newSession();
  const element = await fixture(
    html`<div lang=${attributes.lang ?? 'en'}>
      <lw-feed
        src="/oruk-api/${session}/${kind}/services"
        format="openreferral"
        search="remote"
        no-cache
        timeout=${attributes.timeout ?? 10}
      >
        <lw-activity-search page-size="10" .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>
      </lw-feed>
    </div>`,
  );
  const search = await new SearchHarness(element.querySelector('lw-activity-search')!).ready();
  return { session, search };
}

/** Waits until the count reads `text` (and the directory is not still searching). */
export async function countIs(search: SearchHarness, text: string) {
  await waitUntil(() => search.count() === text, `the count stayed “${search.count()}”, not “${text}”`, {
    timeout: 10000,
  });
}

/**
 * Types `text` a letter at a time as fast as a keyboard can (each letter an input event, no pause between),
 * then presses Enter when asked: a loaded machine cannot slow the typing past the pause that settles a search.
 */
export async function typeFast(search: SearchHarness, text: string, enter = false) {
  const input = search.element.shadowRoot!.querySelector<HTMLInputElement>('#search-input')!;
  input.focus();
  for (let i = 0; i <= text.length; i++) {
    input.value = text.slice(0, i);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  if (enter) await sendKeys({ press: 'Enter' });
  await search.element.updateComplete;
}

export const note = (search: SearchHarness) =>
  search.element.shadowRoot!.querySelector('.results-area .muted')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
