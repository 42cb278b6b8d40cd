import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { activityIndex, findActivities } from '../../src/search/activities.js';
import { chosenFilters } from '../../src/search/filter-values.js';
import { countsWithout, didYouMean, nearestCategories } from '../../src/search/ways-out.js';
import { noFilters } from '../../src/store/state.js';

let feed: Feed;
const found = (query: string) => findActivities(feed, { query, filters: noFilters }).results.length;

describe('ways out of an empty search', () => {
  before(async () => {
    feed = parseFeed(await (await fetch('/demo/feed.json')).json()).feed;
    await activityIndex(feed).ready;
  });

  describe('did you mean', () => {
    it("mends each word the feed does not have with the feed's nearest word", () => {
      // Two typos in seven letters: more than the search forgives by itself.
      expect(didYouMean(feed, { query: 'poterry', filters: noFilters })).to.deep.equal({
        query: 'pottery',
        count: found('pottery'),
      });
      // "tenis" was forgiven (one typo) but is mended too, so the suggestion reads right.
      expect(didYouMean(feed, { query: 'tabel tenis', filters: noFilters })).to.deep.equal({
        query: 'table tennis',
        count: found('table tennis'),
      });
      expect(found('poterry')).to.equal(0);
    });

    it('offers nothing when every word is known, or when the mended query still finds nothing', () => {
      expect(didYouMean(feed, { query: 'gardening', filters: noFilters })).to.equal(undefined);
      expect(didYouMean(feed, { query: 'volunt', filters: noFilters })).to.equal(undefined);
      expect(didYouMean(feed, { query: 'zzxqv', filters: noFilters })).to.equal(undefined);
      expect(didYouMean(feed, { query: 'poterry', filters: { ...noFilters, days: ['sun'], freeOnly: true } })).to.equal(
        undefined,
      );
    });
  });

  describe('nearest categories', () => {
    it('names the categories the query is nearest, with how many activities each has', () => {
      const yoga = nearestCategories(feed, { query: 'yoga', filters: noFilters });
      expect(yoga[0].category.id).to.equal('sport');
      expect(yoga[0].count).to.equal(
        feed.activities.filter((activity) => activity.categories.includes('sport')).length,
      );
      expect(nearestCategories(feed, { query: 'gardning', filters: noFilters })[0].category.id).to.equal('gardening');
      expect(nearestCategories(feed, { query: 'lonely', filters: noFilters })[0].category.id).to.equal('befriending');
      expect(nearestCategories(feed, { query: 'qqq', filters: noFilters })).to.deep.equal([]);
    });

    it('counts with the filters in use and leaves out categories with nothing to show', () => {
      const filters = { ...noFilters, days: ['sun' as const], freeOnly: true };
      for (const { category, count } of nearestCategories(feed, { query: 'dance', filters }, 5)) {
        expect(count, category.id).to.be.greaterThan(0);
      }
    });
  });

  describe('counts without each filter', () => {
    it('says how many activities removing each filter value would give', () => {
      const filters = { ...noFilters, freeOnly: true, days: ['tue' as const] };
      const counts = countsWithout(feed, { query: 'yoga', filters });
      // "yoga" finds gentle exercise, sport and seated dance here: 7 of them are free, 3 meet on a Tuesday.
      expect(counts.map(({ filter, count }) => [filter.key, count])).to.deep.equal([
        ['day:tue', 7],
        ['free', 3],
      ]);
    });

    it('counts a full set of weekdays, or the weekend, as one value', () => {
      const filters = {
        ...noFilters,
        days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const,
        times: ['morning' as const],
      };
      expect(chosenFilters({ ...filters, days: [...filters.days] }).map((filter) => filter.key)).to.deep.equal([
        'days:weekdays',
        'day:sat',
        'time:morning',
      ]);
      const weekend = chosenFilters({ ...noFilters, days: ['sat', 'sun'] })[0];
      expect(weekend.without({ ...noFilters, days: ['sat', 'sun'] }).days).to.deep.equal([]);
    });
  });
});
