import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { SearchEvent } from '../../src/events/search-event.js';
import type { SelectEvent } from '../../src/events/select-event.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { feedUrl, SearchHarness } from './harness.js';

describe('<lw-activity-search>: searching', () => {
  it('lists every activity with the count before anything is typed', async () => {
    const search = await SearchHarness.open();
    expect(search.count()).to.equal('12 activities match, showing 10');
    expect(search.titles()).to.have.length(10);
    await expect(search.element).to.be.accessible();
  });

  it('forgives typos as you type, best match first, and marks the matched words', async () => {
    const search = await SearchHarness.open();
    await search.type('gardning');
    await waitUntil(() => search.count() === '3 activities match', search.count());
    expect(search.titles()).to.deep.equal(['Community gardening club', 'Garden volunteering days', 'Craft café']);
    expect(search.marked()).to.include('gardening');
    await search.type('swiming');
    await waitUntil(() => search.count() === '2 activities match', search.count());
    expect(search.titles()).to.deep.equal(['Gentle swimming', 'Swimming lessons for adults']);
    await expect(search.element).to.be.accessible();
  });

  it('finds words by their start', async () => {
    const search = await SearchHarness.open();
    await search.type('volunt');
    await waitUntil(() => search.count() === '2 activities match', search.count());
    // "volunteering" in the title and the category counts for both (issue 11): this one first.
    expect(search.titles()).to.deep.equal(['Garden volunteering days', 'Volunteer befriending']);
  });

  it('searches at once on Enter, and keeps focus in the box', async () => {
    const search = await SearchHarness.open();
    await search.type('choir', true);
    expect(search.count()).to.equal('1 activity matches');
    expect(search.titles()).to.deep.equal(['Choir for wellbeing']);
    expect(search.focused()).to.equal('search box');
  });

  it('shows feed text containing HTML as plain text, never as markup', async () => {
    const search = await SearchHarness.open();
    await search.type('cuppa', true);
    const card = search.card();
    expect(card.title).to.equal('Tea & talk');
    expect(search.descriptionOf('Tea & talk')).to.deep.equal(['A warm welcome and a cuppa.']);
    expect(card.text).to.contain('By Friends of the Library');
    expect(card.text).not.to.contain('alert');
    expect(card.hasMarkup).to.equal(false);
  });

  it('shows each card’s schedule, cost, ages, access, place and safe contact links', async () => {
    const search = await SearchHarness.open();
    await search.type('community gardening', true);
    const card = search.card();
    expect(card.facts).to.deep.equal({
      When: 'Tuesdays 10:00–12:00',
      Cost: 'Free',
      Accessibility: 'Step-free access, Accessible toilet',
      Where: 'Chapel Allerton allotments, Town Street, Leeds, LS1 4AP',
      Categories: 'Gardening',
    });
    expect(card.organisation).to.equal('By Green Streets');
    expect(card.links).to.deep.equal([
      ['Call 0113 496 0000', 'tel:01134960000'],
      ['Email: garden@example.org', 'mailto:garden@example.org'],
      ['Website', 'https://example.org/garden-club'],
      ['Directions (OpenStreetMap)', 'https://www.openstreetmap.org/directions?route=%3B53.8008%2C-1.5491'],
    ]);
    await search.type('gentle swimming', true);
    expect(search.card().text)
      .to.contain('Mondays and Thursdays 14:00–15:00')
      .and.contain('£3.50')
      .and.contain('50 and over');
  });

  it('tells the page about each settled search, without the visitor’s place', async () => {
    const search = await SearchHarness.open();
    const settled = oneEvent(search.element, 'lw-search') as unknown as Promise<SearchEvent>;
    await search.type('zzzzqqq', true);
    const event = await settled;
    expect(event.query).to.equal('zzzzqqq');
    expect(event.resultCount).to.equal(0);
    expect(event.filters.categories).to.deep.equal([]);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(Object.keys(event)).not.to.include('place');
  });

  it('chooses an activity from its title, and tells the page', async () => {
    const search = await SearchHarness.open();
    const chosen = oneEvent(search.element, 'lw-select') as unknown as Promise<SelectEvent>;
    search.chooseResult(1);
    const event = await chosen;
    expect([event.kind, event.id, (event.record as { title: string }).title]).to.deep.equal([
      'activity',
      'garden-volunteering',
      'Garden volunteering days',
    ]);
    await search.element.updateComplete;
    expect(search.isChosen(1)).to.equal(true);
  });

  it('does a whole search with the keyboard alone', async () => {
    const search = await SearchHarness.open();
    await search.type('garden', true);
    expect(await search.tabUntil((focused) => focused === 'day: Tuesday', 60)).to.equal(true);
    await search.pressKey('Space');
    expect(search.titles()).to.deep.equal(['Community gardening club']);
    expect(search.count()).to.equal('1 activity matches');
    expect(await search.tabUntil((focused) => !!focused?.startsWith('title: '))).to.equal(true);
    const chosen = oneEvent(search.element, 'lw-select');
    await search.pressKey('Enter');
    expect(((await chosen) as unknown as SelectEvent).id).to.equal('garden-club');
  });

  it('speaks Welsh inside a Welsh page', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="cy">
        <lw-activity-search
          src=${feedUrl}
          no-cache
          page-size="20"
          .geocoder=${postcodesIo('/geocoder')}
        ></lw-activity-search>
      </div>`,
    );
    const search = await new SearchHarness(page.querySelector('lw-activity-search')!).ready();
    expect(search.count()).to.equal('12 gweithgaredd yn cyfateb');
    expect(search.searchLabel()).to.equal('Chwilio am weithgareddau');
    expect(search.dayOptions()).to.include('Dydd Mawrth');
    expect(search.card().text).to.contain('Bob dydd Mawrth 10:00–12:00').and.contain('Am ddim');
    await expect(search.element).to.be.accessible();
  });
});
