import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import { parseFeed } from '../../src/feed/parse.js';
import { initialState, noFilters, type State } from '../../src/store/state.js';
import { LinkworkStore } from '../../src/store/store.js';

const feed = parseFeed({ version: 1, activities: [{ id: 'walk', title: 'Walk' }] });

describe('LinkworkStore', () => {
  it('starts loading, with nothing asked for', () => {
    const store = new LinkworkStore();
    expect(store.state).to.deep.equal(initialState);
    expect(store.state).to.deep.include({ status: 'loading', query: '', filters: noFilters });
  });

  it('replaces its state on every change, frozen, and tells each listener the new and the previous state', () => {
    const store = new LinkworkStore();
    const heard: [State, State][] = [];
    store.subscribe((state, previous) => heard.push([state, previous]));
    const first = store.state;
    store.loaded(feed);
    expect(store.state).to.not.equal(first);
    expect(Object.isFrozen(store.state)).to.equal(true);
    expect(store.state.status).to.equal('ready');
    expect(store.state.feed.activities.map((activity) => activity.id)).to.deep.equal(['walk']);
    expect(heard).to.have.length(1);
    expect(heard[0][0]).to.equal(store.state);
    expect(heard[0][1]).to.equal(first);
    expect(() => ((store.state as { query: string }).query = 'x')).to.throw();
  });

  it('keeps every other field when one changes', () => {
    const store = new LinkworkStore();
    store.loaded(feed);
    store.setQuery('walk');
    store.setFilters({ ...noFilters, freeOnly: true });
    store.setPlace({ lat: 53.8, lng: -1.55, label: 'LS1 4AP', source: 'postcode' });
    store.select({ kind: 'activity', id: 'walk' });
    expect(store.state).to.deep.include({
      status: 'ready',
      query: 'walk',
      selection: { kind: 'activity', id: 'walk' },
    });
    expect(store.state.filters.freeOnly).to.equal(true);
    expect(store.state.place?.label).to.equal('LS1 4AP');
  });

  it('does not notify for the same query', () => {
    const store = new LinkworkStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.setQuery('');
    store.setQuery('choir');
    store.setQuery('choir');
    expect(calls).to.equal(1);
  });

  it('records a failure, and clears it when loading again', () => {
    const store = new LinkworkStore();
    store.failed(new FeedError('timeout', 'too slow'));
    expect(store.state).to.deep.include({ status: 'error' });
    expect(store.state.error?.kind).to.equal('timeout');
    store.loading();
    expect(store.state.status).to.equal('loading');
    expect(store.state.error).to.equal(undefined);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const store = new LinkworkStore();
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.setQuery('a');
    stop();
    store.setQuery('b');
    expect(calls).to.equal(1);
  });

  it('counts the widgets that show it, and forgets each once', () => {
    const store = new LinkworkStore();
    const forgetA = store.addView({});
    const forgetB = store.addView({});
    expect(store.viewCount).to.equal(2);
    forgetA();
    forgetA();
    expect(store.viewCount).to.equal(1);
    forgetB();
    expect(store.viewCount).to.equal(0);
  });

  it('reaches whoever loads the feed through reload()', () => {
    const store = new LinkworkStore();
    let reloads = 0;
    store.reload();
    store.setReloader(() => reloads++);
    store.reload();
    store.setReloader(undefined);
    store.reload();
    expect(reloads).to.equal(1);
  });
});
