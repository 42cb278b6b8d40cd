import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { feedUrl, SearchHarness } from './harness.js';

const key = () => `search-${Math.random().toString(36).slice(2)}`;

describe('<lw-activity-search>: states', () => {
  afterEach(() => localStorage.clear());

  it('reserves space with a skeleton while the feed loads, and says it is loading', async () => {
    const element = await fixture<LwActivitySearch>(
      html`<lw-activity-search src="/feeds/stall" no-cache></lw-activity-search>`,
    );
    await element.updateComplete;
    const search = new SearchHarness(element);
    expect(search.count()).to.equal('Loading activities…');
    expect(search.skeleton()?.hidden).to.equal(true);
    expect(search.skeleton()!.height).to.be.greaterThan(300);
    await expect(element).to.be.accessible();
  });

  it('explains a feed that failed, and tries again with focus kept in the widget', async () => {
    const element = await fixture<LwActivitySearch>(
      html`<lw-activity-search src="/feeds/flaky?key=${key()}&fail=3" no-cache></lw-activity-search>`,
    );
    const search = new SearchHarness(element);
    await waitUntil(() => search.feedNotice(), 'no error shown', { timeout: 10000 });
    expect(search.feedNotice()).to.contain('could not be loaded');
    await expect(element).to.be.accessible();
    await search.tryAgain();
    expect(search.focused()).to.equal('search box');
    await search.ready();
  });

  it('says when it shows an older copy of the feed', async () => {
    const src = `/feeds/once?key=${key()}`;
    const first = await SearchHarness.open(html`<lw-activity-search src=${src}></lw-activity-search>`);
    first.element.remove();
    const element = await fixture<LwActivitySearch>(html`<lw-activity-search src=${src}></lw-activity-search>`);
    const search = new SearchHarness(element);
    await waitUntil(() => /Showing information as of/.test(search.feedNotice()), 'never said stale', {
      timeout: 10000,
    });
    expect(search.count()).to.match(/activit/);
    await expect(element).to.be.accessible();
  });

  it('offers concrete ways out of an empty result', async () => {
    const search = await SearchHarness.open();
    await search.findPostcode('LS1 4AP');
    await search.choose('filter-distance', '1');
    await search.tick('Music');
    await search.type('choir', true);
    expect(search.count()).to.equal('0 activities match');
    expect(search.emptyText()).to.contain('You searched for “choir”.').and.contain('2 filters are in use.');
    expect(search.waysOut()).to.deep.equal([
      'Clear the search',
      'Look within 3 miles',
      // Without Music, "choir" still finds nothing within a mile: the count says so before the visitor tries.
      'Remove Music: 0 activities',
      'Clear all filters',
    ]);
    await expect(search.element).to.be.accessible();
    await search.takeWayOut('clear-all');
    expect(search.titles()).to.deep.equal(['Choir for wellbeing']);
    expect(search.focused()).to.equal('search box');
  });

  it('says so when the feed lists no activities at all', async () => {
    const feed = await fixture<HTMLElement>(
      html`<lw-feed no-cache
        ><script type="application/json">
          { "version": 1, "activities": [] }
        </script>
        <lw-activity-search></lw-activity-search
      ></lw-feed>`,
    );
    const search = await new SearchHarness(feed.querySelector('lw-activity-search')!).ready();
    expect(search.count()).to.equal('0 activities match');
    expect(search.emptyText()).to.equal('There are no activities listed yet. Please come back soon.');
    await expect(search.element).to.be.accessible();
  });

  it('"Show more" adds results, moves focus to the first new one and says how many were added', async () => {
    const search = await SearchHarness.open(
      html`<lw-activity-search src=${feedUrl} no-cache page-size="5"></lw-activity-search>`,
    );
    expect(search.titles()).to.have.length(5);
    expect(search.count()).to.equal('12 activities match, showing 5');
    expect(search.moreLabel()).to.equal('Show 5 more');
    await search.showMore();
    expect(search.titles()).to.have.length(10);
    expect(search.focused()).to.equal(`title: ${search.titles()[5]}`);
    expect(search.count()).to.equal('12 activities match, showing 10');
    await search.heard('5 more shown: 10 of 12');
    expect(search.moreLabel()).to.equal('Show 2 more');
    await search.showMore();
    expect(search.titles()).to.have.length(12);
    expect(search.focused()).to.equal(`title: ${search.titles()[10]}`);
    await search.heard('2 more shown: 12 of 12');
    expect(search.moreLabel()).to.equal('');
  });

  it('hides the filters behind a button on a narrow screen', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>
      </div>`,
    );
    const search = await new SearchHarness(page.firstElementChild as LwActivitySearch).ready();
    expect(search.filtersVisible()).to.equal(false);
    expect(search.filtersToggle().expanded).to.equal(false);
    await search.toggleFilters();
    expect(search.filtersToggle().expanded).to.equal(true);
    expect(search.filtersVisible()).to.equal(true);
    await search.tick('Gardening');
    expect(search.filtersToggle().text).to.contain('1 in use');
    await expect(search.element).to.be.accessible();
    expect(search.filtersDone().text).to.equal('Show 2 results');
    await search.doneWithFilters();
    expect(search.filtersVisible()).to.equal(false);
    expect(search.focused()).to.equal(`title: ${search.titles()[0]}`);
  });

  it('shows the filters beside the results on a wide screen, with no toggle', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="width: 1100px"><lw-activity-search src=${feedUrl} no-cache></lw-activity-search></div>`,
    );
    const search = await new SearchHarness(page.firstElementChild as LwActivitySearch).ready();
    expect(search.filtersToggle().visible).to.equal(false);
    expect(search.filtersDone().visible).to.equal(false);
    expect(search.filtersBesideResults()).to.equal(true);
  });
});
