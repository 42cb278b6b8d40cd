import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-network-finder.js';
import '../../src/define/lw-resource-list.js';
import type { LocateEvent } from '../../src/events/locate-event.js';
import { FeedPage } from './harness.js';

const feed = '/tests/fixtures/networks-feed.json';
const geocoder = '/geocoder';

/** A page with a map above a search, as the README lays them out, sharing one feed. */
const mapAboveSearch = `<lw-feed src="${feed}" no-cache>
  <lw-network-finder tile-url=""></lw-network-finder>
  <lw-activity-search></lw-activity-search>
</lw-feed>`;

async function open(markup: string, lang = 'en-GB'): Promise<FeedPage> {
  const page = await FeedPage.open(markup, lang, geocoder);
  await waitUntil(() => page.placeBoxes().length > 0, 'no place box drawn', { timeout: 8000 });
  return page;
}

describe('one place box per page', () => {
  it('shows the postcode box once, in the first widget that has one; the other says "Set a place"', async () => {
    const page = await open(mapAboveSearch);
    expect(page.placeBoxes()).to.deep.equal(['lw-network-finder']);
    expect(page.place('lw-activity-search').pointer()).to.equal('Set a place');
    await expect(page.widget('lw-activity-search')).to.be.accessible();
  });

  it('shows the box in the search when the search comes first', async () => {
    const page = await open(`<lw-feed src="${feed}" no-cache>
      <lw-activity-search></lw-activity-search><lw-network-finder tile-url=""></lw-network-finder>
    </lw-feed>`);
    expect(page.placeBoxes()).to.deep.equal(['lw-activity-search']);
    expect(page.place('lw-network-finder').pointer()).to.equal('Set a place');
  });

  it('takes the visitor from "Set a place" to the one box, finds the place, and says "Near LS1 4AP · Change"', async () => {
    const page = await open(mapAboveSearch);
    const search = page.place('lw-activity-search');
    const map = page.place('lw-network-finder');
    await search.pressPointer();
    expect(map.focusIsInBox(), 'focus moved to the map’s postcode box').to.equal(true);
    await map.find('LS1 4AP');
    await waitUntil(
      () => search.pointer() === 'Near LS1 4AP · Change',
      `the search said “${search.pointer()}”; the map “${map.message()}”`,
      { timeout: 8000 },
    );
    expect(search.pointerButtonName()).to.equal('Change the place');
    expect(page.placeBoxes()).to.deep.equal(['lw-network-finder']);
    await search.pressPointer();
    expect(map.focusIsInBox()).to.equal(true);
    await expect(page.widget('lw-activity-search')).to.be.accessible();
  });

  it('puts the box in <lw-place-finder> where the page placed it, after the widgets, and every widget points to it', async () => {
    const page = await open(`<lw-feed src="${feed}" no-cache>
      <lw-network-finder tile-url=""></lw-network-finder>
      <lw-activity-search></lw-activity-search>
      <aside><lw-place-finder></lw-place-finder></aside>
    </lw-feed>`);
    expect(page.placeBoxes()).to.deep.equal(['lw-place-finder']);
    const box = page.place('lw-place-finder');
    const located = new Promise<LocateEvent>((resolve) =>
      page.root.addEventListener('lw-locate', resolve, { once: true }),
    );
    await page.place('lw-network-finder').pressPointer();
    expect(box.focusIsInBox()).to.equal(true);
    await box.find('SW1A 1AA');
    expect((await located).place.label).to.equal('SW1A 1AA');
    for (const tag of ['lw-network-finder', 'lw-activity-search'])
      await waitUntil(() => page.place(tag).pointer() === 'Near SW1A 1AA · Change', page.place(tag).pointer());
    expect(box.current()).to.equal('Near SW1A 1AA Forget this place');
    await expect(page.widget('lw-place-finder')).to.be.accessible();
    // Forgetting it there forgets it everywhere.
    await box.forget();
    for (const tag of ['lw-network-finder', 'lw-activity-search'])
      await waitUntil(() => page.place(tag).pointer() === 'Set a place', page.place(tag).pointer());
  });

  it('moves the box to the next widget when the one that had it leaves the page', async () => {
    const page = await open(mapAboveSearch);
    page.widget('lw-network-finder').remove();
    await waitUntil(() => page.placeBoxes().join() === 'lw-activity-search', page.placeBoxes().join());
    expect(page.place('lw-activity-search').pointer()).to.equal('');
  });

  it('keeps a box in each widget that has a feed of its own', async () => {
    const page = await open(`<lw-feed src="${feed}" no-cache>
      <lw-network-finder tile-url=""></lw-network-finder>
      <lw-activity-search src="/tests/fixtures/search-feed.json" no-cache></lw-activity-search>
    </lw-feed>`);
    await waitUntil(() => page.placeBoxes().length === 2, page.placeBoxes().join());
  });

  it('says it in Welsh: "Dewis lle", then "Ger LS1 4AP · Newid"', async () => {
    const page = await open(mapAboveSearch, 'cy');
    const search = page.place('lw-activity-search');
    expect(search.pointer()).to.equal('Dewis lle');
    await page.place('lw-network-finder').find('LS1 4AP');
    await waitUntil(() => search.pointer() === 'Ger LS1 4AP · Newid', search.pointer(), { timeout: 8000 });
    expect(search.pointerButtonName()).to.equal('Newid y lle');
  });
});

describe('one announcement per change of place', () => {
  it('is said by the widget where the place was changed, and by no other', async () => {
    const page = await open(`<lw-feed src="${feed}" no-cache>
      <lw-activity-search></lw-activity-search>
      <lw-place-finder></lw-place-finder>
      <lw-resource-list></lw-resource-list>
    </lw-feed>`);
    const box = page.place('lw-place-finder');
    // The search reads out its first count once the feed is in: that is before the place changes.
    const said = () =>
      page.root.querySelector('lw-activity-search')!.shadowRoot!.querySelector('[data-announcer]')?.textContent;
    await waitUntil(() => said() === '7 activities match', `the search said “${said()}”`, { timeout: 8000 });
    const listening = page.listen();
    await box.find('SW1A 1AA');
    await waitUntil(() => listening.heard.includes('lw-place-finder: Near SW1A 1AA'), listening.heard.join(' | '), {
      timeout: 8000,
    });
    // Time for any other widget to speak up, as it would after a typing pause.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    listening.stop();
    expect(listening.heard).to.deep.equal(['lw-place-finder: Looking up SW1A 1AA…', 'lw-place-finder: Near SW1A 1AA']);
    expect(listening.late, 'live regions added already speaking').to.deep.equal([]);
  });

  it('is said in Welsh: "Ger SW1A 1AA"', async () => {
    const page = await open(`<lw-feed src="${feed}" no-cache><lw-place-finder></lw-place-finder></lw-feed>`, 'cy');
    const listening = page.listen();
    await page.place('lw-place-finder').find('SW1A 1AA');
    await waitUntil(() => listening.heard.includes('lw-place-finder: Ger SW1A 1AA'), listening.heard.join(' | '), {
      timeout: 8000,
    });
    listening.stop();
  });
});
