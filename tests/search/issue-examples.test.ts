// The examples of issue 11, on the sample feed, through the API the widget already uses: each failed before.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import type { Feed } from '../../src/feed/schema.js';
import { activityFields, activityIndex, findActivities, type ActivityRequest } from '../../src/search/activities.js';
import { createIndex } from '../../src/search/search-index.js';
import { categoryLabels } from '../../src/store/selectors.js';
import { noFilters, type VisitorPlace } from '../../src/store/state.js';

let feed: Feed;
const leeds: VisitorPlace = { lat: 53.7997, lng: -1.5492, label: 'LS1 4AP', source: 'postcode' };
const titles = (request: Partial<ActivityRequest>) =>
  findActivities(feed, { query: '', filters: noFilters, ...request }).results.map((result) => result.activity.title);

describe('issue 11: what residents and link workers type', () => {
  before(async () => {
    feed = parseFeed(await (await fetch('/demo/feed.json')).json()).feed;
    await activityIndex(feed).ready;
  });

  it('finds other forms of a word: knitting, gardeners, cooking, walks', () => {
    expect(titles({ query: 'knitting' }).slice(0, 2)).to.deep.equal([
      'Knit and natter at the library',
      'Knit and natter at the library',
    ]);
    expect(titles({ query: 'volunteer gardening' }).slice(0, 2)).to.deep.equal([
      'Volunteer gardeners wanted',
      'Volunteer gardeners wanted',
    ]);
    expect(titles({ query: 'cooking' })).to.include('Cook and eat together (online)');
    expect(titles({ query: 'walking' })).to.have.members(titles({ query: 'walk' }));
    expect(titles({ query: 'walks' })).to.include('Health walk');
  });

  it('knows the everyday words: choir finds singing before a one-letter typo', () => {
    const choir = titles({ query: 'choir' });
    expect(choir[0]).to.equal('Singing for the brain');
    expect(choir.indexOf('Chair-based exercise')).to.be.greaterThan(0);
    expect(titles({ query: 'lonely' }).slice(0, 3)).to.have.members([
      'Coffee and company',
      'Chatty bench meet-up',
      'Lunch club',
    ]);
    expect(titles({ query: 'yoga' })).to.include.members(['Tai chi in the park', 'Chair-based exercise']);
    const wheelchair = findActivities(feed, { query: 'wheelchair', filters: noFilters }).results;
    expect(wheelchair.length).to.be.greaterThan(0);
    expect(
      wheelchair.every(
        (result) =>
          result.activity.accessibility.includes('step-free') ||
          result.activity.accessibility.includes('accessible-toilet'),
      ),
    ).to.equal(true);
  });

  it('keeps typo matches when another word matches exactly: "daning" finds the dances', () => {
    expect(titles({ query: 'daning' })).to.include.members(['Tea dance', 'Seated dance', 'Folk dance club']);
    expect(titles({ query: 'tea daning' })[0]).to.equal('Tea dance');
  });

  it('orders a typed query by relevance blended with distance once there is a place', () => {
    const walks = findActivities(feed, { query: 'walking group', filters: noFilters, place: leeds }).results;
    expect(walks[0].activity.title).to.equal('Riverside nature walk');
    expect(walks[0].distanceKm).to.be.lessThan(3);
    expect(walks.slice(0, 3).map((result) => result.activity.categories)).to.deep.equal([
      ['nature-walks', 'sport'],
      ['nature-walks', 'sport'],
      ['nature-walks', 'sport'],
    ]);
  });

  it('waits for the index instead of scanning when a query comes before it is built', async () => {
    const big = { ...feed, activities: Array.from({ length: 12 }, () => feed.activities).flat() };
    const index = createIndex(big.activities, activityFields(categoryLabels(big)));
    const early = findActivities(big, { query: 'gardening', filters: noFilters }, index);
    expect(early.pending).to.equal(true);
    expect(early.results).to.deep.equal([]);
    await early.ready;
    const answered = findActivities(big, { query: 'gardening', filters: noFilters }, index);
    expect(answered.pending).to.equal(false);
    expect(answered.results.length).to.be.greaterThan(12);
  });
});
