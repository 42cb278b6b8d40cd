import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { LocateEvent } from '../../events/locate-event.js';
import { SelectEvent } from '../../events/select-event.js';
import type { Activity, Network, Scope } from '../../feed/schema.js';
import { scopes as allScopes } from '../../feed/schema.js';
import { byScope, findNetworks, hasLocalCover, type NetworkAnswer } from '../../geo/find-networks.js';
import type { Geocoder } from '../../geo/geocoder.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatNumber } from '../../i18n/format.js';
import type { Selection, State, VisitorPlace } from '../../store/state.js';
import { feedStatus } from '../shared/feed-status.js';
import { webHref } from '../shared/links.js';
import { PlaceFinder, placeName } from '../shared/place-finder.js';
import { answerView } from './answer-view.js';
import { legend } from './legend.js';
import type { MapWords } from './map-controller.js';
import { MapController, mapFailure } from './map-module.js';
import { networkFinderStyles } from './network-finder.styles.js';
import { networkList } from './network-list.js';
import { scopeName } from './scope-words.js';

const osmTiles = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Tells the page something happened (the events are documented with `@fires` on the class). */
const announce = (host: HTMLElement, event: Event) => host.dispatchEvent(event);

/**
 * Which arts-and-health network covers me? A map of networks and the areas they cover, a postcode
 * and "use my location" box that answers the question, and a list that carries everything the map
 * shows, in step with it. Where no network covers a place yet, it says so kindly and suggests how to
 * start one. Inside `<lw-feed>` it can also show the activities the search finds, clustered.
 *
 * Leaflet and its stylesheet live inside the shadow root and are loaded only with this tag. With no
 * tiles (offline, blocked, or `tile-url=""`), an outline of the UK from Natural Earth keeps the map readable.
 *
 * @tagname lw-network-finder
 * @summary A map and list of arts-and-health networks that answers "which network covers me?".
 *
 * @fires {SelectEvent} lw-select - The visitor chose a network (`kind: 'network'`) or an activity (`kind: 'activity'`); `id` and `record` say which.
 * @fires {LocateEvent} lw-locate - A place was found from a postcode or the browser's location: `place` has `lat`, `lng`, `label` and `source` (`postcode` or `geolocation`).
 *
 * @csspart place-finder - The postcode form.
 * @csspart input - The postcode box.
 * @csspart button - Every button outside the map.
 * @csspart status - The polite message saying how many networks cover the place, and feed notices.
 * @csspart answer - The answer for the place searched for.
 * @csspart empty - The kind message shown when no local or regional network covers the place.
 * @csspart map - The map's box.
 * @csspart controls - The zoom and move buttons.
 * @csspart attribution - The credit for the map tiles.
 * @csspart legend - The key to the map.
 * @csspart list - The lists of networks.
 * @csspart item - One network in the list.
 * @csspart details - The details of the chosen network.
 * @csspart activity - The chosen activity's summary under the map.
 *
 * @cssprop --lw-network-finder-height - Height of the map (also set by the `height` attribute).
 * @cssprop --lw-network-finder-local-color - Colour of local networks' markers and areas.
 * @cssprop --lw-network-finder-regional-color - Colour of regional networks' markers and areas.
 * @cssprop --lw-network-finder-activity-color - Colour of activity markers and clusters.
 * @cssprop --lw-network-finder-sea-color - Background of the map where there are no tiles (the sea around the outline).
 * @cssprop --lw-network-finder-land-color - Colour of the outline basemap's land.
 */
export class LwNetworkFinder extends LitElement {
  static override styles = networkFinderStyles;

  /** A feed URL of its own; without it the finder uses the `<lw-feed>` around it. */
  @property({ reflect: true }) src?: string;

  /** Do not keep a copy of its own feed in the browser's storage. */
  @property({ type: Boolean, attribute: 'no-cache' }) noCache = false;

  /** With its own `src`: stop reading a feed larger than this many bytes (default 50 MB). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /** Where the map starts, as `lat,lng` (e.g. `53.8,-1.55`); without it the map fits every network. */
  @property() center?: string;

  /** The starting zoom with `center` (4 shows the UK, 12 a town). */
  @property({ type: Number }) zoom?: number;

  /** Height of the map, any CSS length (default `28rem`). */
  @property() height?: string;

