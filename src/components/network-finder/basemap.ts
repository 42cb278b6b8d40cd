import { divIcon, layerGroup, marker, polygon, type Map as LeafletMap } from 'leaflet/dist/leaflet-src.esm.js';
import outline from 'world-atlas/countries-50m.json';
import { places } from './places.data.js';

/** A label's box in px: about this wide per letter, this tall. */
const letterWidth = 7.5;
const labelHeight = 18;

/**
 * The coastlines of the UK and Ireland (Natural Earth, simplified at build time), drawn under the
 * tiles, with the names of towns and cities (Natural Earth's populated places): when no tiles arrive
 * (offline, blocked, or no tile server chosen) the map still shows where everything is. The names are
 * in the same pane, so tiles that do arrive cover them; they are for the eye only (`aria-hidden`), as
 * the markers and the list carry what the map says.
 */
export function addOutline(map: LeafletMap): void {
  const pane = map.createPane('lw-outline');
  pane.setAttribute('aria-hidden', 'true');
  polygon(
    outline.map((ring) => [ring]),
    { pane: 'lw-outline', className: 'outline', interactive: false },
  ).addTo(map);
  const labels = layerGroup().addTo(map);
  const name = places.map(([text, lat, lng]) =>
    marker([lat, lng], {
      pane: 'lw-outline',
      interactive: false,
      keyboard: false,
      icon: divIcon({ className: 'place-label', html: labelText(text), iconSize: [0, 0] }),
    }),
  );
  const draw = () => {
    labels.clearLayers();
    const zoom = map.getZoom();
    const size = map.getSize();
    const taken: { left: number; top: number; right: number; bottom: number }[] = [];
    for (const [i, [text, lat, lng, minZoom]] of places.entries()) {
      if (zoom < minZoom) continue;
      // Most important first (the data's order): a name that would touch one already shown is left out.
      const { x, y } = map.latLngToContainerPoint([lat, lng]);
      if (x < -100 || y < -100 || x > size.x + 100 || y > size.y + 100) continue;
      const half = (text.length * letterWidth) / 2 + 4;
      const box = { left: x - half, right: x + half, top: y - labelHeight, bottom: y + labelHeight / 2 };
      if (taken.some((o) => box.left < o.right && o.left < box.right && box.top < o.bottom && o.top < box.bottom))
        continue;
      taken.push(box);
      labels.addLayer(name[i]);
    }
  };
  map.on('moveend', draw);
  draw();
}

/** The name as a text node inside a span (never HTML). */
function labelText(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}
