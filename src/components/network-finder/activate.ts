import type { LeafletKeyboardEvent, Marker } from 'leaflet/dist/leaflet-src.esm.js';

/** Calls `action` when a marker is clicked, or pressed with Enter or Space while it has focus (it is a button). */
export function onActivate(marker: Marker, action: () => void): Marker {
  return marker.on('click', action).on('keydown', (event) => {
    const key = (event as LeafletKeyboardEvent).originalEvent;
    if (key.key !== 'Enter' && key.key !== ' ') return;
    key.preventDefault();
    action();
  });
}
