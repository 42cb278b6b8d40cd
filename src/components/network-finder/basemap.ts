import { polygon, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import outline from 'world-atlas/countries-50m.json';

/**
 * The coastlines of the UK and Ireland (Natural Earth, simplified at build time), drawn under the
 * tiles: when no tiles arrive (offline, blocked, or no tile server chosen) the map still shows where
 * everything is.
 */
export function addOutline(map: LeafletMap): void {
  map.createPane('lw-outline');
  polygon(
    outline.map((ring) => [ring]),
    { pane: 'lw-outline', className: 'outline', interactive: false },
  ).addTo(map);
}
