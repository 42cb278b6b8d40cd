/**
 * The Leaflet map of a network finder, as a reactive controller: it makes the map in the element's
 * shadow root, keeps its layers in step with what the element shows, resizes it with its box, and
 * removes it (with every listener) when the element leaves the page.
 */
import {
  map as createMap,
  latLngBounds,
  marker,
  tileLayer,
  type Map as LeafletMap,
  type Marker,
  type TileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Network, Scope } from '../../feed/schema.js';
import type { LatLng } from '../../geo/distance.js';
import type { State } from '../../store/state.js';
import type { ActivityCallbacks, ActivityLayer, ActivityWords } from './activity-layer.js';
import { declutter } from './declutter.js';
import { inView, listenForMarkerKeys } from './marker-keys.js';
import { placeIcon } from './markers.js';
import { networkLayer, NetworkLayers } from './network-layers.js';

/** How the map names its markers, in the visitor's language. */
export interface MapWords extends ActivityWords {
  network: (name: string, scope: Scope) => string;
  place: (name: string) => string;
  /** "3 of 12": where a marker reached with the arrow keys is among the markers in view. */
  position: (at: number, count: number) => string;
}

/** What the map shows; the element passes a new one on each update. */
export interface MapView {
  /** The networks to draw (national ones have no area, and a marker only if they have a base). */
  networks: readonly Network[];
  selectedId?: string;
  place?: LatLng & { name: string };
  /** The state whose search results to show as activities, or `undefined` when that layer is off. */
  activities?: State;
  /** Whether the feed is in: the map then takes its start view. */
  ready: boolean;
  /** The tile URL template; empty for no tiles (the outline alone). */
  tileUrl: string;
  words: MapWords;
}

/** Where the map starts, when the page says so. */
export interface MapStart {
  center?: [number, number];
  zoom?: number;
}

/** Great Britain and Northern Ireland, for a map with nothing on it yet. */
const ukBounds = latLngBounds([49.9, -8.2], [58.7, 1.8]);
const fitOptions = { padding: [24, 24] as [number, number], maxZoom: 11 };

