import { expect, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { SearchSession, type SearchPresets } from '../../src/components/activity-search/search-session.js';
import { parseFeed } from '../../src/feed/parse.js';
import { noFilters, type VisitorPlace } from '../../src/store/state.js';
import { LinkworkStore } from '../../src/store/store.js';

/** An element with nothing but a SearchSession over a store of its own. */
class SessionHost extends ReactiveElement {
  readonly store = new LinkworkStore();
  presets: SearchPresets = {};
  syncUrl = false;
  readonly settled: boolean[] = [];
  readonly located: VisitorPlace[] = [];
  readonly session = new SearchSession(this, {
    store: () => this.store,
    presets: () => this.presets,
    syncUrl: () => this.syncUrl,
    urlPrefix: () => 't-',
    onLocated: (place) => this.located.push(place),
    onSettled: (fromAddress) => this.settled.push(fromAddress),
  });
}
customElements.define('session-host', SessionHost);

const leeds: VisitorPlace = { lat: 53.8, lng: -1.55, label: 'LS1 4AP', source: 'postcode' };

async function host(setUp: (element: SessionHost) => void = () => {}): Promise<SessionHost> {
  const element = document.createElement('session-host') as SessionHost;
  element.store.loaded(parseFeed({ version: 1, activities: [{ id: 'walk', title: 'Walk' }] }));
  setUp(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

describe('SearchSession, on a bare element', () => {
  const start = location.href;
  afterEach(() => {
    history.replaceState(null, '', start);
    document.querySelectorAll('session-host').forEach((element) => element.remove());
  });

  it('lets the query follow the box once typing pauses, settling once', async () => {
    const element = await host();
    element.session.type('wa');
    element.session.type('walk');
    expect(element.session.typed).to.equal('walk');
    expect(element.store.state.query).to.equal('');
    await waitUntil(() => element.store.state.query === 'walk', 'the query never followed');
    expect(element.settled).to.deep.equal([false]);
  });

  it('searches at once on commit, and forgets a pending pause', async () => {
    const element = await host();
    element.session.type('walk');
    element.session.commitQuery();
    expect(element.store.state.query).to.equal('walk');
    element.session.clearQuery();
    expect([element.store.state.query, element.session.typed]).to.deep.equal(['', '']);
    expect(element.settled).to.deep.equal([false, false]);
  });

  it('shows in the box a query another widget set', async () => {
    const element = await host();
    element.store.setQuery('choir');
    // In a widget, its StoreController asks for this update.
    element.requestUpdate();
    await element.updateComplete;
    expect(element.session.typed).to.equal('choir');
  });

  it('takes the page’s presets once: categories, and a place given as coordinates', async () => {
    const element = await host((it) => {
      it.presets = { category: 'gardening, walking', place: '53.8,-1.55', placeLabel: 'Leeds Central Library' };
    });
    expect(element.store.state.filters.categories).to.deep.equal(['gardening', 'walking']);
    expect(element.store.state.place).to.deep.equal({
      lat: 53.8,
      lng: -1.55,
      label: 'Leeds Central Library',
      source: 'preset',
    });
    element.store.setFilters(noFilters);
    element.requestUpdate();
    await element.updateComplete;
    expect(element.store.state.filters.categories).to.deep.equal([]);
  });

  it('drops the distance filter with the place, and tells the element of a new place', async () => {
    const element = await host();
    element.session.changePlace(leeds);
    element.session.changeFilters((filters) => ({ ...filters, withinKm: 5 }));
    expect(element.located).to.deep.equal([leeds]);
    element.session.changePlace(undefined);
    expect(element.store.state.filters.withinKm).to.equal(undefined);
    expect(element.located).to.have.length(1);
  });

  it('with sync-url, writes the search into the address and follows Back', async () => {
    const element = await host((it) => (it.syncUrl = true));
    element.session.type('walk');
    element.session.commitQuery();
    expect(new URL(location.href).searchParams.get('t-q')).to.equal('walk');
    element.session.changeSort('relevance');
    expect(new URL(location.href).searchParams.get('t-sort')).to.equal('relevance');
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    expect(element.session.sort).to.equal(undefined);
    expect(element.store.state.query).to.equal('walk');
    expect(element.settled.at(-1)).to.equal(true);
  });
});
