import { expect, waitUntil } from '@open-wc/testing';
import { map as createMap } from 'leaflet/dist/leaflet-src.esm.js';
import { ActivityLayer } from '../../src/components/network-finder/activity-layer.js';
import { located } from '../../src/feed/located.js';
import { parseFeed } from '../../src/feed/parse.js';
import { activityResults } from '../../src/search/activities.js';
import { initialState, type State } from '../../src/store/state.js';

const words = { activity: (title: string) => title, cluster: (n: number) => `${n} here`, count: (n: number) => `${n}` };

describe('<lw-network-finder>: the activities layer while the search index is built', () => {
  it('keeps its markers while the index is not ready, then shows what the search finds, without blocking', async () => {
    const raw = await (await fetch('/tests/fixtures/search-feed.json')).json();
    const activities = Array.from({ length: 3000 }, (_, i) => ({
      ...raw.activities[i % raw.activities.length],
      id: `copy-${i}`,
      title: i % 3 === 0 ? 'Community choir' : 'Walking group',
    }));
    const { feed } = parseFeed({ ...raw, activities });
    const container = document.createElement('div');
    container.style.cssText = 'width: 400px; height: 300px';
    document.body.append(container);
    const map = createMap(container).setView([53.8, -1.55], 5, { animate: false });
    const counts: number[] = [];
    const layer = new ActivityLayer(map, words, { onActivity: () => {}, onCount: (count) => counts.push(count) });
    const everything: State = { ...initialState, status: 'ready', feed };
    layer.showSearch(everything);
    const withPlaces = feed.activities.filter((activity) => located(activity.location)).length;
    expect(counts).to.deep.equal([withPlaces]);
    const choirs: State = { ...everything, query: 'choir' };
    expect(activityResults(choirs).pending, 'the index was built at once: this test needs it pending').to.equal(true);
    layer.showSearch(choirs);
    // Nothing drawn from an unfinished search: the markers stay as they were.
    expect(counts).to.deep.equal([withPlaces]);
    await waitUntil(() => counts.length === 2, 'the layer never showed the search once the index was ready', {
      timeout: 10000,
    });
    const found = activityResults(choirs).results.filter((result) => located(result.activity.location)).length;
    expect(found).to.be.greaterThan(0).and.lessThan(withPlaces);
    expect(counts[1]).to.equal(found);
    layer.remove();
    map.remove();
    container.remove();
  });
});
