import { expect, waitUntil } from '@open-wc/testing';
import { ResourceListHarness } from './harness.js';

const { mount, alone } = ResourceListHarness;
const layouts = ['cards', 'compact'] as const;

describe('<lw-resource-list>: states', () => {
  afterEach(() => localStorage.clear());

  for (const layout of layouts) {
    it(`shows a skeleton that reserves space while loading, and says so (${layout})`, async () => {
      const list = await alone(`src="/feeds/stall" no-cache layout="${layout}"`);
      expect(list.isBusy()).to.equal(true);
      expect(list.count()).to.equal('Loading…');
      expect(list.skeleton()?.hidden).to.equal(true);
      expect(list.skeleton()?.height).to.be.greaterThan(100);
      await expect(list.list).to.be.accessible();
    });

    it(`explains a feed that fails, with a way to try again that keeps focus (${layout})`, async () => {
      const list = await alone(`src="/feeds/status/503" no-cache layout="${layout}"`);
      await waitUntil(() => list.feedNotice(), 'no error shown', { timeout: 8000 });
      expect(list.feedNotice()).to.equal(
        'Sorry, this information could not be loaded just now. Please try again later. Try again',
      );
      await expect(list.list).to.be.accessible();
      await list.tryAgain();
      expect(list.focused()).to.equal('base');
    });

    it(`marks an older copy of the feed with its date (${layout})`, async () => {
      const list = await mount(`layout="${layout}"`);
      const store = list.feed!.store;
      store.loaded({ feed: store.state.feed, problems: [], staleSince: '2026-11-20T10:00:00Z' });
      await list.list.updateComplete;
      expect(list.feedNotice()).to.equal('Showing information as of 20 November; it could not be updated just now.');
      expect(list.groupHeadings()).to.have.length(5);
      await expect(list.list).to.be.accessible();
    });

    it(`says so when the feed has no resources at all (${layout})`, async () => {
      const list = await mount(`layout="${layout}"`, { version: 1, resources: [] });
      await list.countSays('There are no resources here yet.');
      expect(list.hasSearchBox()).to.equal(false);
      await expect(list.list).to.be.accessible();
    });
  }

  it('works alone with its own src', async () => {
    const list = await alone('src="/demo/feed.json" no-cache');
    await waitUntil(() => list.titles().length > 0, 'no resources shown', { timeout: 10000 });
    expect(list.groupHeadings()).to.deep.equal(['Portals', 'Webinars', 'Guides', 'Networks', 'Organisations']);
  });

  it('speaks Welsh on a Welsh page, and switches when the page does', async () => {
    const list = await mount('layout="compact"', undefined, 'cy');
    expect(list.groupHeadings()).to.deep.equal(['Pyrth', 'Gweminarau', 'Canllawiau', 'Rhwydweithiau', 'Sefydliadau']);
    expect(list.searchLabel()).to.equal('Chwilio adnoddau');
    expect(list.filtersSummary()).to.equal('Hidlo yn ôl math a chynulleidfa');
    expect(list.resource('webinar').badges).to.deep.equal(['Rhaid cofrestru', 'Cenedlaethol']);
    expect(list.resource('portal').heardOnly).to.equal('(yn agor gwefan arall)');
    expect(list.resource('webinar').audience).to.equal('Ar gyfer sefydliadau diwylliannol a gweithwyr cyswllt');
    await list.countSays('6 adnodd');
    await expect(list.list).to.be.accessible();

    list.list.parentElement!.parentElement!.setAttribute('lang', 'en');
    await waitUntil(() => list.groupHeadings()[0] === 'Portals', 'did not switch to English');
  });

  it('finds a Welsh word for a type in Welsh', async () => {
    const list = await mount('', undefined, 'cy');
    await list.search('gweminarau');
    expect(list.groupHeadings()).to.deep.equal(['Gweminarau']);
  });
});
