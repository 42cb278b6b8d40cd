/**
 * The map's code and Leaflet, loaded only when the finder comes near the viewport (an
 * IntersectionObserver; at once where there is none), so that a page pays for the map only when a
 * visitor can see it, and importing the package touches no browser global. Loading is caught: under a
 * Trusted Types policy (`require-trusted-types-for 'script'`) Leaflet fails as it loads (it writes
 * `innerHTML`), and the finder must still work from its list and say why there is no map.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MapView, NetworkMap } from './map-controller.js';

/** Why there is no map: the page's Trusted Types policy refused Leaflet, or its code did not load. */
export type MapFailure = 'policy' | 'failed';

type MapOptions = ConstructorParameters<typeof NetworkMap>[1];
type Move = (map: NetworkMap) => void;

/** How far outside the viewport the finder may be when the map starts loading. */
const nearViewport = '300px';

export class LazyMap implements ReactiveController {
  #map?: NetworkMap;
  #loading?: Promise<void>;
  #observer?: IntersectionObserver;
  /** The last move asked for before the map was there (a place found, a network chosen), made once it is. */
  #nextMove?: Move;
  /** Why the map could not load, once it tried. */
  failure?: MapFailure;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MapOptions,
  ) {
    host.addController(this);
  }

  /** The Leaflet map, once loaded and on the page. */
  get map() {
    return this.#map?.map;
  }

  /** Whether to move without animation: the visitor asked for less motion. */
  get reducedMotion(): boolean {
    return matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  hostConnected(): void {
    if (this.#loading) return;
    if (typeof IntersectionObserver !== 'function') {
      this.#load();
      return;
    }
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#load();
      },
      { rootMargin: nearViewport },
    );
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #load(): void {
    this.hostDisconnected();
    this.#loading ??= import('./map-controller.js').then(
      ({ NetworkMap }) => {
        this.#map = new NetworkMap(this.host, this.options);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        const policy = error instanceof TypeError && /Trusted(HTML|ScriptURL|Script| ?Types)/i.test(error.message);
        console.warn(
          policy
            ? "Linkwork: the map cannot run under this page's Trusted Types policy (Leaflet sets innerHTML); the network list still works."
            : 'Linkwork: the map could not be loaded; the network list still works.',
          error,
        );
        this.failure = policy ? 'policy' : 'failed';
        this.host.requestUpdate();
      },
    );
  }

  /** Shows `view` in `container` (once the map is loaded), then makes any move asked for before. */
  show(container: HTMLElement, view: MapView): void {
    const map = this.#map;
    if (!map) return;
    map.show(container, view);
    const move = this.#nextMove;
    this.#nextMove = undefined;
    if (move && map.map) move(map);
  }

  #move(move: Move): void {
    if (this.#map?.map) move(this.#map);
    else this.#nextMove = move;
  }

  zoomIn(): void {
    this.#map?.zoomIn();
  }

  zoomOut(): void {
    this.#map?.zoomOut();
  }

  pan(x: number, y: number): void {
    this.#map?.pan(x, y);
  }

  showAll(): void {
    this.#map?.showAll();
  }

  fit(ids: readonly string[], place?: Parameters<NetworkMap['fit']>[1]): void {
    this.#move((map) => map.fit(ids, place));
  }

  reveal(point: Parameters<NetworkMap['reveal']>[0]): void {
    this.#move((map) => map.reveal(point));
  }
}