  /** Map tiles, a URL template with `{z}`, `{x}`, `{y}` (default OpenStreetMap); empty for no tiles, the outline alone. */
  @property({ attribute: 'tile-url' }) tileUrl = osmTiles;

  /** The credit the tile provider requires, as text. */
  @property({ attribute: 'tile-attribution' }) tileAttribution = '© OpenStreetMap contributors';

  /** Where the credit links to (http or https). */
  @property({ attribute: 'tile-attribution-url' }) tileAttributionUrl = 'https://www.openstreetmap.org/copyright';

  /** The layers to show, space-separated: `networks`, and `activities` (the activities the search finds). */
  @property() show = 'networks';

  /** The kinds of network to show, space-separated: any of `local regional national`. */
  @property() scope = 'local regional national';

  /** How a postcode becomes a place; by default the feed's (postcodes.io unless the page gave another). */
  @property({ attribute: false }) geocoder?: Geocoder;

  readonly #store = new StoreController(this);
  readonly #locale = new LocaleController(this);
  readonly #map = new MapController(this, {
    onNetwork: (network) => this.#chooseOnMap(network),
    activities: {
      onActivity: (activity) => this.#chooseActivity(activity),
      onCount: (count) => {
        if (count === this.#activityCount) return;
        this.#activityCount = count;
        this.requestUpdate();
      },
      onExpand: (count) => {
        this.#mapNews = { words: (msg) => msg.zoomedIn(count), place: this.#store.state.place };
        this.requestUpdate();
      },
    },
    start: () => this.#start(),
  });
  readonly #finder = new PlaceFinder(this, {
    geocoder: () => this.geocoder ?? this.#store.store!.geocoder,
    onPlace: (place) => this.#placeFound(place),
  });

  @query('.map') private mapBox!: HTMLElement;

  /** The Leaflet map, once the element is on the page (for advanced use; its internals are not API). */
  get leafletMap() {
    return this.#map.map;
  }

  #words?: { msg: Catalogue; words: MapWords };
  #networks?: { source: readonly Network[]; scope: string; shown: Network[] };
  #activityCount?: number;
  /** What the status says about the map's last move, until the place changes. */
  #mapNews?: { words: (msg: Catalogue) => string; place?: VisitorPlace };
  #place?: { place: VisitorPlace; view: { lat: number; lng: number; name: string } };
  #answer?: { networks: readonly Network[]; place: VisitorPlace; answer: NetworkAnswer };

  get #scopes(): Scope[] {
    const asked = this.scope.split(/\s+/);
    return allScopes.filter((scope) => asked.includes(scope));
  }

  /** The networks to show, in list (and map Tab) order; the same array until the feed or `scope` changes. */
  get #shownNetworks(): Network[] {
    const source = this.#store.state.feed.networks;
    if (this.#networks?.source !== source || this.#networks.scope !== this.scope) {
      const scopes = this.#scopes;
      const shown = source
        .filter((network) => scopes.includes(network.scope))
        .map((network) => ({ network }))
        .sort(byScope)
        .map(({ network }) => network);
      this.#networks = { source, scope: this.scope, shown };
    }
    return this.#networks.shown;
  }

  get #currentAnswer(): NetworkAnswer | undefined {
    const place = this.#store.state.place;
    if (!place) return undefined;
    const networks = this.#shownNetworks;
    if (this.#answer?.networks !== networks || this.#answer.place !== place)
      this.#answer = { networks, place, answer: findNetworks(networks, place) };
    return this.#answer.answer;
  }

  get #showsActivities(): boolean {
    return this.show.split(/\s+/).includes('activities');
  }

  get #mapWords(): MapWords {
    const msg = this.#locale.msg;
    const locale = this.#locale.intl;
    if (this.#words?.msg !== msg) {
      this.#words = {
        msg,
        words: {
          network: (name, scope) => msg.networkMarker(name, scopeName(msg, scope)),
          place: (name) => msg.placeMarker(name),
          activity: (title) => msg.activityMarker(title),
          cluster: (count) => msg.clusterMarker(count),
          count: (count) => formatNumber(locale, count),
        },
      };
    }
    return this.#words.words;
  }

  #start() {
    const [lat, lng] = (this.center ?? '').split(',').map(Number);
    return Number.isFinite(lat) && Number.isFinite(lng) && this.center
      ? { center: [lat, lng] as [number, number], zoom: this.zoom }
      : {};
  }

  #placeFound(place: VisitorPlace | undefined): void {
    this.#store.store?.setPlace(place);
    if (!place) return;
    announce(this, new LocateEvent(place));
  }

  /** What the map last moved for: it moves once per new place or choice, whichever widget made it. */
  #followed: Pick<State, 'place' | 'selection'> = {};
  /** A choice made on the map itself, which is already in view. */
  #choiceOnMap?: Selection;

  #follow({ place, selection, feed }: State): void {
    const followed = this.#followed;
    this.#followed = { place, selection };
    if (place && place !== followed.place) {
      const answer = this.#currentAnswer!;
      const local = answer.covering.filter((nearby) => nearby.network.scope !== 'national');
      this.#map.fit(
        (local.length ? local : answer.nearest).map((nearby) => nearby.network.id),
        place,
      );
    } else if (selection && selection !== followed.selection && selection !== this.#choiceOnMap) {
      if (selection.kind === 'network') this.#map.fit([selection.id]);
      const activity =
        selection.kind === 'activity' ? feed.activities.find((candidate) => candidate.id === selection.id) : undefined;
      if (activity?.location) this.#map.reveal(activity.location);
    }
  }

  #select(network: Network, onMap = false): boolean {
    const store = this.#store.store;
    const already = store?.state.selection?.kind === 'network' && store.state.selection.id === network.id;
    const choice: Selection = { kind: 'network', id: network.id };
    if (onMap) this.#choiceOnMap = choice;
    store?.select(already ? undefined : choice);
    if (!already) announce(this, new SelectEvent('network', network.id, network));
    return !already;
  }

  /** From the list or the answer: show its details, and the network on the map (see `#follow`). */
  #chooseInList = (network: Network) => void this.#select(network);

  /** From a marker: open its details in the list, and take the visitor there. */
  async #chooseOnMap(network: Network): Promise<void> {
    const store = this.#store.store;
    if (!(store?.state.selection?.kind === 'network' && store.state.selection.id === network.id))
      this.#select(network, true);
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(`.network-button[data-id="${CSS.escape(network.id)}"]`);
    button?.focus({ preventScroll: true });
    button?.scrollIntoView({ block: 'nearest', behavior: this.#map.reducedMotion ? 'auto' : 'smooth' });
  }

  #chooseActivity(activity: Activity): void {
    this.#choiceOnMap = { kind: 'activity', id: activity.id };
    this.#store.store?.select(this.#choiceOnMap);
    announce(this, new SelectEvent('activity', activity.id, activity));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // After a move in the page the map was removed: draw it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('height')) {
      if (this.height) this.mapBox.style.setProperty('--lw-network-finder-height', this.height);
      else this.mapBox.style.removeProperty('--lw-network-finder-height');
    }
    const state = this.#store.state;
    this.#map.show(this.mapBox, {
      networks: this.#shownNetworks.filter((network) => network.scope !== 'national'),
      selectedId: state.selection?.kind === 'network' ? state.selection.id : undefined,
      place: this.#placeOnMap,
      activities: this.#showsActivities && state.status === 'ready' ? state : undefined,
      ready: state.status === 'ready',
      tileUrl: this.tileUrl,
      words: this.#mapWords,
    });
    this.#follow(state);
  }

  /** The visitor's place as the map shows it; the same object until the place or its name changes. */
  get #placeOnMap() {
    const place = this.#store.state.place;
    if (!place) return undefined;
    const name = placeName(this.#locale.msg, place);
    if (this.#place?.place !== place || this.#place.view.name !== name)
      this.#place = { place, view: { lat: place.lat, lng: place.lng, name } };
    return this.#place.view;
  }

  override render() {
    const msg = this.#locale.msg;
    const locale = this.#locale.intl;
    const state = this.#store.state;
    const networks = this.#shownNetworks;
    const answer = this.#currentAnswer;
    const where = state.place && placeName(msg, state.place);
    const selectedId = state.selection?.kind === 'network' ? state.selection.id : undefined;
    const activity =
      state.selection?.kind === 'activity'
        ? state.feed.activities.find((candidate) => candidate.id === state.selection!.id)
        : undefined;
    const activities = this.#showsActivities;
    const news = this.#mapNews?.place === state.place ? this.#mapNews?.words(msg) : undefined;
    const status =
      news ??
      (answer && where
        ? hasLocalCover(answer)
          ? msg.networksCover(answer.covering.length, where)
          : msg.noNetworkYet(where)
        : '');
    const attributionLink = webHref(this.tileAttributionUrl);
    const activityLink = webHref(activity?.url);
    return html`<div class="finder" role="region" aria-label=${msg.finderLabel}>
      ${feedStatus(state, this.#store.store, msg, locale)} ${this.#finder.render(msg, state.place, 'map-place')}
      <p class="result-status" part="status" role="status">${status}</p>
      ${answer && where ? answerView(msg, locale, where, answer, this.#chooseInList) : nothing}
      ${
        mapFailure
          ? html`<p class="notice" part="status">
              ${mapFailure === 'policy' ? msg.mapBlockedByPolicy : msg.mapFailed}
            </p>`
          : nothing
      }
      <div class="layout">
        <div class="map-column" ?hidden=${mapFailure !== undefined}>
          <div class="controls" part="controls" role="group" aria-label=${msg.mapControls}>
            <button type="button" part="button" @click=${() => this.#map.zoomIn()}>
              <span aria-hidden="true">+</span><span class="visually-hidden">${msg.zoomIn}</span>
            </button>
            <button type="button" part="button" @click=${() => this.#map.zoomOut()}>
              <span aria-hidden="true">−</span><span class="visually-hidden">${msg.zoomOut}</span>
            </button>
            <button type="button" part="button" @click=${() => this.#map.pan(0, -1)}>
              <span aria-hidden="true">↑</span><span class="visually-hidden">${msg.moveNorth}</span>
            </button>
            <button type="button" part="button" @click=${() => this.#map.pan(-1, 0)}>
              <span aria-hidden="true">←</span><span class="visually-hidden">${msg.moveWest}</span>
            </button>
            <button type="button" part="button" @click=${() => this.#map.pan(1, 0)}>
              <span aria-hidden="true">→</span><span class="visually-hidden">${msg.moveEast}</span>
            </button>
            <button type="button" part="button" @click=${() => this.#map.pan(0, 1)}>
              <span aria-hidden="true">↓</span><span class="visually-hidden">${msg.moveSouth}</span>
            </button>
            <button type="button" part="button" @click=${() => this.#map.showAll()}>${msg.showAll}</button>
          </div>
          <div class="map-frame">
            <div class="map" part="map" role="region" aria-label=${msg.mapLabel} aria-describedby="map-hint"></div>
            ${
              this.tileUrl
                ? html`<p class="attribution" part="attribution">
                    <span class="visually-hidden">${msg.attributionLabel}: </span>${
                      attributionLink
                        ? html`<a href=${attributionLink} rel="noopener" target="_blank">${this.tileAttribution}</a>`
                        : this.tileAttribution
                    }
                  </p>`
                : nothing
            }
          </div>
          <p id="map-hint" class="muted">${msg.mapKeyboardHint}</p>
          ${activities && this.#activityCount !== undefined ? html`<p class="muted">${msg.activitiesShown(this.#activityCount)}</p>` : nothing}
          ${
            activity
              ? html`<div class="activity" part="activity">
                  <p><strong>${activity.title}</strong></p>
                  ${activity.location?.name || activity.location?.address ? html`<p class="muted">${[activity.location.name, activity.location.address].filter(Boolean).join(', ')}</p>` : nothing}
                  ${activityLink ? html`<p><a href=${activityLink} rel="noopener" target="_blank">${msg.website}</a></p>` : nothing}
                </div>`
              : nothing
          }
          ${legend(msg, this.#scopes, activities)}
        </div>
        <div class="list-column">
          ${
            state.status === 'loading'
              ? html`<p class="skeleton" aria-busy="true">${msg.feedLoading}</p>`
              : networkList({
                  msg,
                  locale,
                  networks,
                  selectedId,
                  answer,
                  place: state.place,
                  onChoose: this.#chooseInList,
                  feedHasNetworks: state.feed.networks.length > 0,
                })
          }
        </div>
      </div>
    </div>`;
  }
}
