import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { fire } from '../../events/fire.js';
import { LocateEvent } from '../../events/locate-event.js';
import { located } from '../../feed/located.js';
import type { Activity, Network, Scope } from '../../feed/schema.js';
import { scopes as allScopes } from '../../feed/schema.js';
import { hasLocalCover, type NetworkAnswer } from '../../geo/find-networks.js';
import type { Geocoder } from '../../geo/geocoder.js';
import type { Catalogue } from '../../i18n/en.js';
import { mapWords } from '../../i18n/map-words.js';
import type { Selection, State, VisitorPlace } from '../../store/state.js';
import { followHostFont } from '../../styles/host-font.js';
import { printStyles } from '../../styles/print.styles.js';
import { choose } from '../shared/choose.js';
import { feedStatus } from '../shared/feed-status.js';
import { focusAfterUpdate } from '../shared/focus-after-update.js';
import { PlaceFinder, placeName } from '../shared/place-finder.js';
import { answerView } from './answer-view.js';
import { FinderMemo } from './finder-memo.js';
import { renderMapColumn } from './map-column.js';
import { LazyMap } from './map-module.js';
import { networkFinderStyles } from './network-finder.styles.js';
import { networkList } from './network-list.js';

const osmTiles = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

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
 * @attr color-scheme - `auto` follows the visitor's light or dark setting; `dark` or `light` fixes one (light when unset, or as the `<lw-feed>` around it says).
 * @fires {SelectEvent} lw-select - The visitor chose a network (`kind: 'network'`) or an activity (`kind: 'activity'`); `id` and `record` say which. Fired before the choice is made; cancel it to keep the map and list as they were.
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
 * @cssprop [--lw-network-finder-height=28rem] - Height of the map (also set by the `height` attribute).
 * @cssprop [--lw-network-finder-local-color=#7a2e8e] - Colour of local networks' markers and areas.
 * @cssprop [--lw-network-finder-regional-color=#0b6b5a] - Colour of regional networks' markers and areas.
 * @cssprop [--lw-network-finder-activity-color=#a64b00] - Colour of activity markers and clusters.
 * @cssprop [--lw-network-finder-sea-color=#dce8f2] - Background of the map where there are no tiles (the sea around the outline).
 * @cssprop [--lw-network-finder-land-color=#f7f4ec] - Colour of the outline basemap's land.
 */
export class LwNetworkFinder extends LitElement {
  static override styles = [...networkFinderStyles, printStyles];

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

  /** How many activities the map shows, once its activities layer has drawn them. */
  @state() private activityCount?: number;

  /** Whether the map shows only its outline (no tiles chosen, or none arrived). */
  @state() private outlineOnly = false;

  /** The network whose list button was last focused or chosen: the list's one Tab stop. */
  @state() private listStop?: string;

  /** What the status says about the map's last move, until the place changes. */
  @state() private mapNews?: { words: (msg: Catalogue) => string; place?: VisitorPlace };

  readonly #store = new StoreController(this);
  readonly #locale = new LocaleController(this, mapWords);
  readonly #memo = new FinderMemo();
  readonly #map = new LazyMap(this, {
    onNetwork: (network) => void this.#chooseOnMap(network),
    activities: {
      onActivity: (activity) => this.#chooseActivity(activity),
      onCount: (count) => (this.activityCount = count),
      onExpand: (count) => (this.mapNews = { words: (msg) => msg.zoomedIn(count), place: this.#store.state.place }),
    },
    start: () => this.#start(),
    onOutlineOnly: (outlineOnly) => (this.outlineOnly = outlineOnly),
  });
  readonly #finder = new PlaceFinder(this, {
    geocoder: () => this.geocoder ?? this.#store.store!.geocoder,
    onPlace: (place) => this.#placeFound(place),
    store: () => this.#store.store,
    saysPlace: false,
  });

  @query('.map') private mapBox!: HTMLElement;

  /** The Leaflet map, once the element is on the page (for advanced use; its internals are not API). */
  get leafletMap() {
    return this.#map.map;
  }

  get #scopes(): Scope[] {
    const asked = this.scope.split(/\s+/);
    return allScopes.filter((scope) => asked.includes(scope));
  }

  /** The networks to show, in list (and map Tab) order; the same array until the feed or `scope` changes. */
  get #shownNetworks(): Network[] {
    return this.#memo.networks(this.#store.state.feed.networks, this.#scopes);
  }

  get #currentAnswer(): NetworkAnswer | undefined {
    const place = this.#store.state.place;
    return place && this.#memo.answer(this.#shownNetworks, place);
  }

  get #showsActivities(): boolean {
    return this.show.split(/\s+/).includes('activities');
  }

  #start() {
    const [lat, lng] = (this.center ?? '').split(',').map(Number);
    return Number.isFinite(lat) && Number.isFinite(lng) && this.center
      ? { center: [lat, lng] as [number, number], zoom: this.zoom }
      : {};
  }

  /** The place found in this finder's own box: only its answer is announced (another widget announces its own). */
  #ownPlace?: VisitorPlace;

  #placeFound(place: VisitorPlace | undefined): void {
    this.#ownPlace = place;
    this.#store.store?.setPlace(place);
    if (place) fire(this, new LocateEvent(place));
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
      const at = located(activity?.location);
      if (at) this.#map.reveal(at);
    }
  }

  #isChosen(network: Network): boolean {
    const selection = this.#store.state.selection;
    return selection?.kind === 'network' && selection.id === network.id;
  }

  /** From the list or the answer: show its details (or hide them, chosen again), and the network on the map (see `#follow`). */
  #chooseInList = (network: Network): void => {
    this.listStop = network.id;
    if (this.#isChosen(network)) this.#store.store?.select(undefined);
    else choose(this, this.#store.store, 'network', network);
  };

  /** From a marker: open its details in the list, and take the visitor there. */
  async #chooseOnMap(network: Network): Promise<void> {
    if (!this.#isChosen(network)) {
      if (!choose(this, this.#store.store, 'network', network)) return;
      this.#choiceOnMap = this.#store.state.selection;
    }
    const selector = `.network-button[data-id="${CSS.escape(network.id)}"]`;
    const button = await focusAfterUpdate(this, [selector], { preventScroll: true });
    button?.scrollIntoView({ block: 'nearest', behavior: this.#map.reducedMotion ? 'auto' : 'smooth' });
  }

  /** Escape closes the open network's details (focus back on its button) or the chosen activity's summary. */
  #closeDetails = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented || (event.target as Element).closest('.map')) return;
    const selection = this.#store.state.selection;
    if (!selection) return;
    event.preventDefault();
    this.#store.store?.select(undefined);
    const back =
      selection.kind === 'network'
        ? `.network-button[data-id="${CSS.escape(selection.id)}"]`
        : '.map.leaflet-container';
    void focusAfterUpdate(this, [back]);
  };

  #chooseActivity(activity: Activity): void {
    if (choose(this, this.#store.store, 'activity', activity)) this.#choiceOnMap = this.#store.state.selection;
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
    const place = state.place;
    this.#map.show(this.mapBox, {
      networks: this.#shownNetworks.filter((network) => network.scope !== 'national'),
      selectedId: state.selection?.kind === 'network' ? state.selection.id : undefined,
      place: place && this.#memo.placeOnMap(place, placeName(this.#locale.msg, place)),
      activities: this.#showsActivities && state.status === 'ready' ? state : undefined,
      ready: state.status === 'ready',
      tileUrl: this.tileUrl,
      words: this.#memo.mapWords(this.#locale.msg, this.#locale.intl),
    });
    this.#follow(state);
  }

  override render() {
    const msg = this.#locale.msg;
    const locale = this.#locale.intl;
    const state = this.#store.state;
    const answer = this.#currentAnswer;
    const where = state.place && placeName(msg, state.place);
    const selection = state.selection;
    const failure = this.#map.failure;
    const news = this.mapNews?.place === state.place ? this.mapNews?.words(msg) : undefined;
    const status =
      news ??
      (answer && where && state.place === this.#ownPlace
        ? hasLocalCover(answer)
          ? msg.networksCover(answer.covering.length, where)
          : msg.noNetworkYet(where)
        : '');
    return html`<div class="finder" role="region" aria-label=${msg.finderLabel}>
      ${feedStatus(state, this.#store.store, msg, locale)} ${this.#finder.render(msg, state.place, 'map-place')}
      <p class="result-status" part="status" role="status">${status}</p>
      ${answer && where ? answerView(msg, locale, where, answer, this.#chooseInList) : nothing}
      ${
        failure
          ? html`<p class="notice" part="status">${failure === 'policy' ? msg.mapBlockedByPolicy : msg.mapFailed}</p>`
          : nothing
      }
      <div class="layout" @keydown=${this.#closeDetails}>
        ${renderMapColumn({
          msg,
          hidden: failure !== undefined,
          map: this.#map,
          outlineOnly: !this.tileUrl || this.outlineOnly,
          tileAttribution: this.tileAttribution,
          tileAttributionUrl: this.tileAttributionUrl,
          scopes: this.#scopes,
          showsActivities: this.#showsActivities,
          activityCount: this.activityCount,
          activity:
            selection?.kind === 'activity'
              ? state.feed.activities.find((candidate) => candidate.id === selection.id)
              : undefined,
        })}
        <div class="list-column">
          ${
            state.status === 'loading'
              ? html`<p class="skeleton" aria-busy="true" tabindex="-1">${msg.feedLoading}</p>`
              : networkList({
                  msg,
                  locale,
                  networks: this.#shownNetworks,
                  selectedId: selection?.kind === 'network' ? selection.id : undefined,
                  answer,
                  place: state.place,
                  tabStopId: this.listStop,
                  onChoose: this.#chooseInList,
                  onFocusNetwork: (id) => (this.listStop = id),
                  feedHasNetworks: state.feed.networks.length > 0,
                })
          }
        </div>
      </div>
    </div>`;
  }
}

LwNetworkFinder.addInitializer(followHostFont);
