import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { kmPerMile } from '../../src/geo/distance.js';
import { activityResults, findActivities, type ActivityRequest } from '../../src/search/activities.js';
import { defaultNearKm, nearGroups, onlineOnly } from '../../src/search/near.js';
import { blend, nearness } from '../../src/search/ranking.js';
import { initialState, noFilters, type VisitorPlace } from '../../src/store/state.js';

// Points north of the visitor: 0.009° of latitude is about 1 km.
const here: VisitorPlace = { lat: 53.8, lng: -1.55, label: 'LS1 4AP', source: 'postcode' };
const at = (km: number) => ({ name: `${km} km away`, lat: here.lat + km * 0.009, lng: here.lng });

const feed: Feed = parseFeed({
  version: 1,
  categories: [{ id: 'dance', label: 'Dance' }],
  activities: [
    // "dancing" is in the feed, so this typo of it is not offered for "dancing".
    { id: 'typo-next-door', title: 'Daning club', location: at(0.2) },
    { id: 'strong-3km', title: 'Dancing for all', categories: ['dance'], location: at(3) },
    { id: 'strong-1km', title: 'Dancing for all', categories: ['dance'], location: at(1) },
    { id: 'weak-next-door', title: 'Community hall', description: 'Ends with some dancing', location: at(0.1) },
    { id: 'strong-far', title: 'Dancing for all', categories: ['dance'], location: at(150) },
    { id: 'online', title: 'Dancing at home', online: true },
  ],
}).feed;

const ids = (request: Partial<ActivityRequest>) =>
  findActivities(feed, { query: '', filters: noFilters, ...request }).results.map((result) => result.activity.id);

describe('ranking', () => {
  it('puts the word and its forms above the vocabulary above typos, whatever the field', () => {
    const swims = parseFeed({
      version: 1,
      activities: [
        { id: 'typo-in-title', title: 'Sims night' },
        { id: 'vocabulary-in-title', title: 'Aqua fit' },
        { id: 'form-in-description', title: 'The lido', description: 'Swim outdoors' },
        { id: 'form-in-title', title: 'Swimming lessons' },
      ],
    }).feed;
    const order = findActivities(swims, { query: 'swims', filters: noFilters }).results.map(
      (result) => result.activity.id,
    );
    expect(order).to.deep.equal(['form-in-title', 'form-in-description', 'vocabulary-in-title', 'typo-in-title']);
  });

  it('without a place, orders by relevance alone; ties keep the feed order', () => {
    expect(ids({ query: 'dancing' })).to.deep.equal([
      'strong-3km',
      'strong-1km',
      'strong-far',
      'online',
      'weak-next-door',
    ]);
  });

  it('with a place, blends relevance with distance: a strong match a little further beats a weak one next door', () => {
    const order = ids({ query: 'dancing', place: here });
    expect(order.indexOf('strong-3km')).to.be.lessThan(order.indexOf('weak-next-door'));
    expect(order.indexOf('weak-next-door')).to.be.lessThan(order.indexOf('strong-far'));
    expect(order.at(-1)).to.equal('strong-far');
  });

  it('between equal matches the nearer wins; online counts as a short trip', () => {
    expect(ids({ query: 'dancing', place: here })).to.deep.equal([
      'strong-1km',
      'strong-3km',
      'weak-next-door',
      'online',
      'strong-far',
    ]);
    expect(nearness(feed.activities[5], undefined)).to.equal(1 / (1 + blend.onlineKm / blend.halfKm));
    expect(nearness(feed.activities[1], blend.halfKm)).to.equal(0.5);
  });

  it('with a place and no query, nearest first; "nearest first" stays a choice', () => {
    const nearest = ['weak-next-door', 'typo-next-door', 'strong-1km', 'strong-3km', 'strong-far', 'online'];
    expect(ids({ place: here })).to.deep.equal(nearest);
    expect(ids({ query: 'dancing', place: here, sort: 'distance' })).to.deep.equal(
      nearest.filter((id) => id !== 'typo-next-door'),
    );
  });

  it("a store's default order is the blended one", () => {
    const state = { ...initialState, status: 'ready' as const, feed, query: 'dancing', place: here };
    expect(activityResults(state).results[0].activity.id).to.equal('strong-1km');
  });
});

describe('near means near', () => {
  const found = (request: Partial<ActivityRequest>) =>
    findActivities(feed, { query: '', filters: noFilters, ...request }).results;

  it('splits the results at 10 miles; online ones go with the near ones, shown as online', () => {
    const groups = nearGroups(found({ query: 'dancing', place: here }), { place: here, filters: noFilters })!;
    expect(defaultNearKm).to.be.closeTo(10 * kmPerMile, 1e-9);
    expect(groups.near.map((result) => result.activity.id)).to.deep.equal([
      'strong-1km',
      'strong-3km',
      'weak-next-door',
      'online',
    ]);
    expect(groups.further.map((result) => result.activity.id)).to.deep.equal(['strong-far']);
    expect(groups.nothingNear).to.equal(false);
    expect(groups.near.filter(onlineOnly).map((result) => result.activity.id)).to.deep.equal(['online']);
  });

  it('says when nothing lies within the radius, which can be set', () => {
    const results = found({ query: 'dancing', place: here });
    const tight = nearGroups(results, { place: here, filters: noFilters, radiusKm: 0.05 })!;
    expect(tight.nothingNear).to.equal(true);
    expect(tight.near.map((result) => result.activity.id)).to.deep.equal(['online']);
    expect(tight.further).to.have.length(4);
  });

  it('does not split without a place, or when the visitor chose a distance', () => {
    const results = found({ query: 'dancing' });
    expect(nearGroups(results, { filters: noFilters })).to.equal(undefined);
    expect(nearGroups(results, { place: here, filters: { ...noFilters, withinKm: 5 } })).to.equal(undefined);
  });
});
