/**
 * The area each network covers, drawn in the colour of its scope: a GeoJSON polygon or a circle of
 * its radius. National networks cover the whole country and are listed, not drawn. The colours are
 * CSS (classes on the SVG paths), so a page themes them with custom properties.
 */
import { circle, geoJSON, LayerGroup, Path, type Layer } from 'leaflet/dist/leaflet-src.esm.js';
import type { Network } from '../../feed/schema.js';

/** The layer showing where `network` works, or `undefined` for a national network. */
export function coverageLayer(network: Network): Layer | undefined {
  const { coverage, location } = network;
  const options = { className: `coverage scope-${network.scope}`, interactive: false };
  if (coverage === 'national') return undefined;
  if ('radiusKm' in coverage)
    return location
      ? circle([location.lat, location.lng], { ...options, radius: coverage.radiusKm * 1000 })
      : undefined;
  return geoJSON(coverage, { style: () => options, interactive: false });
}

/** Marks a coverage layer as the chosen network's (drawn stronger), or not. */
export function markSelected(layer: Layer, selected: boolean): void {
  if (layer instanceof Path) layer.getElement()?.classList.toggle('selected', selected);
  else if (layer instanceof LayerGroup) layer.eachLayer((part) => markSelected(part, selected));
}
