import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-feed.js';
import { FinderHarness } from './harness.js';

/** The boxes of two markers that overlap (touching edges do not count). */
function overlapping(boxes: { name: string; box: DOMRect }[]): string[] {
  const found: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.box.left < b.box.right && b.box.left < a.box.right && a.box.top < b.box.bottom && b.box.top < a.box.bottom)
        found.push(`${a.name} / ${b.name}`);
  return found;
}

describe('<lw-network-finder>: markers never hide one another', () => {
  it('on the sample feed, at every zoom, every marker is at least 24×24 px and overlaps no other', async function () {
    this.timeout(180000);
    const feed = await fixture<LwFeed>(
      html`<lw-feed src="/demo/feed.json" no-cache
        ><lw-network-finder tile-url="" show="networks activities"></lw-network-finder
      ></lw-feed>`,
    );
    const finder = new FinderHarness(feed.querySelector('lw-network-finder')!);
    await waitUntil(() => finder.markers('cluster').length > 0, 'no clusters drawn', { timeout: 15000 });
    const map = finder.map;
    const activities = feed.store.state.feed.activities.flatMap((activity) =>
      activity.location?.lat !== undefined ? [[activity.location.lat, activity.location.lng!] as [number, number]] : [],
    );
    const networks = feed.store.state.feed.networks.flatMap((network) =>
      network.location ? [[network.location.lat, network.location.lng] as [number, number]] : [],
    );
    // Every third activity's place, and every network's, as the centre of a view.
    const centres = [...networks, ...activities.filter((_, i) => i % 3 === 0)];
    const problems: string[] = [];
    let views = 0;
    for (let zoom = map.getMinZoom(); zoom <= map.getMaxZoom(); zoom++) {
      for (const centre of zoom <= 6 ? [[53, -2] as [number, number]] : centres) {
        map.setView(centre, zoom, { animate: false });
        views++;
        const mapBox = map.getContainer().getBoundingClientRect();
        const shown = finder
          .markerBoxes()
          .filter(
            ({ box }) =>
              box.right > mapBox.left && box.left < mapBox.right && box.bottom > mapBox.top && box.top < mapBox.bottom,
          );
        for (const { name, box } of shown)
          if (box.width < 24 || box.height < 24) problems.push(`zoom ${zoom}: ${name} is ${box.width}×${box.height}`);
        for (const pair of overlapping(shown)) problems.push(`zoom ${zoom} at ${centre.join(',')}: ${pair}`);
      }
    }
    expect(views).to.be.greaterThan(100);
    expect([...new Set(problems)].slice(0, 20)).to.deep.equal([]);
    await expect(finder.element).to.be.accessible();
  });
});
