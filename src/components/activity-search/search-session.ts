/**
 * The visitor's search in `<lw-activity-search>`, apart from how it looks: the text typed and the pause
 * before the results follow it, the order chosen, the presets the page gave (`category`, `place`), and
 * the search kept in the page's address. The element renders what this holds and passes on what the
 * visitor does; each settled change reaches the element through `onSettled`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lookUpPostcode, type Geocoder } from '../../geo/geocoder.js';
import type { ActivitySort } from '../../search/activities.js';
import type { ActivityFilters, VisitorPlace } from '../../store/state.js';
import type { LinkworkStore } from '../../store/store.js';
import type { SearchParams } from './url-state.js';
import { UrlSync } from './url-sync.js';

/** How long typing must pause before the results follow. */
export const typingPauseMs = 250;

/** What the page set on the element before the visitor did anything. */
export interface SearchPresets {
  /** Category ids separated by commas. */
  category?: string;
  /** A postcode, or `latitude,longitude`. */
  place?: string;
  /** What to call a place given as `latitude,longitude`. */
  placeLabel?: string;
  geocoder?: Geocoder;
}

export interface SearchSessionOptions {
  /** The store the element shows, once it has one. */
  store: () => LinkworkStore | undefined;
  presets: () => SearchPresets;
  /** The element's `sync-url` and `url-prefix`, read each time. */
  syncUrl: () => boolean;
  urlPrefix: () => string;
  /** The visitor gave a place (before the search settles on it). */
  onLocated: (place: VisitorPlace) => void;
  /** After each change the visitor made (and after a search read from the address, with `fromAddress`). */
  onSettled: (fromAddress: boolean) => void;
}

/** A change to the filters: new filters, or a function of the filters as they are now (so quick changes all count). */
export type FiltersChange = ActivityFilters | ((filters: ActivityFilters) => ActivityFilters);

export class SearchSession implements ReactiveController {
  /** The text in the search box; the store's query follows it once typing pauses. */
  #typed = '';
  /** The store's query when the box last followed it. */
  #followedQuery = '';
  #typingTimer?: ReturnType<typeof setTimeout>;
  #sort?: ActivitySort;
  #presetsApplied = false;
  readonly #url: UrlSync;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchSessionOptions,
  ) {
    host.addController(this);
    this.#url = new UrlSync(host, {
      enabled: options.syncUrl,
      prefix: options.urlPrefix,
      current: () => this.#current(),
      apply: (search) => this.#apply(search),
    });
  }

  /** What the search box shows. */
  get typed(): string {
    return this.#typed;
  }

  /** The order the visitor chose, if they chose one. */
  get sort(): ActivitySort | undefined {
    return this.#sort;
  }

  hostUpdate(): void {
    const store = this.options.store();
    if (!store) return;
    if (!this.#presetsApplied) {
      this.#presetsApplied = true;
      if (!this.#url.restore()) void this.#applyPresets(store);
    }
    const { query } = store.state;
    if (query !== this.#followedQuery) this.#typed = this.#followedQuery = query;
  }

  hostDisconnected(): void {
    clearTimeout(this.#typingTimer);
  }

  /** The visitor typed: the results follow once typing pauses. */
  type(text: string): void {
    this.#typed = text;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.commitQuery(false), typingPauseMs);
  }

  /** The results follow the box now (Enter, or the pause ended): a new history entry with `push`. */
  commitQuery(push = true): void {
    clearTimeout(this.#typingTimer);
    const query = this.#typed.trim() ? this.#typed : '';
    const store = this.options.store();
    if (!store || query === store.state.query) return;
    this.#followedQuery = query;
    store.setQuery(query);
    this.#settled(push);
  }

  /** Puts `text` in the search box and searches for it now. */
  search(text: string): void {
    this.#typed = text;
    this.commitQuery();
  }

  /** Empties the search box and the query. */
  clearQuery(): void {
    this.search('');
  }

  changeFilters(change: FiltersChange): void {
    const store = this.options.store();
    if (!store) return;
    store.setFilters(typeof change === 'function' ? change(store.state.filters) : change);
    this.#settled(true);
  }

  changePlace(place: VisitorPlace | undefined): void {
    const store = this.options.store();
    if (!store) return;
    store.setPlace(place);
    // A distance filter means nothing without a place to measure from.
    if (!place && store.state.filters.withinKm !== undefined)
      store.setFilters({ ...store.state.filters, withinKm: undefined });
    if (place) this.options.onLocated(place);
    this.#settled(true);
  }

  changeSort(sort: ActivitySort): void {
    this.#sort = sort;
    this.#settled(true);
  }

  #settled(push: boolean): void {
    this.#url.write(push);
    this.options.onSettled(false);
    this.host.requestUpdate();
  }

  #current(): SearchParams {
    const { query, filters, place } = this.options.store()!.state;
    return { query, filters, place, sort: this.#sort };
  }

  /** Shows a search read from the address (on arrival, Back or Forward). */
  #apply(search: SearchParams): void {
    const store = this.options.store();
    if (!store) return;
    clearTimeout(this.#typingTimer);
    this.#sort = search.sort;
    store.setFilters(search.filters);
    store.setPlace(search.place);
    store.setQuery(search.query);
    this.options.onSettled(true);
    this.host.requestUpdate();
  }

  async #applyPresets(store: LinkworkStore): Promise<void> {
    const { category, place, placeLabel, geocoder } = this.options.presets();
    const categories = (category ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (categories.length && store.state.filters.categories.length === 0)
      store.setFilters({ ...store.state.filters, categories });
    const preset = place?.trim();
    if (!preset || store.state.place) return;
    const [lat, lng] = preset.split(',').map(Number);
    if (preset.includes(',') && Number.isFinite(lat) && Number.isFinite(lng)) {
      store.setPlace({ lat, lng, label: placeLabel ?? preset, source: 'preset' });
      return;
    }
    try {
      const found = await lookUpPostcode(geocoder ?? store.geocoder, preset);
      if (found && !store.state.place)
        store.setPlace({ lat: found.lat, lng: found.lng, label: found.label, source: 'preset' });
    } catch (error) {
      console.warn(`Linkwork: the preset place "${preset}" could not be looked up:`, error);
    }
  }
}
