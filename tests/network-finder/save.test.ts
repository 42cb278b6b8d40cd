import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import type { LwShortlist } from '../../src/components/shortlist/shortlist.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-network-finder.js';
import '../../src/define/lw-shortlist.js';
import { SearchHarness } from '../activity-search/harness.js';
import { forgetLists, shortlistFeed, titles } from '../shortlist/fixture.js';
import { FinderHarness } from './harness.js';

describe('<lw-network-finder>: saving the chosen activity', () => {
  afterEach(forgetLists);

  it('saves the activity chosen on the map, and the search and the shortlist agree', async () => {
    const container = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
    container.innerHTML = `<lw-feed><lw-network-finder tile-url="" show="activities"></lw-network-finder><lw-activity-search></lw-activity-search><lw-shortlist></lw-shortlist></lw-feed>`;
    const feed = container.querySelector('lw-feed') as LwFeed;
    feed.feed = shortlistFeed();
    const finder = new FinderHarness(container.querySelector('lw-network-finder')!);
    const search = await new SearchHarness(container.querySelector('lw-activity-search')!).ready();
    const list = container.querySelector('lw-shortlist') as LwShortlist;
    expect(finder.chosenActivitySave()).to.equal(undefined);
    feed.store.select({ kind: 'activity', id: 'walk' });
    await waitUntil(() => finder.chosenActivitySave(), 'no save button under the map', { timeout: 10000 });
    expect(finder.chosenActivitySave()).to.deep.equal({ name: 'Add to my list: Health walk', pressed: false });
    await finder.saveChosenActivity();
    expect(finder.chosenActivitySave()).to.deep.equal({ name: 'On my list: Health walk', pressed: true });
    await list.updateComplete;
    await search.element.updateComplete;
    expect(titles(list)).to.deep.equal(['Health walk']);
    expect(search.saveButton('walk').pressed).to.equal(true);
    await expect(finder.element).to.be.accessible();
    // Taken off in the search: the map's button follows.
    await search.save('walk');
    await finder.element.updateComplete;
    expect(finder.chosenActivitySave()!.pressed).to.equal(false);
  });
});
