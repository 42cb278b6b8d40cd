import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define/lw-activity-search.js';
import { postcodesIo } from '../../src/geo/geocoder.js';

it('measures card heights at 375 px', async () => {
  await setViewport({ width: 375, height: 800 });
  const element = await fixture<HTMLElement>(
    html`<lw-activity-search src="/tests/fixtures/search-feed.json" no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>`,
  );
  const root = element.shadowRoot!;
  await waitUntil(() => root.querySelectorAll('.results > li').length > 0, 'no results', { timeout: 10000 });
  const input = root.querySelector<HTMLInputElement>('#place-postcode')!;
  input.value = 'LS1 4AP';
  input.form!.requestSubmit();
  await waitUntil(() => root.querySelectorAll('[part="distance"]').length > 0, 'no distances', { timeout: 10000 });
  const heights = [...root.querySelectorAll<HTMLElement>('.results > li')].map((li) => Math.round(li.getBoundingClientRect().height));
  const list = root.querySelector<HTMLElement>('.results')!.getBoundingClientRect().height;
  console.log(`HEIGHTS ${JSON.stringify(heights)} max ${Math.max(...heights)} list-of-10 ${Math.round(list)}`);
});
