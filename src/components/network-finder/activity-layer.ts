/**
 * The activities the search currently finds, clustered so that 100,000 points stay smooth: only the
 * clusters and single activities in view are markers (supercluster). A cluster is a button named
 * "24 activities here: zoom in"; choosing it zooms in until it splits. While the search index is still
 * being built, the markers stay as they were and are redrawn once it is ready.
 *
 * The map loads this module (with the search engine and supercluster) only when it shows activities.
 */
import {
  layerGroup,
  marker,
  type LatLngBounds,
  type Map as LeafletMap,
  type Marker,
} from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import { located } from '../../feed/located.js';
import type { Activity } from '../../feed/schema.js';
import { activityResults } from '../../search/activities.js';
import type { State } from '../../store/state.js';
import { onActivate } from './activate.js';
import { activityIcon, clusterIcon } from './markers.js';

/** How markers are named and counted, in the visitor's language. */
export interface ActivityWords {
  activity: (title: string) => string;
  cluster: (count: number) => string;
  count: (count: number) => string;
}

/** What the layer tells its map about. */
export interface ActivityCallbacks {
  /** An activity was chosen. */
  onActivity: (activity: Activity) => void;
  /** How many activities (with a place) are on the map, after each change. */
  onCount?: (count: number) => void;
  /** A group of `count` activities was chosen, and the map zooms in on it. */
  onExpand?: (count: number) => void;
  /** The markers were drawn again for new activities (not only for a move of the map). */
  onDrawn?: () => void;
}

interface PointProperties {
  /** The activity's place in the search's results; a cluster keeps its first (so markers keep list order). */
  index: number;
}

export class ActivityLayer {
  readonly #group = layerGroup();
  #index?: Supercluster<PointProperties, PointProperties>;
  #activities: readonly Activity[] = [];
  /** The markers drawn, in list order (by the first result each holds). */
  #markers: { marker: Marker; index: number }[] = [];

  constructor(
    private readonly map: LeafletMap,
    private words: ActivityWords,
    private readonly callbacks: ActivityCallbacks,
  ) {
    this.#group.addTo(map);
  }

  #searched: unknown[] = [];
  #latest?: State;

  /**
   * Shows the activities a store's search finds (its query, filters and place), when they changed. While
   * the index is still being built the markers stay as they were, and the search is asked again when it is
   * ready (if nothing newer was asked meanwhile).
   */
  showSearch(state: State): void {
    this.#latest = state;
    const key = [state.feed, state.query, state.filters, state.place];
    if (key.every((part, i) => part === this.#searched[i])) return;
    const found = activityResults(state);
    if (found.pending) {
      void found.ready.then(() => {
        if (this.#latest === state) this.showSearch(state);
      });
      return;
    }
    this.#searched = key;
    this.show(found.results.map((result) => result.activity));
  }

  /** Shows these activities (those without a place are left out). */
  show(activities: readonly Activity[]): void {
    if (activities === this.#activities) return;
    this.#activities = activities;
    this.#build(activities);
  }

  /** Names markers in another language. */
  setWords(words: ActivityWords): void {
    this.words = words;
    this.render();
  }

  #build(activities: readonly Activity[]): void {
    const points = [];
    for (const [index, activity] of activities.entries()) {
      const location = located(activity.location);
      if (location)
        points.push({
          type: 'Feature' as const,
          properties: { index },
          geometry: { type: 'Point' as const, coordinates: [location.lng, location.lat] },
        });
    }
    this.callbacks.onCount?.(points.length);
    this.#index = new Supercluster<PointProperties, PointProperties>({
      radius: 56,
      maxZoom: 17,
      map: (properties) => ({ index: properties.index }),
      reduce: (into, from) => {
        into.index = Math.min(into.index, from.index);
      },
    }).load(points);
    this.render();
    this.callbacks.onDrawn?.();
  }

  /** The markers' elements in list order (a group by the first activity it holds). */
  markers(): HTMLElement[] {
    return this.#markers.map(({ marker }) => marker.getElement()!);
  }

  /** The markers drawn, in list order. */
  get drawn(): readonly Marker[] {
    return this.#markers.map(({ marker }) => marker);
  }

  /** Draws the clusters and activities in view at the map's zoom. */
  render(): void {
    const index = this.#index;
    if (!index) return;
    const container = this.map.getContainer();
    const root = container.getRootNode() as Document | ShadowRoot;
    const hadFocus =
      root.activeElement instanceof HTMLElement &&
      this.#markers.some(({ marker: drawn }) => drawn.getElement() === root.activeElement);
    this.#group.clearLayers();
    const markers: { marker: Marker; index: number }[] = [];
    const zoom = Math.round(this.map.getZoom());
    for (const feature of index.getClusters(bbox(this.map.getBounds()), zoom)) {
      const [lng, lat] = feature.geometry.coordinates;
      const properties = feature.properties;
      if ('cluster' in properties && properties.cluster) {
        const count = properties.point_count;
        const icon = clusterIcon(this.words.cluster(count), this.words.count(count), count);
        const expand = () => {
          this.callbacks.onExpand?.(count);
          this.map.setView(
            [lat, lng],
            Math.min(index.getClusterExpansionZoom(properties.cluster_id), this.map.getMaxZoom()),
          );
        };
        markers.push({
          marker: onActivate(marker([lat, lng], { icon, keyboard: false }), expand),
          index: properties.index,
        });
      } else {
        const { index } = properties as PointProperties;
        const activity = this.#activities[index];
        const icon = activityIcon(this.words.activity(activity.title));
        const pin = onActivate(marker([lat, lng], { icon, keyboard: false }), () =>
          this.callbacks.onActivity(activity),
        );
        markers.push({ marker: pin, index });
      }
    }
    markers.sort((a, b) => a.index - b.index);
    for (const { marker: drawn } of markers) this.#group.addLayer(drawn);
    this.#markers = markers;
    // The marker that had focus is gone (a cluster split): keep focus in the map rather than drop it.
    if (hadFocus) container.focus({ preventScroll: true });
  }

  remove(): void {
    this.#group.remove();
  }
}

/** A Leaflet bounds as supercluster's [west, south, east, north], clamped to the world. */
function bbox(bounds: LatLngBounds): [number, number, number, number] {
  return [
    Math.max(-180, bounds.getWest()),
    Math.max(-85, bounds.getSouth()),
    Math.min(180, bounds.getEast()),
    Math.min(85, bounds.getNorth()),
  ];
}
