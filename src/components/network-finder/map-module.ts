/**
 * The map's code and Leaflet, loaded before the element is defined, as a static import would be, but
 * caught: under a Trusted Types policy (`require-trusted-types-for 'script'`) Leaflet fails as it loads
 * (it writes `innerHTML`), and the network finder must still work from its list and say why there is
 * no map. Then {@link NoMap} stands in for the map.
 */
import type { MapView, NetworkMap } from './map-controller.js';

/** Why there is no map: the page's Trusted Types policy refused Leaflet, or its code did not load. */
export type MapFailure = 'policy' | 'failed';

type MapOptions = ConstructorParameters<typeof NetworkMap>[1];
type MapApi = Pick<
  NetworkMap,
  'map' | 'reducedMotion' | 'show' | 'zoomIn' | 'zoomOut' | 'pan' | 'showAll' | 'fit' | 'reveal'
>;

/** What stands in for the map when Leaflet cannot run: every move does nothing. */
class NoMap implements MapApi {
  readonly map = undefined;
  constructor(_host: unknown, _options: MapOptions) {}
  get reducedMotion(): boolean {
    return matchMedia('(prefers-reduced-motion: reduce)').matches;
  }
  show(_container: HTMLElement, _view: MapView): void {}
  zoomIn(): void {}
  zoomOut(): void {}
  pan(): void {}
  showAll(): void {}
  fit(): void {}
  reveal(): void {}
}

const loaded: { NetworkMap: typeof NetworkMap | typeof NoMap; failure?: MapFailure } =
  await import('./map-controller.js').then(
    (module) => ({ NetworkMap: module.NetworkMap }),
    (error: unknown) => {
      const policy = error instanceof TypeError && /Trusted(HTML|ScriptURL|Script| ?Types)/i.test(error.message);
      console.warn(
        policy
          ? "Linkwork: the map cannot run under this page's Trusted Types policy (Leaflet sets innerHTML); the network list still works."
          : 'Linkwork: the map could not be loaded; the network list still works.',
        error,
      );
      return { NetworkMap: NoMap, failure: policy ? ('policy' as const) : ('failed' as const) };
    },
  );

/** The map controller to use: Leaflet's, or the stand-in when Leaflet cannot run here. */
export const MapController = loaded.NetworkMap;
/** Why there is no map, when there is none. */
export const mapFailure = loaded.failure;
