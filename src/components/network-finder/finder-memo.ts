/**
 * What the finder works out from the store's state, kept until its inputs change: the same array or
 * object comes back for the same inputs, so the map redraws only what changed (it compares by identity).
 */
import type { Network, Scope } from '../../feed/schema.js';
import { byScope, findNetworks, type NetworkAnswer } from '../../geo/find-networks.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatNumber } from '../../i18n/format.js';
import type { VisitorPlace } from '../../store/state.js';
import type { MapWords } from './map-controller.js';
import { scopeName } from './scope-words.js';

export class FinderMemo {
  #networks?: { source: readonly Network[]; scopes: string; shown: Network[] };
  #answer?: { networks: readonly Network[]; place: VisitorPlace; answer: NetworkAnswer };
  #words?: { msg: Catalogue; words: MapWords };
  #place?: { place: VisitorPlace; view: { lat: number; lng: number; name: string } };

  /** The networks of the scopes shown, in list (and map Tab) order. */
  networks(source: readonly Network[], scopes: readonly Scope[]): Network[] {
    const key = scopes.join(' ');
    if (this.#networks?.source !== source || this.#networks.scopes !== key) {
      const shown = source
        .filter((network) => scopes.includes(network.scope))
        .map((network) => ({ network }))
        .sort(byScope)
        .map(({ network }) => network);
      this.#networks = { source, scopes: key, shown };
    }
    return this.#networks.shown;
  }

  /** Which of `networks` cover `place`, and which are nearest. */
  answer(networks: readonly Network[], place: VisitorPlace): NetworkAnswer {
    if (this.#answer?.networks !== networks || this.#answer.place !== place)
      this.#answer = { networks, place, answer: findNetworks(networks, place) };
    return this.#answer.answer;
  }

  /** How the map names its markers, in the language of `msg`. */
  mapWords(msg: Catalogue, locale: string): MapWords {
    if (this.#words?.msg !== msg) {
      this.#words = {
        msg,
        words: {
          network: (name, scope) => msg.networkMarker(name, scopeName(msg, scope)),
          place: (name) => msg.placeMarker(name),
          activity: (title) => msg.activityMarker(title),
          cluster: (count) => msg.clusterMarker(count),
          count: (count) => formatNumber(locale, count),
          position: (at, count) => msg.markerPosition(formatNumber(locale, at), formatNumber(locale, count)),
        },
      };
    }
    return this.#words.words;
  }

  /** The visitor's place as the map shows it, named `name`. */
  placeOnMap(place: VisitorPlace, name: string): { lat: number; lng: number; name: string } {
    if (this.#place?.place !== place || this.#place.view.name !== name)
      this.#place = { place, view: { lat: place.lat, lng: place.lng, name } };
    return this.#place.view;
  }
}
