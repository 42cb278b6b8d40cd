import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController, type FeedWidget } from '../../controllers/store-controller.js';
import { fire } from '../../events/fire.js';
import { LocateEvent } from '../../events/locate-event.js';
import { SearchEvent } from '../../events/search-event.js';
import type { Synonyms } from '../../feed/schema.js';
import { postcodesIo, type Geocoder } from '../../geo/geocoder.js';
import {
  activityVocabulary,
  type ActivityResult,
  type ActivityResults,
  type ActivitySort,
} from '../../search/activities.js';
import { applyTypedFilter } from '../../search/typed-filters.js';
import { noFilters, type VisitorPlace } from '../../store/state.js';
import { baseStyles } from '../../styles/base.styles.js';
import { followHostFont } from '../../styles/host-font.js';
import { printStyles } from '../../styles/print.styles.js';
import { choose } from '../shared/choose.js';
import { feedStatus } from '../shared/feed-status.js';
import { focusAfterUpdate } from '../shared/focus-after-update.js';
import { PlaceFinder } from '../shared/place-finder.js';
import { placeFinderStyles } from '../shared/place-finder.styles.js';
import { activitySearchStyles } from './activity-search.styles.js';
import { Announcer } from './announcer.js';
import { cardStyles } from './card.styles.js';
import { filterChips, renderChips, type Chip } from './chips.js';
import { renderEmptyState, waysOut } from './empty-state.js';
import { feedFacts } from './feed-facts.js';
import { type Units } from './filter-words.js';
import { FiltersFold } from './filters-fold.js';
import { renderFiltersArea } from './filters-panel.js';
import { nearList } from './near-list.js';
import { renderRemoteNote } from './remote-note.js';
import { resultCount } from './result-count.js';
import { ResultPages } from './result-pages.js';
import { renderResultList, renderSkeleton } from './results.js';
import { renderSearchBox, renderSortChoice } from './search-form.js';
import { SearchReady } from './search-ready.js';
import { SearchSession } from './search-session.js';
import { searchEnd, skipLinks } from './skip-links.js';
import { renderTypedWords, typedWords, type TypedWord } from './typed-words.js';

/**
 * Find a community activity: a search box that forgives typos, filters shown as removable chips,
 * a postcode or "use my location" for distances, and results with schedule, cost, access and contact.
 * Inside `<lw-feed>`, its query, filters and place are shared with the other widgets (a map follows them).
 *
 * @tagname lw-activity-search
 * @summary Searches a feed's activities, with filters, distances and a result count read out to screen readers.
 *
 * @attr color-scheme - `auto` follows the visitor's light or dark setting; `dark` or `light` fixes one (light when unset, or as the `<lw-feed>` around it says).
 * @fires {SearchEvent} lw-search - A search settled (typing paused, Enter, or a filter, place or order changed): `query`, `filters`, `resultCount` (with `search="remote"`, the directory's count, once it answered). Never carries the visitor's place.
 * @fires {SelectEvent} lw-select - The visitor chose an activity (its title): `kind` (`activity`), `id`, `record` (the activity). Fired before the choice is made; cancel it to keep the widgets as they were.
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
 * @csspart title - The title of a result: a button that chooses the activity and opens its full record in place.
 * @csspart save - A result's "Add to my list" toggle (`aria-pressed`), shared with `<lw-shortlist>` through the feed.
 * @csspart details - A result's full record, opened from its title.
 * @csspart distance - How far a result is from the visitor's place.
 * @csspart link - A contact link of a result (phone, email, website, directions).
 * @csspart empty - What is shown when nothing matches.
 * @csspart more - The "Show more" button.
 * @csspart status - A message about the feed: failed to load (with "Try again"), or an older copy shown.
 *
 * @cssprop [--lw-activity-search-columns=minmax(14rem, 18rem) 1fr] - The columns of the filters and results side by side on wide screens.
 * @cssprop [--lw-activity-search-mark=color-mix(in srgb, currentColor 15%, transparent)] - The background of words a search matched (a light tint of the text colour), which are also bold.
 */
export class LwActivitySearch extends LitElement implements FeedWidget {
  static override styles = [baseStyles, placeFinderStyles, activitySearchStyles, cardStyles, printStyles];

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

  /** Whose bank holidays a next date is checked against when the visitor gave no postcode: `england-and-wales` (default), `scotland` or `northern-ireland`. */
  @property() nation?: string;

  /** Months after which an activity's last update is called out of date ("check before you go"); default 12. */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter?: number;

  /** How this widget turns a postcode into a place; by default the `<lw-feed>`'s geocoder (postcodes.io unless the page gives its own). */
  @property({ attribute: false }) geocoder?: Geocoder;

