import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import {
  checkbox,
  chips,
  countText,
  feedUrl,
  findPostcode,
  part,
  parts,
  searchWidget,
  titles,
  typeQuery,
} from './helpers.js';

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
    const element = await searchWidget(synced);
    await typeQuery(element, 'garden', true);
    await element.updateComplete;
    checkbox(element, 'Tuesday').click();
    await element.updateComplete;
    await findPostcode(element, 'LS1 4AP');
    expect(params()).to.deep.equal({
      page: '2',
      'lw-q': 'garden',
      'lw-day': 'tue',
      'lw-near': 'LS1 4AP',
      'lw-at': '53.7997,-1.5492',
    });
    expect(titles(element)).to.deep.equal(['Community gardening club']);

    await travel(-1);
    await element.updateComplete;
    expect(parts(element, '[part="distance"]')).to.have.length(0);
    await travel(-1);
    await element.updateComplete;
    expect(chips(element)).to.deep.equal([]);
    expect(part<HTMLInputElement>(element, '#search-input').value).to.equal('garden');
    expect(countText(element)).to.equal('3 activities match');
    await travel(1);
    await element.updateComplete;
    expect(chips(element)).to.deep.equal(['Tuesday']);
    expect(params()).to.include({ page: '2', 'lw-day': 'tue' });
  });

  it('restores a search from a shared link', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}?lw-q=swiming&lw-max-cost=5&lw-near=M1%201AE&lw-at=53.4794,-2.2453`,
    );
    const element = await searchWidget(synced);
    expect(titles(element)).to.deep.equal(['Gentle swimming']);
    expect(chips(element)).to.deep.equal(['Up to £5']);
    expect(part(element, '[part="distance"]').textContent).to.match(/miles away$/);
    expect(part<HTMLInputElement>(element, '#search-input').value).to.equal('swiming');
  });

  it('never writes a place found by geolocation into the address', async () => {
    const { executeServerCommand } = await import('@web/test-runner-commands');
    await executeServerCommand('geolocation', { lat: 53.8, lng: -1.55 });
    const element = await searchWidget(synced);
    parts<HTMLButtonElement>(element, '.place-row button')[1].click();
    await waitUntil(() => parts(element, '[part="distance"]').length > 0, 'no distances', { timeout: 5000 });
    expect(Object.keys(params()).filter((name) => /near|at/.test(name))).to.deep.equal([]);
  });

  it('takes a category, a place, a page size and hidden filters from attributes', async () => {
    const element = await searchWidget(
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
    await waitUntil(() => parts(element, '[part="distance"]').length > 0, 'no distances');
    expect(chips(element)).to.deep.equal(['Sport and exercise', 'Befriending']);
    expect(titles(element)).to.deep.equal(['Tea & talk', 'Swimming lessons for adults']);
    expect(countText(element)).to.equal('4 activities match, showing 2');
    expect(part(element, '[part="filters"]')).to.equal(null);
    expect(part(element, '.place-current').textContent).to.contain('Near Leeds station');
  });

  it('shows ten at a time when the page size is not a whole number', async () => {
    const element = await searchWidget(
      html`<lw-activity-search src=${feedUrl} no-cache page-size="lots"></lw-activity-search>`,
    );
    expect(titles(element)).to.have.length(10);
    expect(part(element, '[part="more"]').textContent).to.equal('Show 2 more');
  });

  it('looks up a preset postcode with the geocoder', async () => {
    const element = await searchWidget(
      html`<lw-activity-search
        src=${feedUrl}
        no-cache
        place="NR2 1NH"
        .geocoder=${postcodesIo('/geocoder')}
      ></lw-activity-search>`,
    );
    await waitUntil(() => parts(element, '[part="distance"]').length > 0, 'no distances');
    expect(titles(element)[0]).to.equal('Choir for wellbeing');
  });

  it('shares its query, filters and place through the store of the <lw-feed> around it', async () => {
    const feed = await fixture<LwFeed>(
      html`<lw-feed src=${feedUrl} no-cache
        ><lw-activity-search></lw-activity-search><lw-activity-search></lw-activity-search
      ></lw-feed>`,
    );
    feed.geocoder = postcodesIo('/geocoder');
    const [first, second] = [...feed.querySelectorAll('lw-activity-search')] as LwActivitySearch[];
    await waitUntil(() => /match/.test(countText(first)), countText(first), { timeout: 10000 });
    await typeQuery(first, 'walk', true);
    checkbox(first, 'Monday').click();
    await findPostcode(first, 'BS1 5TR');
    expect(feed.store.state.query).to.equal('walk');
    expect(feed.store.state.filters.days).to.deep.equal(['mon']);
    expect(feed.store.state.place?.label).to.equal('BS1 5TR');
    await second.updateComplete;
    expect(part<HTMLInputElement>(second, '#search-input').value).to.equal('walk');
    expect(titles(second)).to.deep.equal(['Health walk']);
  });
});
