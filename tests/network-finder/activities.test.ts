import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-feed.js';
import type { SelectEvent } from '../../src/events/select-event.js';
import { feedUrl, FinderHarness } from './harness.js';

async function finderInFeed(): Promise<{ feed: LwFeed; finder: FinderHarness }> {
  const feed = await fixture<LwFeed>(
    html`<lw-feed src=${feedUrl} no-cache
      ><lw-network-finder tile-url="" show="networks activities"></lw-network-finder
    ></lw-feed>`,
  );
  const finder = new FinderHarness(feed.querySelector('lw-network-finder')!);
  await waitUntil(() => finder.markers('cluster').length, 'no clusters drawn', { timeout: 10000 });
  return { feed, finder };
}

/** The names of the activity markers and clusters, sorted. */
const names = (finder: FinderHarness) => [...finder.markers('cluster'), ...finder.markers('activity')].sort();

describe('<lw-network-finder>: the activities layer', () => {
  it('clusters the activities with places, each cluster a button named by its count', async () => {
    const { finder } = await finderInFeed();
    await finder.map.setView([53, -1], 6, { animate: false });
    await waitUntil(() => names(finder).includes('5 activities here: zoom in'), names(finder).join(' / '));
    expect(names(finder)).to.deep.equal(['5 activities here: zoom in', 'Leeds walking group (activity)']);
    expect(finder.clusters()).to.deep.equal([{ shows: '5', isButton: true }]);
    expect(finder.activitiesNote()).to.equal('6 activities on the map, as the search finds them');
    await expect(finder.element).to.be.accessible();
  });

  it('zooms in on a cluster chosen by keyboard, keeping focus in the map', async () => {
    const { finder } = await finderInFeed();
    const map = finder.map;
    map.setView([51.5, -0.13], 8, { animate: false });
    await waitUntil(() => names(finder).includes('5 activities here: zoom in'), names(finder).join(' / '));
    await finder.pressOnMap('5 activities here');
    await waitUntil(
      () => map.getZoom() > 8 && !names(finder).includes('5 activities here: zoom in'),
      `zoom ${map.getZoom()}: ${names(finder).join(' / ')}`,
    );
    expect(finder.focused()).to.equal('the map');
    expect(finder.status()).to.equal('Zoomed in on 5 activities');
  });

  it('shows what the search finds: the store’s query and filters', async () => {
    const { feed, finder } = await finderInFeed();
    finder.map.setView([52.5, -1], 6, { animate: false });
    feed.store.setQuery('walk');
    await waitUntil(() => finder.activitiesNote().startsWith('3 activities on the map'), finder.activitiesNote());
    feed.store.setFilters({ ...feed.store.state.filters, categories: ['arts'] });
    await waitUntil(() => finder.activitiesNote().startsWith('0 activities on the map'), 'the filter was not followed');
  });

  it('brings an activity chosen elsewhere (in the search) into view', async () => {
    const { feed, finder } = await finderInFeed();
    const map = finder.map;
    map.setView([51.5, -0.13], 7, { animate: false });
    feed.store.select({ kind: 'activity', id: 'a6' });
    await waitUntil(() => map.getZoom() >= 13 && map.getBounds().contains([53.8, -1.55]), `zoom ${map.getZoom()}`);
    await waitUntil(() => names(finder).includes('Leeds walking group (activity)'), names(finder).join(' / '));
  });

  it('draws the activities again after leaving the page and coming back', async () => {
    const { feed, finder } = await finderInFeed();
    finder.element.remove();
    feed.append(finder.element);
    await waitUntil(() => finder.markers('cluster').length, 'no clusters after coming back');
  });

  it('choosing an activity selects it, fires lw-select and shows it under the map', async () => {
    const { feed, finder } = await finderInFeed();
    finder.map.setView([53.8, -1.55], 12, { animate: false });
    await waitUntil(() => finder.markers('activity').length, 'no single activity drawn');
    const events: SelectEvent[] = [];
    finder.element.addEventListener('lw-select', (event) => events.push(event));
    finder.clickMarker('Leeds walking group');
    await finder.element.updateComplete;
    expect(events.map((event) => [event.kind, event.id])).to.deep.equal([['activity', 'a6']]);
    expect(feed.store.state.selection).to.deep.equal({ kind: 'activity', id: 'a6' });
    expect(finder.activitySummary()).to.include('Leeds walking group');
  });
});
