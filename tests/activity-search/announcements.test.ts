import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { feedUrl, SearchHarness } from './harness.js';

/** A feed of `size` activities, big enough that its index is built in slices. */
const bigFeed = (size: number) => ({
  version: 1,
  activities: Array.from({ length: size }, (_, i) => ({
    id: `a${i}`,
    title: `${['Garden', 'Walk', 'Choir', 'Craft'][i % 4]} group ${i}`,
    description: `Meets every week in hall ${i % 97}; tea, cake and a warm welcome for everyone ${i}.`,
    schedule: [{ days: [['mon', 'tue', 'wed'][i % 3]], start: '10:00' }],
  })),
});

describe('<lw-activity-search>: announcements and keyboard (issue 13)', () => {
  const start = `${location.pathname}${location.search}`;
  afterEach(() => history.replaceState(null, '', start));

  it('has its live region in the page from the start, empty, not hidden', async () => {
    const element = await fixture<LwActivitySearch>(
      html`<lw-activity-search src="/feeds/stall" no-cache></lw-activity-search>`,
    );
    const search = new SearchHarness(element);
    // The count's status; the feed's alert and status (a widget with its own src speaks for its feed); and the
    // place finder's messages.
    expect(search.liveRegions()).to.deep.equal([
      { role: 'status', hidden: false },
      { role: 'alert', hidden: false },
      { role: 'status', hidden: false },
      { role: 'live polite', hidden: false },
    ]);
    expect(search.announced()).to.equal('');
    await search.heard('Loading activities…');
  });

  it('updates the results at once while typing, and reads the count out only after a pause', async () => {
    const search = await SearchHarness.open();
    await search.heard('12 activities match, showing 10');
    const typed = performance.now();
    await search.type('swim');
    await waitUntil(() => search.count() === '2 activities match', search.count(), { timeout: 5000 });
    const shownAfter = performance.now() - typed;
    expect(search.announced(), 'not read out as soon as it is shown').to.equal('12 activities match, showing 10');
    await search.heard('2 activities match');
    const saidAfter = performance.now() - typed;
    expect(saidAfter - shownAfter, 'the count waits for a pause in typing').to.be.greaterThan(600);
    expect(saidAfter).to.be.greaterThan(1000);
  });

  it('reads out a filter change without waiting for a typing pause', async () => {
    const search = await SearchHarness.open();
    await search.tick('Music');
    await search.heard('1 activity matches', 1000);
  });

  it('is one landmark, named for the page when it has more than one search', async () => {
    const search = await SearchHarness.open();
    expect(search.landmarks()).to.deep.equal(['search: Activity search']);
    const named = await SearchHarness.open(
      html`<lw-activity-search src=${feedUrl} no-cache label="Activities in Leeds"></lw-activity-search>`,
    );
    expect(named.landmarks()).to.deep.equal(['search: Activities in Leeds']);
  });

  it('offers "Skip to results", which takes focus to the count and the first result after it', async () => {
    const search = await SearchHarness.open();
    expect(await search.tabUntil((focused) => focused === 'skip link: Skip to results', 2)).to.equal(true);
    expect(search.skipLinkSize().width).to.be.greaterThan(20);
    await expect(search.element).to.be.accessible();
    await search.pressKey('Enter');
    expect(search.focused()).to.equal('count');
    await search.pressKey('Tab');
    expect(search.focused()).to.equal(`title: ${search.titles()[0]}`);
  });

  it('starts with "Skip past the search": its end is said and ringed while focused, and the next Tab leaves the widget', async () => {
    const search = await SearchHarness.open(
      html`<div>
        <lw-activity-search src=${feedUrl} no-cache></lw-activity-search><button>After the search</button>
      </div>`,
    );
    await search.pressKey('Tab');
    expect(search.focused()).to.equal('skip link: Skip past the search');
    await search.pressKey('Enter');
    expect(search.focused()).to.equal('end: End of the activity search');
    expect(search.skipTargetSize().height, 'shown while focused').to.be.greaterThan(10);
    await expect(search.element).to.be.accessible();
    await search.pressKey('Tab');
    expect(document.activeElement?.textContent, 'out of the widget, past every result').to.equal('After the search');
  });

  it('names its skip links in Welsh', async () => {
    const search = await SearchHarness.open(
      html`<lw-activity-search lang="cy" src=${feedUrl} no-cache></lw-activity-search>`,
    );
    await search.pressKey('Tab');
    expect(search.focused()).to.equal('skip link: Neidio heibio’r chwiliad');
    await search.pressKey('Tab');
    expect(search.focused()).to.equal('skip link: Neidio i’r canlyniadau');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await search.pressKey('Enter');
    expect(search.focused()).to.equal('end: Diwedd y chwiliad am weithgareddau');
  });

  it('closes the narrow-screen filters with Escape, giving focus back to their button', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="width: 360px">
        <lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>
      </div>`,
    );
    const search = await new SearchHarness(page.firstElementChild as LwActivitySearch).ready();
    await search.toggleFilters();
    expect(search.filtersVisible()).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(search.focused()).to.not.equal('filters toggle');
    await search.pressKey('Escape');
    expect(search.filtersVisible()).to.equal(false);
    expect(search.focused()).to.equal('filters toggle');
    expect(search.filtersToggle().expanded).to.equal(false);
  });
});

describe('<lw-activity-search>: a query typed before the index is ready (issue 11.8)', () => {
  const start = `${location.pathname}${location.search}`;
  afterEach(() => history.replaceState(null, '', start));

  it('says "Getting the search ready…" and searches once the index is built', async () => {
    history.replaceState(null, '', `${location.pathname}?lw-q=choir`);
    const search = SearchHarness.inFeedAtOnce(bigFeed(20_000), { 'sync-url': '' });
    // Every count drawn, as it is drawn (the index's slices leave the page little time for timers).
    const seen = new Set<string>();
    const observer = new MutationObserver(() => seen.add(search.count()));
    observer.observe(search.element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => search.count() === '5,000 activities match, showing 10', `never answered: ${[...seen]}`, {
      timeout: 20000,
    });
    observer.disconnect();
    expect([...seen]).to.include('Getting the search ready…');
    expect(search.titles()[0]).to.match(/^Choir group/);
  });
});
