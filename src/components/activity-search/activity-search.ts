import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController, type FeedWidget } from '../../controllers/store-controller.js';
import { LocateEvent } from '../../events/locate-event.js';
import { SearchEvent } from '../../events/search-event.js';
import { SelectEvent } from '../../events/select-event.js';
import { lookUpPostcode, postcodesIo, type Geocoder } from '../../geo/geocoder.js';
import { formatNumber } from '../../i18n/format.js';
import {
  activityResults,
  type ActivityResult,
  type ActivityResults,
  type ActivitySort,
} from '../../search/activities.js';
import { noFilters, type ActivityFilters, type VisitorPlace } from '../../store/state.js';
import { baseStyles } from '../../styles/base.styles.js';
import { feedStatus } from '../shared/feed-status.js';
import { PlaceFinder } from '../shared/place-finder.js';
import { placeFinderStyles } from '../shared/place-finder.styles.js';
import { activitySearchStyles } from './activity-search.styles.js';
import { filterChips, renderChips, type Chip } from './chips.js';
import { renderEmptyState, type WayOut } from './empty-state.js';
import { feedFacts } from './feed-facts.js';
import { distanceSteps, distanceWords, toKm, type Units } from './filter-words.js';
import { renderFiltersPanel } from './filters-panel.js';
import { renderResultCard } from './result-card.js';
import type { SearchParams } from './url-state.js';
import { UrlSync } from './url-sync.js';

/** How long typing must pause before the results follow. */
const typingPauseMs = 250;

/**
 * Find a community activity: a search box that forgives typos, filters shown as removable chips,
 * a postcode or "use my location" for distances, and results with schedule, cost, access and contact.
 * Inside `<lw-feed>`, its query, filters and place are shared with the other widgets (a map follows them).
 *
 * @tagname lw-activity-search
 * @summary Searches a feed's activities, with filters, distances and a result count read out to screen readers.
 *
 * @fires {SearchEvent} lw-search - A search settled (typing paused, Enter, or a filter, place or order changed): `query`, `filters`, `resultCount`. Never carries the visitor's place.
 * @fires {SelectEvent} lw-select - The visitor chose an activity (its title): `kind` (`activity`), `id`, `record` (the activity).
 * @fires {LocateEvent} lw-locate - The visitor's place was found from a postcode or their location: `place`.
 *
 * @csspart search - The search form.
 * @csspart input - The search box, the postcode box and the age box.
 * @csspart select - The cost, online/in person, distance and order choices.
 * @csspart button - Buttons: search, find, use my location, clear all, ways out of an empty search, try again.
 * @csspart place-finder - The postcode and "use my location" form.
 * @csspart filters - The filters panel.
 * @csspart filters-toggle - The button that shows and hides the filters on narrow screens.
 * @csspart chip - A filter in use; pressing it removes the filter.
 * @csspart count - The result count, read out politely when it changes.
 * @csspart list - The list of results.
 * @csspart item - One result.
 * @csspart title - The title of a result: a button that chooses the activity.
 * @csspart distance - How far a result is from the visitor's place.
 * @csspart link - A contact link of a result (phone, email, website, directions).
 * @csspart empty - What is shown when nothing matches.
 * @csspart more - The "Show more" button.
 * @csspart status - A message about the feed: failed to load (with "Try again"), or an older copy shown.
 *
 * @cssprop --lw-activity-search-columns - The columns of the filters and results side by side on wide screens (default `minmax(14rem, 18rem) 1fr`).
 * @cssprop --lw-activity-search-mark - The background of words a search matched, which are also bold (default: a light tint of the text colour).
 */
export class LwActivitySearch extends LitElement implements FeedWidget {
  static override styles = [baseStyles, placeFinderStyles, activitySearchStyles];

  /** A feed URL of the widget's own; without it, the widget uses the `<lw-feed>` around it. */
  @property({ reflect: true }) src?: string;

  /** With its own `src`: do not keep a copy of the feed in the browser's storage. */
  @property({ type: Boolean, attribute: 'no-cache' }) noCache = false;

  /** With its own `src`: stop reading a feed larger than this many bytes (default 50 MB). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /** Categories chosen from the start: ids separated by commas, e.g. `gardening,walking`. */
  @property() category?: string;

  /** A place to measure distances from, from the start: a postcode (`LS1 4AP`) or `latitude,longitude`. */
  @property() place?: string;

  /** What to call a preset `place` given as `latitude,longitude` (e.g. `Leeds Central Library`). */
  @property({ attribute: 'place-label' }) placeLabel?: string;

  /** How many results to show at first, and how many more "Show more" adds. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Shows no filters panel (presets still apply): for a page that lists one kind of activity. */
  @property({ type: Boolean, attribute: 'hide-filters' }) hideFilters = false;

  /** `miles` (the default) or `km`, for distances. */
  @property() units: Units = 'miles';

