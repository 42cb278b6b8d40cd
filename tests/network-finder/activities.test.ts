import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwFeed } from '../../src/components/feed/feed.js';
import type { LwNetworkFinder } from '../../src/components/network-finder/network-finder.js';
import '../../src/define/lw-feed.js';
import type { SelectEvent } from '../../src/events/select-event.js';
import { allInside, feedUrl, inside } from './helpers.js';

async function finderInFeed(): Promise<{ feed: LwFeed; element: LwNetworkFinder }> {
  const feed = await fixture<LwFeed>(
    html`<lw-feed src=${feedUrl} no-cache
      ><lw-network-finder tile-url="" show="networks activities"></lw-network-finder
    ></lw-feed>`,
  );
  const element = feed.querySelector('lw-network-finder')!;
  await waitUntil(() => inside(element, '.cluster-marker'), 'no clusters drawn', { timeout: 10000 });
  return { feed, element };
}

const names = (element: LwNetworkFinder) =>
  allInside(element, '.cluster-marker .visually-hidden, .activity-marker .visually-hidden')
    .map((name) => name.textContent!.trim())
    .sort();

describe('<lw-network-finder>: the activities layer', () => {
  it('clusters the activities with places, each cluster a button named by its count', async () => {
    const { element } = await finderInFeed();
    await element.leafletMap!.setView([53, -1], 6, { animate: false });
    await waitUntil(() => names(element).includes('5 activities here: zoom in'), names(element).join(' / '));
    expect(names(element)).to.deep.equal(['5 activities here: zoom in', 'Leeds walking group (activity)']);
    const cluster = inside(element, '.cluster-marker');
    expect(cluster.getAttribute('role')).to.equal('button');
    expect(cluster.tabIndex).to.equal(0);
    expect(cluster.querySelector('.cluster-count')!.textContent).to.equal('5');
    expect(inside(element, '.map-column').textContent).to.include('6 activities on the map');
    await expect(element).to.be.accessible();
  });

  it('zooms in on a cluster chosen by keyboard, keeping focus in the map', async () => {
    const { element } = await finderInFeed();
    const map = element.leafletMap!;
    map.setView([51.5, -0.13], 8, { animate: false });
    await waitUntil(() => names(element).includes('5 activities here: zoom in'), names(element).join(' / '));
    inside(element, '.cluster-marker').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => map.getZoom() > 8 && !names(element).includes('5 activities here: zoom in'),
      `zoom ${map.getZoom()}: ${names(element).join(' / ')}`,
    );
    const active = element.shadowRoot!.activeElement;
    expect(active === inside(element, '.map') || !!active?.closest('.map')).to.equal(true);
    expect(inside(element, '.result-status').textContent!.trim()).to.equal('Zoomed in on 5 activities');
  });

  it('shows what the search finds: the store’s query and filters', async () => {
    const { feed, element } = await finderInFeed();
    element.leafletMap!.setView([52.5, -1], 6, { animate: false });
    feed.store.setQuery('walk');
    await waitUntil(
      () => inside(element, '.map-column').textContent!.includes('3 activities on the map'),
      inside(element, '.map-column').textContent!,
    );
    feed.store.setFilters({ ...feed.store.state.filters, categories: ['arts'] });
    await waitUntil(
      () => inside(element, '.map-column').textContent!.includes('0 activities on the map'),
      'the filter was not followed',
    );
  });

  it('brings an activity chosen elsewhere (in the search) into view', async () => {
    const { feed, element } = await finderInFeed();
    const map = element.leafletMap!;
    map.setView([51.5, -0.13], 7, { animate: false });
    feed.store.select({ kind: 'activity', id: 'a6' });
    await waitUntil(() => map.getZoom() >= 13 && map.getBounds().contains([53.8, -1.55]), `zoom ${map.getZoom()}`);
    await waitUntil(() => names(element).includes('Leeds walking group (activity)'), names(element).join(' / '));
  });

  it('draws the activities again after leaving the page and coming back', async () => {
    const { feed, element } = await finderInFeed();
    element.remove();
    feed.append(element);
    await waitUntil(() => inside(element, '.cluster-marker'), 'no clusters after coming back');
  });

  it('choosing an activity selects it, fires lw-select and shows it under the map', async () => {
    const { feed, element } = await finderInFeed();
    element.leafletMap!.setView([53.8, -1.55], 12, { animate: false });
    await waitUntil(() => inside(element, '.activity-marker'), 'no single activity drawn');
    const events: SelectEvent[] = [];
    element.addEventListener('lw-select', (event) => events.push(event));
    inside(element, '.activity-marker').click();
    await element.updateComplete;
    expect(events.map((event) => [event.kind, event.id])).to.deep.equal([['activity', 'a6']]);
    expect(feed.store.state.selection).to.deep.equal({ kind: 'activity', id: 'a6' });
    expect(inside(element, '[part=activity]').textContent).to.include('Leeds walking group');
  });
});
