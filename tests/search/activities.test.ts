import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { kmPerMile } from '../../src/geo/distance.js';
import { activityIndex, activityResults, findActivities, type ActivityRequest } from '../../src/search/activities.js';
import { activeFilterCount, timeOfDay } from '../../src/search/filters.js';
import { initialState, noFilters, type ActivityFilters, type VisitorPlace } from '../../src/store/state.js';

let feed: Feed;
const leeds: VisitorPlace = { lat: 53.7997, lng: -1.5492, label: 'LS1 4AP', source: 'postcode' };

const ids = (request: Partial<ActivityRequest>) =>
  findActivities(feed, { query: '', filters: noFilters, ...request }).results.map((result) => result.activity.id);
const filtered = (filters: Partial<ActivityFilters>, request: Partial<ActivityRequest> = {}) =>
  ids({ ...request, filters: { ...noFilters, ...filters } });

describe('activity search', () => {
  before(async () => {
    feed = parseFeed(await (await fetch('/tests/fixtures/search-feed.json')).json()).feed;
    await activityIndex(feed).ready;
  });

  describe('ranking', () => {
    it('forgives typos, best field first', () => {
      expect(ids({ query: 'gardning' })).to.deep.equal(['garden-club', 'garden-volunteering', 'craft-cafe']);
      expect(ids({ query: 'swiming' })).to.deep.equal(['gentle-swim', 'adult-swim']);
    });

    it('finds words by their start; a word in the title and a category counts for both', () => {
      // Was volunteer-befriending first (the closer start); now "volunteering" in the title and the category wins.
      expect(ids({ query: 'volunt' })).to.deep.equal(['garden-volunteering', 'volunteer-befriending']);
    });

    it('searches categories by label, organisations and place names', () => {
      expect(ids({ query: 'heritage' })).to.deep.equal(['museum']);
      expect(ids({ query: 'leeds libraries' })).to.deep.equal(['craft-cafe']);
      // The place name first; then, through the everyday words (allotment → gardening), the other gardening.
      expect(ids({ query: 'allotments' })).to.deep.equal(['garden-club', 'garden-volunteering', 'craft-cafe']);
    });

    it('needs every word of a longer query', () => {
      expect(ids({ query: 'gentle swimming pool' })).to.deep.equal(['gentle-swim']);
    });

    it('lists everything in feed order without a query', () => {
      expect(ids({})).to.deep.equal(feed.activities.map((activity) => activity.id));
    });
  });

  describe('filters', () => {
    it('by category, any of those chosen', () => {
      expect(filtered({ categories: ['music', 'dance'] })).to.deep.equal(['choir', 'dance']);
    });

    it('by day and time of day, both in one session', () => {
      expect(filtered({ days: ['tue'] })).to.deep.equal(['garden-club', 'volunteer-befriending', 'dance']);
      expect(filtered({ days: ['tue'], times: ['morning'] })).to.deep.equal(['garden-club', 'dance']);
      expect(filtered({ times: ['evening'] })).to.deep.equal(['adult-swim', 'volunteer-befriending', 'paint-online']);
      expect(filtered({ times: ['afternoon'], days: ['mon'] })).to.deep.equal(['gentle-swim']);
      expect([timeOfDay('11:59'), timeOfDay('12:00'), timeOfDay('16:59'), timeOfDay('17:00')]).to.deep.equal([
        'morning',
        'afternoon',
        'afternoon',
        'evening',
      ]);
    });

    it('by cost: free only, or up to a most', () => {
      expect(filtered({ freeOnly: true, categories: ['sport', 'arts', 'befriending'] })).to.deep.equal([
        'volunteer-befriending',
        'tea-talk',
      ]);
      expect(filtered({ maxCost: 3, categories: ['sport', 'arts'] })).to.deep.equal(['paint-online', 'craft-cafe']);
    });

    it('by age', () => {
      expect(filtered({ age: 30, categories: ['sport', 'heritage'] })).to.deep.equal(['adult-swim']);
      expect(filtered({ age: 65, categories: ['sport', 'heritage'] })).to.deep.equal([
        'gentle-swim',
        'adult-swim',
        'museum',
      ]);
    });

    it('by access needs, every one chosen', () => {
      expect(filtered({ accessibility: ['step-free', 'hearing-loop'] })).to.deep.equal(['gentle-swim']);
      expect(filtered({ accessibility: ['large-print'] })).to.deep.equal(['museum']);
    });

    it('online or in person', () => {
      expect(filtered({ mode: 'online' })).to.deep.equal(['volunteer-befriending', 'paint-online']);
      expect(filtered({ mode: 'in-person' })).to.have.length(feed.activities.length - 2);
    });

    it('by distance from a place, nearest first when asked', () => {
      const within = filtered({ withinKm: 5 * kmPerMile }, { place: leeds });
      expect(within).to.have.members(['garden-club', 'adult-swim', 'craft-cafe', 'tea-talk']);
      expect(filtered({ withinKm: 5 * kmPerMile }, { place: leeds, sort: 'distance' })).to.deep.equal([
        'tea-talk',
        'craft-cafe',
        'garden-club',
        'adult-swim',
      ]);
      const results = findActivities(feed, {
        query: 'swimming',
        filters: noFilters,
        place: leeds,
        sort: 'distance',
      }).results;
      expect(results.map((result) => result.activity.id)).to.deep.equal(['adult-swim', 'gentle-swim']);
      expect(results[0].distanceKm).to.be.closeTo(4.4, 0.2);
    });

    it('keeps nothing by distance without a place', () => {
      expect(filtered({ withinKm: 10 })).to.deep.equal([]);
    });

    it('combine with each other and with the query', () => {
      expect(filtered({ freeOnly: true, accessibility: ['step-free'], days: ['sat'] })).to.deep.equal(['museum']);
      expect(filtered({ freeOnly: true }, { query: 'volunteering' })).to.deep.equal([
        'garden-volunteering',
        'volunteer-befriending',
      ]);
      expect(filtered({ freeOnly: true, mode: 'online' }, { query: 'painting' })).to.deep.equal([]);
    });

    it('counts results per category with the other filters applied, not the category one', () => {
      const { categoryCounts, results } = findActivities(feed, {
        query: 'volunteering',
        filters: { ...noFilters, categories: ['befriending'] },
      });
      expect(results.map((result) => result.activity.id)).to.deep.equal(['volunteer-befriending']);
      expect(Object.fromEntries(categoryCounts)).to.deep.equal({ volunteering: 2, befriending: 1, gardening: 1 });
    });

    it('counts the filters in use, one per chosen value', () => {
      expect(activeFilterCount(noFilters)).to.equal(0);
      expect(activeFilterCount({ ...noFilters, categories: ['a', 'b'], freeOnly: true, withinKm: 8 })).to.equal(4);
    });
  });
  describe("a store's results", () => {
    it('are worked out once for every widget that asks for the same state, and again when it changes', () => {
      const state = { ...initialState, status: 'ready' as const, feed, query: 'gardning' };
      const first = activityResults(state);
      expect(activityResults({ ...state, selection: { kind: 'activity', id: 'garden-club' } })).to.equal(first);
      expect(first.results.map((result) => result.activity.id)).to.deep.equal([
        'garden-club',
        'garden-volunteering',
        'craft-cafe',
      ]);
      const nearer = activityResults({ ...state, place: leeds }, 'distance');
      expect(nearer).not.to.equal(first);
      expect(activityResults(state)).to.equal(first);
      expect(activityResults({ ...state, query: 'swiming' }).results.map((result) => result.activity.id)).to.deep.equal(
        ['gentle-swim', 'adult-swim'],
      );
    });
  });
});