  /** Keeps the search in the page's address (parameters named with `url-prefix`), so it can be shared and Back/Forward restore it. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** The start of this widget's parameter names in the page's address, so they never clash with the page's own. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'lw-';

  /** How this widget turns a postcode into a place; by default the `<lw-feed>`'s geocoder (postcodes.io unless the page gives its own). */
  @property({ attribute: false }) geocoder?: Geocoder;

  readonly #store = new StoreController(this);
  readonly #locale = new LocaleController(this);
  readonly #finder = new PlaceFinder(this, {
    geocoder: () => this.geocoder ?? this.#store.store?.geocoder ?? postcodesIo(),
    onPlace: (place) => this.#changePlace(place),
  });
  readonly #url = new UrlSync(this, {
    enabled: () => this.syncUrl,
    prefix: () => this.urlPrefix,
    current: () => ({
      query: this.#state.query,
      filters: this.#state.filters,
      place: this.#state.place,
      sort: this.#sort,
    }),
    apply: (search) => this.#applySearch(search),
  });

  /** The text in the search box; the store's query follows it once typing pauses. */
  #typed = '';
  /** The store's query when the box last followed it. */
  #followedQuery = '';
  #typingTimer?: ReturnType<typeof setTimeout>;
  #shown = 0;
  #sort?: ActivitySort;
  #filtersOpen = false;
  #presetsApplied = false;

  get #state() {
    return this.#store.state;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typingTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') || this.#shown === 0) this.#shown = this.#pageSize;
    const store = this.#store.store;
    if (store && !this.#presetsApplied) {
      this.#presetsApplied = true;
      if (!this.#url.restore()) void this.#applyPresets();
    }
    if (this.#state.query !== this.#followedQuery) this.#typed = this.#followedQuery = this.#state.query;
  }

  /** The page size given, or 10 when it is not a whole number of at least 1. */
  get #pageSize(): number {
    return Number.isInteger(this.pageSize) && this.pageSize >= 1 ? this.pageSize : 10;
  }

  /** The order in use: what the visitor chose, else best match (blended with distance once there is a place). */
  get #order(): ActivitySort {
    return this.#sort ?? 'relevance';
  }

  #results(): ActivityResults {
    return activityResults(this.#state, this.#order);
  }

  async #applyPresets(): Promise<void> {
    const store = this.#store.store!;
    const categories = (this.category ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (categories.length && store.state.filters.categories.length === 0)
      store.setFilters({ ...store.state.filters, categories });
    const preset = this.place?.trim();
    if (!preset || store.state.place) return;
    const [lat, lng] = preset.split(',').map(Number);
    if (preset.includes(',') && Number.isFinite(lat) && Number.isFinite(lng)) {
      store.setPlace({ lat, lng, label: this.placeLabel ?? preset, source: 'preset' });
      return;
    }
    try {
      const found = await lookUpPostcode(this.geocoder ?? store.geocoder, preset);
      if (found && !store.state.place)
        store.setPlace({ lat: found.lat, lng: found.lng, label: found.label, source: 'preset' });
    } catch (error) {
      console.warn(`Linkwork: the preset place "${preset}" could not be looked up:`, error);
    }
  }

  #applySearch(search: SearchParams): void {
    const store = this.#store.store;
    if (!store) return;
    clearTimeout(this.#typingTimer);
    this.#sort = search.sort;
    this.#shown = this.#pageSize;
    store.setFilters(search.filters);
    store.setPlace(search.place);
    store.setQuery(search.query);
    this.requestUpdate();
  }

  /** After each change the visitor makes: back to the first page, the address updated, the page told. */
  #settled(push: boolean): void {
    this.#shown = this.#pageSize;
    this.#url.write(push);
    const { query, filters } = this.#state;
    this.#tell(new SearchEvent(query, filters, this.#results().results.length));
    this.requestUpdate();
  }

  #commitQuery(push: boolean): void {
    clearTimeout(this.#typingTimer);
    const query = this.#typed.trim() ? this.#typed : '';
    if (query === this.#state.query) return;
    this.#followedQuery = query;
    this.#store.store?.setQuery(query);
    this.#settled(push);
  }

  #onInput(event: Event): void {
    this.#typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.#commitQuery(false), typingPauseMs);
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.#commitQuery(true);
  }

  /** Changes the filters; an update function is applied to the filters as they are now, so quick changes all count. */
  #changeFilters(change: ActivityFilters | ((filters: ActivityFilters) => ActivityFilters)): void {
    const store = this.#store.store;
    if (!store) return;
    store.setFilters(typeof change === 'function' ? change(store.state.filters) : change);
    this.#settled(true);
  }

  #changePlace(place: VisitorPlace | undefined): void {
    const store = this.#store.store;
    if (!store) return;
    store.setPlace(place);
    // A distance filter means nothing without a place to measure from.
    if (!place && store.state.filters.withinKm !== undefined)
      store.setFilters({ ...store.state.filters, withinKm: undefined });
    if (place) this.#tell(new LocateEvent(place));
    this.#settled(true);
    // "Forget this place" goes away with the place: keep focus in the widget, on the postcode box.
    if (!place) void this.updateComplete.then(() => this.shadowRoot?.activeElement || this.#focus('#place-postcode'));
  }

  #changeSort(event: Event): void {
    this.#sort = (event.target as HTMLSelectElement).value as ActivitySort;
    this.#settled(true);
  }

  #select(result: ActivityResult): void {
    const { activity } = result;
    const chosen = this.#state.selection?.kind === 'activity' && this.#state.selection.id === activity.id;
    this.#store.store?.select(chosen ? undefined : { kind: 'activity', id: activity.id });
    if (!chosen) this.#tell(new SelectEvent('activity', activity.id, activity));
  }

  async #removeChip(chip: Chip, chips: readonly Chip[]): Promise<void> {
    const at = chips.indexOf(chip);
    const next = chips[at + 1] ?? chips[at - 1];
    this.#changeFilters(chip.without);
    await this.updateComplete;
    this.#focus(next ? `[data-chip="${CSS.escape(next.key)}"]` : '#search-input');
  }

  async #clearFilters(): Promise<void> {
    this.#changeFilters(noFilters);
    await this.updateComplete;
    this.#focus('#search-input');
  }

  async #showMore(total: number): Promise<void> {
    const firstNew = this.#shown;
    this.#shown = Math.min(total, this.#shown + this.#pageSize);
    this.requestUpdate();
    await this.updateComplete;
    // The button keeps focus while there is more to show; when it goes, focus moves to the first new result.
    if (!this.renderRoot.querySelector('[part="more"]'))
      this.#focus(`.results > li:nth-child(${firstNew + 1}) .title-button`);
  }

  /** On a narrow screen, folds the filters away and takes the visitor to the results. */
  async #closeFilters(): Promise<void> {
    this.#filtersOpen = false;
    this.requestUpdate();
    await this.updateComplete;
    this.#focus(
      this.renderRoot.querySelector('.results .title-button') ? '.results .title-button' : '[part="filters-toggle"]',
    );
  }

  /** Sends a public event (declared with `@fires` above). */
  #tell(event: Event): void {
    this.dispatchEvent(event);
  }

  #focus(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Ways out of an empty result: each removes one thing that narrows the search. */
  #waysOut(chips: readonly Chip[]): WayOut[] {
    const msg = this.#locale.msg;
    const { filters } = this.#state;
    const ways: WayOut[] = [];
    const after = async () => (await this.updateComplete, this.#focus('#search-input'));
    if (this.#state.query.trim()) {
      ways.push({
        key: 'query',
        label: msg.clearSearch,
        act: () => ((this.#typed = ''), this.#commitQuery(true), void after()),
      });
    }
    if (filters.withinKm !== undefined) {
      const wider = distanceSteps.map((step) => toKm(step, this.units)).find((km) => km > filters.withinKm! + 1e-6);
      const change = (withinKm: number | undefined) => () => (
        this.#changeFilters((current) => ({ ...current, withinKm })),
        void after()
      );
      if (wider)
        ways.push({
          key: 'wider',
          label: msg.widenDistance(distanceWords(this.#locale.intl, wider, this.units)),
          act: change(wider),
        });
      else ways.push({ key: 'any-distance', label: msg.anyDistanceWayOut, act: change(undefined) });
    }
    for (const chip of chips.filter((chip) => chip.key !== 'within')) {
      ways.push({
        key: chip.key,
        label: msg.removeFilter(chip.label),
        act: () => (this.#changeFilters(chip.without), void after()),
      });
    }
    if (chips.length > 1) ways.push({ key: 'clear-all', label: msg.clearAll, act: () => void this.#clearFilters() });
    return ways;
  }

  /** "Try again" replaces itself with the loading state: keep focus in the widget, on the search box. */
  async #onStatusClick(event: Event): Promise<void> {
    if (!(event.target instanceof HTMLButtonElement)) return;
    await this.updateComplete;
    this.#focus('#search-input');
  }

  override render() {
    const msg = this.#locale.msg;
    const tag = this.#locale.intl;
    const state = this.#state;
    const { categoryLabel, currency } = feedFacts(state.feed);
    const chips = filterChips(state.filters, { msg, tag, units: this.units, currency, categoryLabel });
    const ready = state.status === 'ready';
    const found = ready ? this.#results() : undefined;
    const total = found?.results.length ?? 0;
    const shown = Math.min(total, this.#shown);
    const matching = msg.resultCount(total);
    const count =
      state.status === 'loading'
        ? msg.searching
        : !ready
          ? ''
          : total > shown
            ? msg.countShowing(matching, formatNumber(tag, shown))
            : matching;

    return html`
      <div @click=${this.#onStatusClick}>${feedStatus(state, this.#store.store, msg, tag)}</div>
      <form role="search" part="search" class="search" aria-label=${msg.searchRegion} @submit=${this.#onSubmit}>
        <label for="search-input">${msg.searchLabel}</label>
        <span class="hint" id="search-hint">${msg.searchHint}</span>
        <div class="search-row">
          <input
            id="search-input"
            part="input"
            type="search"
            enterkeyhint="search"
            autocomplete="off"
            aria-describedby="search-hint"
            .value=${live(this.#typed)}
            @input=${this.#onInput}
          />
          <button type="submit" part="button">${msg.searchButton}</button>
        </div>
      </form>
      <div class="where">
        ${this.#finder.render(msg, state.place, 'place')}
        ${
          state.place
            ? html`<div class="sort">
                <label for="sort">${msg.sortLabel}</label>
                <select id="sort" part="select" @change=${this.#changeSort}>
                  <option value="distance" .selected=${this.#order === 'distance'}>${msg.sortDistance}</option>
                  <option value="relevance" .selected=${this.#order === 'relevance'}>${msg.sortRelevance}</option>
                </select>
              </div>`
            : nothing
        }
      </div>
      <div class=${this.hideFilters ? 'layout no-filters' : 'layout'}>
        ${this.hideFilters ? nothing : this.#renderFilters(chips.length, found)}
        <div class="results-area">
          ${renderChips(
            chips,
            msg,
            (chip) => void this.#removeChip(chip, chips),
            () => void this.#clearFilters(),
          )}
          <p part="count" class="count" role="status">${count}</p>
          ${found?.partial && total > 0 ? html`<p class="muted">${msg.partialMatch}</p>` : nothing}
          ${this.#renderResults(found, shown, chips)}
        </div>
      </div>
    `;
  }

  #renderFilters(active: number, found: ActivityResults | undefined) {
    const msg = this.#locale.msg;
    const state = this.#state;
    const toggle = () => ((this.#filtersOpen = !this.#filtersOpen), this.requestUpdate());
    return html`<div class="filters-area">
      <button
        type="button"
        part="filters-toggle"
        class="filters-toggle"
        aria-expanded=${this.#filtersOpen ? 'true' : 'false'}
        aria-controls="filters"
        @click=${toggle}
      >
        ${msg.showFilters}${active ? html` <span class="badge">${msg.filtersInUse(active)}</span>` : nothing}
      </button>
      <div
        id="filters"
        part="filters"
        class=${this.#filtersOpen ? 'filters open' : 'filters'}
        role="group"
        aria-labelledby="filters-heading"
      >
        <h3 id="filters-heading" class="filters-heading">${msg.filtersHeading}</h3>
        ${renderFiltersPanel(
          {
            msg,
            tag: this.#locale.intl,
            filters: state.filters,
            categories: state.feed.categories,
            categoryCounts: found?.categoryCounts ?? new Map(),
            accessNeeds: feedFacts(state.feed).accessNeeds,
            currency: feedFacts(state.feed).currency,
            units: this.units,
            hasPlace: Boolean(state.place),
            onChange: (update) => this.#changeFilters(update),
          },
          'filter',
        )}
        <button type="button" part="button" class="filters-done primary" @click=${this.#closeFilters}>
          ${msg.showResults(found?.results.length ?? 0)}
        </button>
      </div>
    </div>`;
  }

  #renderResults(found: ActivityResults | undefined, shown: number, chips: readonly Chip[]) {
    const state = this.#state;
    if (state.status === 'loading') {
      return html`<ul class="results skeleton" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<li class="card"><span class="bone title"></span><span class="bone"></span><span class="bone short"></span></li>`)}
      </ul>`;
    }
    if (!found) return nothing;
    const msg = this.#locale.msg;
    if (found.results.length === 0)
      return renderEmptyState(msg, state.query, chips, this.#waysOut(chips), state.feed.activities.length === 0);
    const context = {
      msg,
      tag: this.#locale.intl,
      units: this.units,
      matched: found.matched,
      categoryLabel: feedFacts(state.feed).categoryLabel,
      selectedId: state.selection?.kind === 'activity' ? state.selection.id : undefined,
      onSelect: (result: ActivityResult) => this.#select(result),
    };
    const more = Math.min(this.#pageSize, found.results.length - shown);
    return html`<ul part="list" class="results">
        ${found.results.slice(0, shown).map((result) => renderResultCard(result, context))}
      </ul>
      ${more > 0 ? html`<button type="button" part="more" class="more" @click=${() => this.#showMore(found.results.length)}>${msg.showMore(more)}</button>` : nothing}`;
  }
}