  /**
   * Words the page adds to the search's vocabulary, as a feed's `synonyms`: what people type → words or
   * category ids (`{ "zumba": ["dance"] }`). Set one object and keep it (a new object makes a new vocabulary).
   */
  @property({ attribute: false }) synonyms?: Synonyms;

  /** With a place and no distance chosen, the results within this distance (in `units`) come first: default 10 miles, or 16 km. */
  @property({ type: Number, attribute: 'near-radius' }) nearRadius?: number;

  /** The name of the widget's search landmark, for a page with more than one search (default "Activity search"). */
  @property() label?: string;

  readonly #store = new StoreController(this);
  readonly #locale = new LocaleController(this);
  readonly #announcer = new Announcer(this);
  /** The count as shown in the last render, for the announcer. */
  #countShown = '';
  /** The place the last render showed, to tell a place found elsewhere. */
  #placeSeen?: VisitorPlace;
  readonly #fold = new FiltersFold(this);
  readonly #ready = new SearchReady(this, () => this.#state);
  readonly #pages = new ResultPages(this, {
    pageSize: () => this.pageSize,
    announce: (message) => this.#announcer.say(message),
    searchMore: () => this.#store.store?.searchMore(),
  });
  readonly #session = new SearchSession(this, {
    store: () => this.#store.store,
    presets: () => ({
      category: this.category,
      place: this.place,
      placeLabel: this.placeLabel,
      geocoder: this.geocoder,
    }),
    syncUrl: () => this.syncUrl,
    urlPrefix: () => this.urlPrefix,
    onLocated: (place) => fire(this, new LocateEvent(place)),
    onSettled: (fromAddress) => this.#settled(fromAddress),
  });
  readonly #finder = new PlaceFinder(this, {
    geocoder: () => this.geocoder ?? this.#store.store?.geocoder ?? postcodesIo(),
    onPlace: (place) => this.#changePlace(place),
    store: () => this.#store.store,
  });

  get #state() {
    return this.#store.state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageSize') || this.#pages.shown === 0) this.#pages.firstPage();
  }

  /** The order in use: what the visitor chose, else best match (blended with distance once there is a place). */
  get #order(): ActivitySort {
    return this.#session.sort ?? 'relevance';
  }

  protected override updated(): void {
    // A place found in another widget is announced there; the count it changes here is shown, not read out.
    const place = this.#state.place;
    const placeChanged = place !== this.#placeSeen;
    this.#placeSeen = place;
    if (placeChanged && !this.#finder.showsBox) this.#announcer.quietly(this.#countShown);
    else this.#announcer.count(this.#countShown);
  }

  /** After each change to the search: back to the first page and, for the visitor's own changes, the page told. */
  #settled(fromAddress: boolean): void {
    this.#pages.firstPage();
    if (fromAddress) return;
    const { query, filters } = this.#state;
    const tell = () => {
      const found = this.#ready.results(this.#order, this.synonyms);
      fire(this, new SearchEvent(query, filters, found.remote?.total ?? found.results.length));
    };
    // A directory searched where it lives has its own count: the page is told it once the answer is in.
    if (this.#state.remote) void this.#store.store?.remoteAnswered().then((current) => current && tell());
    else tell();
  }

  #changePlace(place: VisitorPlace | undefined): void {
    this.#session.changePlace(place);
    // "Forget this place" goes away with the place: keep focus in the widget, on the postcode box.
    if (!place) void focusAfterUpdate(this, ['#place-postcode'], { unlessFocused: true });
  }

  #select({ activity }: ActivityResult): void {
    const selection = this.#state.selection;
    if (selection?.kind === 'activity' && selection.id === activity.id) this.#store.store?.select(undefined);
    else choose(this, this.#store.store, 'activity', activity);
  }

  #removeChip(chip: Chip, chips: readonly Chip[]): void {
    const at = chips.indexOf(chip);
    const next = chips[at + 1] ?? chips[at - 1];
    this.#session.changeFilters(chip.without);
    void focusAfterUpdate(this, [next ? `[data-chip="${CSS.escape(next.key)}"]` : '#search-input']);
  }

  #clearFilters(): void {
    this.#session.changeFilters(noFilters);
    void focusAfterUpdate(this, ['#search-input']);
  }

  /** A filter word offered from the search box, taken: the filter applied (or the place looked up), its words out of the search. */
  #takeTypedWord(word: TypedWord, words: readonly TypedWord[]): void {
    const { filter } = word;
    if (filter.kind === 'place') void this.#finder.findPostcode(filter.postcode.postcode);
    else {
      this.#announcer.lead(this.#locale.msg.filterAdded(word.name!));
      this.#session.changeFilters((current) => applyTypedFilter(current, filter));
    }
    this.#session.search(filter.rest);
    const others = words.filter((other) => other !== word);
    void focusAfterUpdate(this, [others.length ? '.typed-word' : '#search-input']);
  }

  /** "Try again" replaces itself with the loading state: keep focus in the widget, on the search box. */
  #onStatusClick(event: Event): void {
    if (event.target instanceof HTMLButtonElement) void focusAfterUpdate(this, ['#search-input']);
  }

  override render() {
    const msg = this.#locale.msg;
    const tag = this.#locale.intl;
    const state = this.#state;
    const { categoryLabel, currency } = feedFacts(state.feed);
    const chips = filterChips(state.filters, { msg, tag, units: this.units, currency, categoryLabel });
    const ready = state.status === 'ready';
    const found = ready ? this.#ready.results(this.#order, this.synonyms) : undefined;
    const remote = found?.remote;
    const { words: count, total, shown } = resultCount(msg, tag, state.status, found, this.#pages.shown);
    this.#countShown = count;
    const vocabulary = ready && !found?.pending ? activityVocabulary(state.feed, this.synonyms) : undefined;
    const offers = typedWords(msg, tag, state, vocabulary);

    return html`
      ${skipLinks(msg)} ${this.#announcer.render()}
      <div @click=${this.#onStatusClick}>${feedStatus(state, this.#store.store, msg, tag)}</div>
      ${renderSearchBox({
        msg,
        label: this.label,
        typed: this.#session.typed,
        onType: (text) => {
          this.#announcer.typed();
          this.#session.type(text);
        },
        onSearch: () => this.#session.commitQuery(),
      })}
      ${renderTypedWords(msg, offers, (word) => this.#takeTypedWord(word, offers))}
      <div class="where">
        ${this.#finder.render(msg, state.place, 'place')}
        ${state.place ? renderSortChoice(msg, this.#order, (sort) => this.#session.changeSort(sort)) : nothing}
      </div>
      <div class=${this.hideFilters ? 'layout no-filters' : 'layout'}>
        ${
          this.hideFilters
            ? nothing
            : renderFiltersArea({
                msg,
                tag,
                ...this.#fold.area,
                loading: state.status === 'loading',
                inUse: chips.length,
                resultCount: total,
                filters: state.filters,
                categories: state.feed.categories,
                categoryCounts: remote ? undefined : (found?.categoryCounts ?? new Map()),
                accessNeeds: feedFacts(state.feed).accessNeeds,
                currency,
                units: this.units,
                hasPlace: Boolean(state.place),
                onChange: (update) => this.#session.changeFilters(update),
              })
        }
        <div class="results-area">
          ${renderChips(
            chips,
            msg,
            (chip) => this.#removeChip(chip, chips),
            () => this.#clearFilters(),
          )}
          <p part="count" class="count" tabindex="-1">${count}</p>
          ${found?.partial && total > 0 ? html`<p class="muted">${msg.partialMatch}</p>` : nothing}
          ${renderRemoteNote(msg, found, this.#store.store)} ${this.#renderResults(found, shown, chips)}
        </div>
      </div>
      ${searchEnd(msg)}
    `;
  }

  #renderResults(found: ActivityResults | undefined, shown: number, chips: readonly Chip[]) {
    const state = this.#state;
    if (state.status === 'loading' || found?.pending) return renderSkeleton();
    if (!found) return nothing;
    const msg = this.#locale.msg;
    const tag = this.#locale.intl;
    if (found.results.length === 0) {
      const ways = waysOut({
        msg,
        tag,
        units: this.units,
        ...state,
        synonyms: this.synonyms,
        chips,
        session: this.#session,
        clearAll: () => this.#clearFilters(),
        after: () => void focusAfterUpdate(this, ['#search-input']),
      });
      return renderEmptyState(msg, state.query, chips, ways, !found.remote && state.feed.activities.length === 0);
    }
    const { ordered, near } = nearList(msg, tag, found.results, state, this);
    return renderResultList(ordered, shown, {
      msg,
      tag,
      units: this.units,
      matched: found.matched,
      categoryLabel: feedFacts(state.feed).categoryLabel,
      selectedId: state.selection?.kind === 'activity' ? state.selection.id : undefined,
      measuring: state.place !== undefined,
      onSelect: (result) => this.#select(result),
      ...this.#pages.moreButton(msg, tag, ordered, Boolean(found.remote?.more)),
      near,
    });
  }
}

LwActivitySearch.addInitializer(followHostFont);
