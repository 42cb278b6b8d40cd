import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LocateEvent } from '../../src/events/locate-event.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { feedUrl, SearchHarness } from './harness.js';

const all = html`<lw-activity-search
  src=${feedUrl}
  no-cache
  page-size="20"
  .geocoder=${postcodesIo('/geocoder')}
></lw-activity-search>`;

describe('<lw-activity-search>: filters', () => {
  it('filters by category, showing how many each category would give', async () => {
    const search = await SearchHarness.open(all);
    expect(search.filterLabel('Gardening')).to.equal('Gardening (2)');
    expect(search.filterLabel('Sport and exercise')).to.equal('Sport and exercise (2)');
    await search.tick('Music');
    await search.tick('Dance');
    expect(search.ids()).to.deep.equal(['choir', 'dance']);
    expect(search.chips()).to.deep.equal(['Music', 'Dance']);
    expect(search.count()).to.equal('2 activities match');
    // Counts follow the other filters, not the category one itself.
    await search.tick('Tuesday');
    expect(search.filterLabel('Gardening')).to.equal('Gardening (1)');
    expect(search.ids()).to.deep.equal(['dance']);
  });

  it('filters by day and time of day, in one session', async () => {
    const search = await SearchHarness.open(all);
    await search.tick('Tuesday');
    await search.tick('Morning');
    expect(search.ids()).to.deep.equal(['garden-club', 'dance']);
    expect(search.chips()).to.deep.equal(['Tuesday', 'Morning']);
  });

  it('filters by cost: free only, or up to an amount', async () => {
    const search = await SearchHarness.open(all);
    await search.choose('filter-cost', 'free');
    expect(search.ids()).to.not.include.members(['gentle-swim', 'paint-online', 'craft-cafe']);
    expect(search.ids()).to.have.length(7);
    expect(search.chips()).to.deep.equal(['Free only']);
    await search.choose('filter-cost', '2');
    expect(search.ids()).to.include('paint-online').and.not.include('craft-cafe');
    expect(search.chips()).to.deep.equal(['Up to £2']);
  });

  it('filters by age, access needs and online or in person', async () => {
    const search = await SearchHarness.open(all);
    await search.enterAge('55');
    expect(search.ids()).to.include('gentle-swim').and.not.include('museum');
    expect(search.chips()).to.deep.equal(['Age 55']);
    await search.tick('Hearing loop');
    expect(search.ids()).to.deep.equal(['gentle-swim']);
    await search.clearAll();
    await search.choose('filter-mode', 'online');
    expect(search.ids()).to.deep.equal(['volunteer-befriending', 'paint-online']);
    expect(search.chips()).to.deep.equal(['Online']);
  });

  it('measures distances from a postcode, sorts nearest first and filters by distance', async () => {
    const search = await SearchHarness.open(all);
    const located = oneEvent(search.element, 'lw-locate') as unknown as Promise<LocateEvent>;
    await search.findPostcode('LS1 4AP');
    expect((await located).place).to.deep.equal({ lat: 53.7997, lng: -1.5492, label: 'LS1 4AP', source: 'postcode' });
    expect(search.ids().slice(0, 4)).to.deep.equal(['tea-talk', 'craft-cafe', 'garden-club', 'adult-swim']);
    expect(search.distances()[0]).to.equal('0.1 miles away');
    await search.choose('filter-distance', '1');
    expect(search.ids()).to.deep.equal(['tea-talk', 'craft-cafe', 'garden-club']);
    expect(search.chips()).to.deep.equal(['Within 1 mile']);
    // With no query there is nothing to match: "Best match" is nearest first too (issue 11; was feed order).
    await search.choose('sort', 'relevance');
    expect(search.ids()).to.deep.equal(['tea-talk', 'craft-cafe', 'garden-club']);
    await expect(search.element).to.be.accessible();
    await search.forgetPlace();
    expect(search.distances()).to.have.length(0);
    expect(search.chips()).to.deep.equal([]);
    expect(search.focused()).to.equal('postcode box');
  });

  it('gives distances in kilometres with units="km"', async () => {
    const search = await SearchHarness.open(
      html`<lw-activity-search
        src=${feedUrl}
        no-cache
        units="km"
        .geocoder=${postcodesIo('/geocoder')}
      ></lw-activity-search>`,
    );
    await search.findPostcode('LS1 4AP');
    expect(search.distances()[0]).to.equal('0.1 km away');
    expect(search.options('filter-distance')).to.deep.equal([
      'Any distance',
      'Within 1 km',
      'Within 3 km',
      'Within 5 km',
      'Within 10 km',
    ]);
  });

  it('explains an unknown postcode and a failing postcode service', async () => {
    const search = await SearchHarness.open(all);
    await search.findPostcode('ZZ9 9ZZ', false);
    await waitUntil(
      () =>
        search.placeMessage() ===
        'We could not find the postcode ZZ9 9ZZ. Check it, or try just the first part (for example SW1A).',
      search.placeMessage(),
    );
    search.element.geocoder = postcodesIo('/geocoder-broken');
    await search.findPostcode('M1 1AE', false);
    await waitUntil(
      () =>
        search.placeMessage() ===
        'The postcode service is not answering just now. Please try again in a moment, or use your location.',
      search.placeMessage(),
    );
    expect(search.distances()).to.have.length(0);
  });

  it('removes a chip with the keyboard, moving focus to the next chip, then clears all', async () => {
    const search = await SearchHarness.open(all);
    await search.tick('Gardening');
    await search.tick('Arts and crafts');
    await search.tick('Friday');
    expect(search.chips()).to.deep.equal(['Gardening', 'Arts and crafts', 'Friday']);
    expect(search.chipName(0)).to.equal('Remove filter: Gardening');
    await search.removeChip(0);
    expect(search.chips()).to.deep.equal(['Arts and crafts', 'Friday']);
    expect(search.focused()).to.equal('chip: Arts and crafts');
    await search.clearAll();
    expect(search.chips()).to.deep.equal([]);
    expect(search.focused()).to.equal('search box');
    expect(search.count()).to.equal('12 activities match');
  });

  it('combines a query with filters', async () => {
    const search = await SearchHarness.open(all);
    await search.type('swimming', true);
    await search.tick('Wednesday');
    expect(search.titles()).to.deep.equal(['Swimming lessons for adults']);
  });
});
