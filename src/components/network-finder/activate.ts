import type { LeafletKeyboardEvent, Marker } from 'leaflet/dist/leaflet-src.esm.js';

/**
 * Makes a marker a button out of the Tab order (the map's arrow keys reach it, see marker-keys.ts) that
 * calls `action` when clicked, or pressed with Enter or Space while it has focus.
 */
export function onActivate(marker: Marker, action: () => void): Marker {
  return marker
    .on('add', () => {
      const element = marker.getElement()!;
      element.setAttribute('role', 'button');
      element.tabIndex = -1;
    })
    .on('click', action)
    .on('keydown', (event) => {
      const key = (event as LeafletKeyboardEvent).originalEvent;
      if (key.key !== 'Enter' && key.key !== ' ') return;
      key.preventDefault();
      action();
    });
}
