import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { FinderHarness } from './harness.js';

describe('<lw-network-finder>: resizing, leaving and coming back', () => {
  it('fits the map to its box again after the box changes size', async () => {
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4);
    const map = finder.map;
    const width = map.getSize().x;
    finder.element.style.width = `${Math.round(width / 2)}px`;
    await waitUntil(() => map.getSize().x < width * 0.75, `size stayed ${map.getSize().x}`);
    finder.element.height = '200px';
    await waitUntil(() => map.getSize().y === 198, `height ${map.getSize().y}`);
  });

  it('draws the map when revealed after starting hidden', async () => {
    const finder = await FinderHarness.open();
    finder.element.hidden = true;
    await waitUntil(() => finder.map.getSize().x === 0, 'still sized while hidden');
    finder.element.hidden = false;
    await waitUntil(() => finder.map.getSize().x > 0, 'not resized when revealed');
  });

  it('removes the map when it leaves the page, without errors, and draws it again when it comes back', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const finder = await FinderHarness.open();
    await waitUntil(() => finder.markers().length === 4);
    // Leave in the middle of an animated zoom and move.
    const removed = finder.map as typeof finder.map & { _animatingZoom?: boolean };
    // Leaflet starts the animation on the next frame, which a loaded machine can delay well past a second.
    const started = new Promise((resolve) => removed.once('zoomanim', resolve));
    removed.setZoom(removed.getZoom() + 2, { animate: true });
    await started;
    expect(removed._animatingZoom, 'the zoom animation never started').to.equal(true);
    const parent = finder.element.parentElement!;
    finder.element.remove();
    expect(finder.element.leafletMap).to.equal(undefined);
    expect(finder.mapPanes()).to.equal(0);
    // Leaflet ends the animation on a timer: wait until it has ended (at once, when the map ends it on removal).
    await waitUntil(() => !removed._animatingZoom, 'the zoom animation never ended', { timeout: 5000 });
    parent.append(finder.element);
    await waitUntil(() => finder.markers().length === 4, 'the map did not come back', { timeout: 5000 });
    expect(finder.mapPanes()).to.equal(1);
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });

  it('does not animate for a visitor who asks for reduced motion', async () => {
    await executeServerCommand('media-features', { 'prefers-reduced-motion': 'reduce' });
    try {
      const finder = await FinderHarness.open();
      await waitUntil(() => finder.markers().length === 4);
      const map = finder.map;
      expect(map.options.zoomAnimation).to.equal(false);
      expect(map.options.fadeAnimation).to.equal(false);
      const zoom = map.getZoom();
      finder.pressControl('Zoom in');
      // No animation: the zoom is done at once, in the same task.
      expect(map.getZoom()).to.equal(zoom + 1);
      expect(finder.isAnimating()).to.equal(false);
    } finally {
      await executeServerCommand('media-features', {});
    }
  });

  it('without IntersectionObserver (an old browser), loads the map at once', async () => {
    const observer = Object.getOwnPropertyDescriptor(window, 'IntersectionObserver')!;
    delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
    try {
      const finder = await FinderHarness.open();
      expect(finder.mapPanes()).to.equal(1);
    } finally {
      Object.defineProperty(window, 'IntersectionObserver', observer);
    }
  });
});
