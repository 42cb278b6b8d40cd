import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { allInside, finder, inside, markerNames } from './helpers.js';

describe('<lw-network-finder>: resizing, leaving and coming back', () => {
  it('fits the map to its box again after the box changes size', async () => {
    const element = await finder();
    await waitUntil(() => markerNames(element).length === 4);
    const map = element.leafletMap!;
    const width = map.getSize().x;
    element.style.width = `${Math.round(width / 2)}px`;
    await waitUntil(() => map.getSize().x < width * 0.75, `size stayed ${map.getSize().x}`);
    element.height = '200px';
    await waitUntil(() => map.getSize().y === 198, `height ${map.getSize().y}`);
  });

  it('draws the map when revealed after starting hidden', async () => {
    const element = await finder();
    element.hidden = true;
    await waitUntil(() => element.leafletMap!.getSize().x === 0, 'still sized while hidden');
    element.hidden = false;
    await waitUntil(() => element.leafletMap!.getSize().x > 0, 'not resized when revealed');
  });

  it('removes the map when it leaves the page, without errors, and draws it again when it comes back', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const element = await finder();
    await waitUntil(() => markerNames(element).length === 4);
    // Leave in the middle of an animated zoom and move.
    const removed = element.leafletMap! as typeof element.leafletMap & { _animatingZoom?: boolean };
    removed.setView([51.5, -0.12], 12, { animate: true });
    expect(removed._animatingZoom, 'the zoom animation never started').to.equal(true);
    const parent = element.parentElement!;
    element.remove();
    expect(element.leafletMap).to.equal(undefined);
    expect(allInside(element, '.leaflet-pane')).to.have.length(0);
    // Leaflet ends the animation on a timer: wait until it has ended (at once, when the map ends it on removal).
    await waitUntil(() => !removed._animatingZoom, 'the zoom animation never ended');
    parent.append(element);
    await waitUntil(() => markerNames(element).length === 4, 'the map did not come back');
    expect(allInside(element, '.leaflet-map-pane')).to.have.length(1);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });

  it('does not animate for a visitor who asks for reduced motion', async () => {
    await executeServerCommand('media-features', { 'prefers-reduced-motion': 'reduce' });
    try {
      const element = await finder();
      await waitUntil(() => markerNames(element).length === 4);
      const map = element.leafletMap!;
      expect(map.options.zoomAnimation).to.equal(false);
      expect(map.options.fadeAnimation).to.equal(false);
      const zoom = map.getZoom();
      allInside(element, '.controls button')[0].click();
      // No animation: the zoom is done at once, in the same task.
      expect(map.getZoom()).to.equal(zoom + 1);
      expect(inside(element, '.leaflet-zoom-anim')).to.equal(null);
    } finally {
      await executeServerCommand('media-features', {});
    }
  });
});