export class NetworkMap implements ReactiveController {
  /** The Leaflet map, while the element is on the page. */
  map?: LeafletMap;
  #container?: HTMLElement;
  #networks?: NetworkLayers;
  #view?: MapView;
  #tiles?: TileLayer;
  #placeMarker?: Marker;
  #activities?: ActivityLayer;
  /** Whether the map shows the start view (every network, or `center`), and may show it again on a resize. */
  #placed = false;
  #moved = false;
  readonly #resize = new ResizeObserver(() => this.#resized());

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: {
      onNetwork: (network: Network) => void;
      /** For the activities layer, when it is shown. */
      activities: ActivityCallbacks;
      start: () => MapStart;
      /** Whether only the outline basemap shows (the tiles failed), and again when tiles arrive. */
      onOutlineOnly?: (outlineOnly: boolean) => void;
    },
  ) {
    host.addController(this);
  }

  /** Stops the listeners added to the map's box when the map goes. */
  #listening?: AbortController;

  hostDisconnected(): void {
    this.#resize.disconnect();
    this.#listening?.abort();
    this.#activities?.remove();
    // Leaflet 1.9 ends a zoom animation on a timer that outlives remove() and then fails: end it first.
    const leaflet = this.map as unknown as { _animatingZoom?: boolean; _onZoomTransitionEnd?: () => void } | undefined;
    if (leaflet?._animatingZoom) leaflet._onZoomTransitionEnd?.();
    this.map?.remove();
    this.map =
      this.#container =
      this.#activities =
      this.#loadingActivities =
      this.#tiles =
      this.#placeMarker =
      this.#view =
      this.#networks =
        undefined;
    this.#outline = undefined;
    this.#zooming = false;
    this.#nextMove = undefined;
    this.#placed = this.#moved = false;
  }

  /** Whether to move without animation: the visitor asked for less motion. */
  get reducedMotion(): boolean {
    return matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Makes the map in `container` if it is not there yet, then shows `view` on it. */
  show(container: HTMLElement, view: MapView): void {
    // An update can run after the element left the page (removed before it drew): a map made then would
    // never be removed. It is made when the element comes back (which asks for an update).
    if (!this.host.isConnected) return;
    if (this.#container !== container) this.#create(container);
    const previous = this.#view;
    this.#view = view;
    if (view.tileUrl !== previous?.tileUrl) this.#showTiles(view.tileUrl);
    if (view.networks !== previous?.networks || view.words !== previous.words)
      this.#networks!.draw(view.networks, view.words, view.selectedId);
    else if (view.selectedId !== previous.selectedId) this.#networks!.markSelection(view.selectedId);
    if (view.place !== previous?.place || view.words !== previous?.words) this.#showPlace(view);
    this.#showActivities(view, previous);
    if (!this.#placed && view.ready) this.#placeAtStart();
    this.#layout();
  }

  /** Every marker's element in view, in list order: networks, then activities. */
  #markersInView(): HTMLElement[] {
    const container = this.#container!;
    return [...this.#networks!.markers(), ...(this.#activities?.markers() ?? [])].filter((element) =>
      inView(container, element),
    );
  }

  /**
   * Moves markers apart (by a CSS translate, so their places stay true) until none overlaps another:
   * the searched-for place first, then the chosen network, the other networks, and the activities.
   */
  #layout(): void {
    const map = this.map;
    if (!map) return;
    const markers = [
      ...(this.#placeMarker ? [this.#placeMarker] : []),
      ...this.#networks!.drawn,
      ...(this.#activities?.drawn ?? []),
    ];
    const boxes = markers.map((drawn) => {
      const point = map.latLngToContainerPoint(drawn.getLatLng());
      const { iconSize, iconAnchor } = drawn.options.icon!.options as {
        iconSize: [number, number];
        iconAnchor: [number, number];
      };
      return { left: point.x - iconAnchor[0], top: point.y - iconAnchor[1], width: iconSize[0], height: iconSize[1] };
    });
    const moves = declutter(boxes);
    for (const [i, drawn] of markers.entries()) {
      const element = drawn.getElement();
      if (element) element.style.translate = moves[i].x || moves[i].y ? `${moves[i].x}px ${moves[i].y}px` : '';
    }
  }

  #placeAtStart(): void {
    const { center, zoom } = this.callbacks.start();
    if (center) this.map!.setView(center, zoom ?? 9, { animate: false });
    else this.#fitAll(false);
    this.#placed = true;
  }

  /** After the box changes size: the start view again until the visitor moves the map, else the same centre. */
  #resized(): void {
    const map = this.map;
    if (!map) return;
    map.invalidateSize({ animate: false });
    const size = map.getSize();
    if (this.#placed && !this.#moved && size.x > 0 && size.y > 0) this.#placeAtStart();
  }

  zoomIn(): void {
    this.#move((map) => map.setZoom(map.getZoom() + 1, { animate: !this.reducedMotion }));
  }

  zoomOut(): void {
    this.#move((map) => map.setZoom(map.getZoom() - 1, { animate: !this.reducedMotion }));
  }

  /** Moves the map by a quarter of its size: `x` and `y` are -1, 0 or 1 (east and south are positive). */
  pan(x: number, y: number): void {
    this.#move((map) =>
      map.panBy([(x * map.getSize().x) / 4, (y * map.getSize().y) / 4], { animate: !this.reducedMotion }),
    );
  }

  /** Fits every drawn network (or the UK, with none). */
  showAll(): void {
    this.#move(() => this.#fitAll(!this.reducedMotion));
  }

  /** Fits the networks with these ids, and a place if given. */
  fit(ids: readonly string[], place?: LatLng): void {
    const bounds = this.#networks?.boundsOf(ids) ?? latLngBounds([]);
    if (place) bounds.extend([place.lat, place.lng]);
    if (bounds.isValid()) this.#move((map) => map.fitBounds(bounds, { ...fitOptions, animate: !this.reducedMotion }));
  }

  /** Brings a point into view, close enough to see what is around it. */
  reveal(point: LatLng): void {
    this.#move((map) => {
      if (map.getBounds().contains([point.lat, point.lng]) && map.getZoom() >= 12) return;
      map.setView([point.lat, point.lng], Math.max(map.getZoom(), 13), { animate: !this.reducedMotion });
    });
  }

  #fitAll(animate: boolean): void {
    const bounds = this.#networks?.boundsOf(this.#networks.ids) ?? latLngBounds([]);
    this.map?.fitBounds(bounds.isValid() ? bounds : ukBounds, { ...fitOptions, animate });
  }

  #zooming = false;
  /** A move asked for during a zoom animation (Leaflet would ignore it), made when the animation ends. */
  #nextMove?: (map: LeafletMap) => void;

  /** Makes a move the visitor asked for (so a resize no longer brings back the start view). */
  #move(move: (map: LeafletMap) => void): void {
    this.#moved = true;
    if (this.#zooming) this.#nextMove = move;
    else if (this.map) move(this.map);
  }

  #zoomEnded(): void {
    this.#zooming = false;
    const move = this.#nextMove;
    this.#nextMove = undefined;
    if (move && this.map) move(this.map);
  }

  #create(container: HTMLElement): void {
    if (this.map) this.hostDisconnected();
    const still = this.reducedMotion;
    this.#container = container;
    this.map = createMap(container, {
      zoomControl: false,
      // The ResizeObserver below sees every change of size, not only the window's (and adds no global listener).
      trackResize: false,
      attributionControl: false,
      scrollWheelZoom: false,
      // The map's own keys (marker-keys.ts) go from marker to marker; the buttons above it move it.
      keyboard: false,
      zoomSnap: 0.5,
      zoomAnimation: !still,
      fadeAnimation: !still,
      markerZoomAnimation: !still,
      inertia: !still,
      minZoom: 4,
      maxZoom: 18,
    });
    this.map.setView(ukBounds.getCenter(), 5, { animate: false });
    this.map.on('zoomstart', () => (this.#zooming = true)).on('zoomend', () => this.#zoomEnded());
    this.map.on('dragstart', () => (this.#moved = true));
    this.map.on('moveend', () => {
      this.#activities?.render();
      this.#layout();
    });
    this.#listening = new AbortController();
    container.addEventListener('pointerdown', () => (this.#moved = true), { signal: this.#listening.signal });
    listenForMarkerKeys(
      container,
      {
        markers: () => this.#markersInView(),
        zoom: (by) => (by > 0 ? this.zoomIn() : this.zoomOut()),
        position: (at, count) => this.#view!.words.position(at, count),
      },
      this.#listening.signal,
    );
    this.#networks = new NetworkLayers(this.map, this.callbacks.onNetwork);
    this.#resize.observe(container);
  }

  #showTiles(url: string): void {
    this.#tiles?.remove();
    this.#tiles = url ? tileLayer(url, { maxZoom: 19, crossOrigin: true }).addTo(this.map!) : undefined;
    // No tiles, or the first tile failed (offline, blocked): draw the outline basemap, loaded only then.
    if (!this.#tiles) return this.#showOutline();
    const tiles = this.#tiles;
    let arrived = false;
    tiles.once('tileerror', () => {
      this.#showOutline();
      if (!arrived) this.callbacks.onOutlineOnly?.(true);
    });
    tiles.once('tileload', () => {
      arrived = true;
      this.callbacks.onOutlineOnly?.(false);
    });
  }

  #outline?: Promise<void>;

  #showOutline(): void {
    const map = this.map!;
    this.#outline ??= import('./basemap.js').then(({ addOutline }) => {
      if (this.map === map) addOutline(map);
    });
  }

  #showPlace({ place, words }: MapView): void {
    this.#placeMarker?.remove();
    this.#placeMarker = place
      ? marker([place.lat, place.lng], {
          icon: placeIcon(words.place(place.name)),
          keyboard: false,
          interactive: false,
          zIndexOffset: networkLayer * 3,
        }).addTo(this.map!)
      : undefined;
  }

  #loadingActivities?: Promise<void>;

  #showActivities(view: MapView, previous: MapView | undefined): void {
    if (!view.activities) {
      this.#activities?.remove();
      this.#activities = this.#loadingActivities = undefined;
      return;
    }
    if (this.#activities) {
      if (view.words !== previous?.words) this.#activities.setWords(view.words);
      this.#activities.showSearch(view.activities);
      return;
    }
    const map = this.map!;
    this.#loadingActivities ??= import('./activity-layer.js').then(({ ActivityLayer }) => {
      // The map may have gone, or the layer been turned off, while the code loaded.
      if (this.map !== map || !this.#view?.activities) return;
      this.#activities = new ActivityLayer(map, this.#view.words, {
        ...this.callbacks.activities,
        onDrawn: () => this.#layout(),
      });
      this.#activities.showSearch(this.#view.activities);
    });
  }
}
