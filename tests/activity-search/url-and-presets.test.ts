import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { feedUrl, SearchHarness } from './harness.js';

const synced = html`<lw-activity-search
  src=${feedUrl}
  no-cache
  sync-url
  .geocoder=${postcodesIo('/geocoder')}
></lw-activity-search>`;
const params = () => Object.fromEntries(new URL(location.href).searchParams);

/** Goes back (or forward) in history and waits for the page to say so. */
async function travel(steps: number): Promise<void> {
  const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  history.go(steps);
  await moved;
}

describe('<lw-activity-search>: the address and presets', () => {
  let start: string;
  before(() => (start = location.href));
  afterEach(() => history.replaceState(null, '', start));

  it('keeps the search in prefixed parameters beside the page’s own, and Back/Forward restore it', async () => {
    history.replaceState(null, '', `${location.pathname}?page=2`);
    const search = await SearchHarness.open(synced);
    await search.type('garden', true);
    await search.element.updateComplete;
    await search.tick('Tuesday');
    await search.element.updateComplete;
    await search.findPostcode('LS1 4AP');
    expect(params()).to.deep.equal({
      page: '2',
      'lw-q': 'garden',
      'lw-day': 'tue',
      'lw-near': 'LS1 4AP',
      'lw-at': '53.7997,-1.5492',
    });
    expect(search.titles()).to.deep.equal(['Community gardening club']);

    await travel(-1);
    await search.element.updateComplete;
    expect(search.distances()).to.have.length(0);
    await travel(-1);
    await search.element.updateComplete;
    expect(search.chips()).to.deep.equal([]);
    expect(search.typed()).to.equal('garden');
    expect(search.count()).to.equal('3 activities match');
    await travel(1);
    await search.element.updateComplete;
    expect(search.chips()).to.deep.equal(['Tuesday']);
    expect(params()).to.include({ page: '2', 'lw-day': 'tue' });
  });

  it('restores a search from a shared link', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?lw-q=swiming&lw-max-cost=5&lw-near=M1%201AE&lw-at=53.4794,-2.2453`,
    );
    const search = await SearchHarness.open(synced);
    expect(search.titles()).to.deep.equal(['Gentle swimming']);
    expect(search.chips()).to.deep.equal(['Up to £5']);
    expect(search.distances()[0]).to.match(/miles away$/);
    expect(search.typed()).to.equal('swiming');
  });

  it('never writes a place found by geolocation into the address', async () => {
    const { executeServerCommand } = await import('@web/test-runner-commands');
    await executeServerCommand('geolocation', { lat: 53.8, lng: -1.55 });
    const search = await SearchHarness.open(synced);
    await search.useMyLocation();
    await waitUntil(() => search.distances().length > 0, 'no distances', { timeout: 5000 });
    expect(Object.keys(params()).filter((name) => /near|at/.test(name))).to.deep.equal([]);
  });

  it('takes a category, a place, a page size and hidden filters from attributes', async () => {
    const search = await SearchHarness.open(
      html`<lw-activity-search
        src=${feedUrl}
        no-cache
        category="sport,befriending"
        place="53.7997,-1.5492"
        place-label="Leeds station"
        page-size="2"
        hide-filters
      ></lw-activity-search>`,
    );
    await waitUntil(() => search.distances().length > 0, 'no distances');
    expect(search.chips()).to.deep.equal(['Sport and exercise', 'Befriending']);
    expect(search.titles()).to.deep.equal(['Tea & talk', 'Swimming lessons for adults']);
    expect(search.count()).to.equal('4 activities match, showing 2');
    expect(search.hasFilters()).to.equal(false);
    expect(search.placeShown()).to.contain('Near Leeds station');
  });

  it('shows ten at a time when the page size is not a whole number', async () => {
    const search = await SearchHarness.open(
      html`<lw-activity-search src=${feedUrl} no-cache page-size="lots"></lw-activity-search>`,
    );
    expect(search.titles()).to.have.length(10);
    expect(search.moreLabel()).to.equal('Show 2 more');
  });

  it('looks up a preset postcode with the geocoder', async () => {
    const search = await SearchHarness.open(
      html`<lw-activity-search
        src=${feedUrl}
        no-cache
        place="NR2 1NH"
        .geocoder=${postcodesIo('/geocoder')}
      ></lw-activity-search>`,
    );
    await waitUntil(() => search.distances().length > 0, 'no distances');
    expect(search.titles()[0]).to.equal('Choir for wellbeing');
  });

  it('shares its query, filters and place through the store of the <lw-feed> around it', async () => {
    const feed = await fixture<LwFeed>(
      html`<lw-feed src=${feedUrl} no-cache
        ><lw-activity-search></lw-activity-search><lw-activity-search></lw-activity-search
      ></lw-feed>`,
    );
    feed.geocoder = postcodesIo('/geocoder');
    const [first, second] = ([...feed.querySelectorAll('lw-activity-search')] as LwActivitySearch[]).map(
      (element) => new SearchHarness(element),
    );
    await first.ready();
    await first.type('walk', true);
    await first.tick('Monday');
    await first.findPostcode('BS1 5TR');
    expect(feed.store.state.query).to.equal('walk');
    expect(feed.store.state.filters.days).to.deep.equal(['mon']);
    expect(feed.store.state.place?.label).to.equal('BS1 5TR');
    await second.element.updateComplete;
    expect(second.typed()).to.equal('walk');
    expect(second.titles()).to.deep.equal(['Health walk']);
  });
});
