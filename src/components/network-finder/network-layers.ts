/**
 * The networks on the map: each one's coverage area, and a marker (a button, in list order) for each
 * one with a base. The chosen network's area and marker are drawn stronger, its marker above the rest.
 */
import {
  latLngBounds,
  layerGroup,
  marker,
  type LatLngBounds,
  type Layer,
  type Map as LeafletMap,
  type Marker,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { Network } from '../../feed/schema.js';
import { onActivate } from './activate.js';
import { coverageLayer, markSelected } from './coverage-layers.js';
import type { MapWords } from './map-controller.js';
import { networkIcon } from './markers.js';

/** Network markers stay above activity clusters (the chosen network's above all). */
export const networkLayer = 1000;

interface DrawnNetwork {
  marker?: Marker;
  coverage?: Layer;
}

export class NetworkLayers {
  readonly #group = layerGroup();
  readonly #drawn = new Map<string, DrawnNetwork>();

  constructor(
    map: LeafletMap,
    private readonly onNetwork: (network: Network) => void,
  ) {
    this.#group.addTo(map);
  }

  /** The markers, in list order. */
  get drawn(): Marker[] {
    const markers = [...this.#drawn.values()].flatMap(({ marker: pin }) => (pin ? [pin] : []));
    // The chosen network's marker is placed first: it stays where it belongs when markers are moved apart.
    const chosen = markers.findIndex((pin) => pin.getElement()?.classList.contains('selected'));
    return chosen > 0 ? [markers[chosen], ...markers.slice(0, chosen), ...markers.slice(chosen + 1)] : markers;
  }

  /** The markers' elements, in list order. */
  markers(): HTMLElement[] {
    return [...this.#drawn.values()].flatMap(({ marker: pin }) => (pin?.getElement() ? [pin.getElement()!] : []));
  }

  /** The ids of the networks drawn. */
  get ids(): string[] {
    return [...this.#drawn.keys()];
  }

  draw(networks: readonly Network[], words: MapWords, selectedId: string | undefined): void {
    this.#group.clearLayers();
    this.#drawn.clear();
    for (const network of networks) {
      const drawn: DrawnNetwork = { coverage: coverageLayer(network) };
      if (drawn.coverage) this.#group.addLayer(drawn.coverage);
      this.#drawn.set(network.id, drawn);
    }
    // Markers after every area, in list order, so that the map's arrow keys go through them as the list does.
    for (const network of networks) {
      if (!network.location) continue;
      const icon = networkIcon(words.network(network.name, network.scope), network.scope);
      const pin = onActivate(
        marker([network.location.lat, network.location.lng], { icon, keyboard: false, zIndexOffset: networkLayer }),
        () => this.onNetwork(network),
      );
      this.#drawn.get(network.id)!.marker = pin;
      this.#group.addLayer(pin);
    }
    this.markSelection(selectedId);
  }

  markSelection(selectedId: string | undefined): void {
    for (const [id, { marker: pin, coverage }] of this.#drawn) {
      const selected = id === selectedId;
      if (coverage) markSelected(coverage, selected);
      const element = pin?.getElement();
      element?.classList.toggle('selected', selected);
      if (selected) element?.setAttribute('aria-current', 'true');
      else element?.removeAttribute('aria-current');
      pin?.setZIndexOffset(selected ? networkLayer * 2 : networkLayer);
    }
  }

  /** The bounds of the areas and markers of the networks with these ids (not valid when none is drawn). */
  boundsOf(ids: readonly string[]): LatLngBounds {
    const bounds = latLngBounds([]);
    for (const id of ids) {
      const drawn = this.#drawn.get(id);
      const area = drawn?.coverage as (Layer & { getBounds?: () => LatLngBounds }) | undefined;
      if (area?.getBounds) bounds.extend(area.getBounds());
      if (drawn?.marker) bounds.extend(drawn.marker.getLatLng());
    }
    return bounds;
  }
}
