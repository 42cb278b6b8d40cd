/**
 * Remote mode's half of the store: each settled search (query, filters, place) becomes one request for
 * one page of the directory, a moment after the last change, the one before it abandoned. The answer
 * replaces the activities in the store's feed; "Show more" adds the next page. A filter the API takes
 * but is seen to ignore (its answer has services the filter would leave out) is applied to the pages in
 * hand from then on, and said.
 */
import type { FeedError } from '../feed/errors.js';
import { located } from '../feed/located.js';
import type { RemoteDirectory, RemotePage } from '../feed/remote/directory.js';
import type { RemoteAsk, RemoteFilter } from '../feed/remote/request.js';
import type { Activity, Category, Feed } from '../feed/schema.js';
import { distanceKm } from '../geo/distance.js';
import { parsePostcode } from '../geo/postcode.js';
import { inCategories, inSchedule, suitsAge } from '../search/filters.js';
import type { State } from './state.js';

/** How a remote search stands, for the widgets. */
export interface RemoteSearchState {
  /** `searching`: a new search is on its way (the last results stay on screen); `more`: the next page is. */
  status: 'searching' | 'more' | 'ready' | 'error';
  /** How many services the API holds for the search answered, when it says. */
  total?: number;
  /** How many services the API has sent for it (the pages in hand). */
  read: number;
  /** The API has another page. */
  more: boolean;
  /** The parts of the visitor's search the API applied; the rest is applied to the pages in hand. */
  applied: readonly RemoteFilter[];
  /** Why the last request failed (with `status: 'error'`). */
  error?: FeedError;
}

export interface RemoteStore {
  state(): State;
  update(change: Partial<State>): void;
}

/** The pause after the last change before the request goes (typing has its own pause before this). */
export const remotePauseMs = 150;

const iCalDays = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' } as const;

export class RemoteSearch {
  #timer?: ReturnType<typeof setTimeout>;
  #abort?: AbortController;
  /** The search shown (or on its way), as its {@link RemoteAsk} in JSON. */
  #current: string;
  #ask: RemoteAsk = { query: '', termIds: [], days: [] };
  #pages: RemotePage[];
  /** The search whose pages are in hand. */
  #shown: string;
  /** Filters the API was seen to ignore: applied to the pages in hand for the rest of the visit. */
  readonly #off = new Set<RemoteFilter>();
  readonly #terms = new Map<string, string[]>();
  readonly #categories = new Map<string, Category>();
  readonly #base: Feed;

  constructor(
    private readonly directory: RemoteDirectory,
    private readonly store: RemoteStore,
  ) {
    const first = directory.firstPage;
    this.#base = store.state().feed;
    this.#current = JSON.stringify(this.#ask);
    this.#pages = [first];
    this.#shown = this.#current;
    for (const category of this.#base.categories) this.#categories.set(category.id, category);
    this.#learn(first);
    // The directory's activities only: another source beside it gives networks and resources.
    store.update({
      feed: { ...this.#base, activities: first.activities },
      remote: this.#stateOf(first, first.applied),
    });
    this.follow();
  }

  /** After any change to the store: a new search when the visitor's search changed. */
  follow(): void {
    const ask = this.#askOf(this.store.state());
    const key = JSON.stringify(ask);
    if (key === this.#current) return;
    this.#current = key;
    this.#ask = ask;
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.store.update({ remote: { ...this.store.state().remote!, status: 'searching', error: undefined } });
    this.#timer = setTimeout(() => void this.#search(key), remotePauseMs);
  }

  /** "Show more": the next page of the search shown. */
  more(): void {
    const remote = this.store.state().remote;
    if (!remote || remote.status !== 'ready' || !remote.more) return;
    this.store.update({ remote: { ...remote, status: 'more' } });
    void this.#read(this.#current, this.#pages.length);
  }

  /** "Try again" after a failed request. */
  retry(): void {
    const remote = this.store.state().remote;
    if (remote?.status !== 'error') return;
    const more = this.#shown === this.#current;
    this.store.update({ remote: { ...remote, status: more ? 'more' : 'searching', error: undefined } });
    void this.#read(this.#current, more ? this.#pages.length : 0);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
  }

  async #search(key: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    // The first search waits for the API's openapi document, which may change what can be asked.
    await this.directory.discover(abort.signal);
    if (!abort.signal.aborted) await this.#read(key, 0, abort);
  }

  async #read(key: string, index: number, abort = (this.#abort = new AbortController())): Promise<void> {
    try {
      const page = await this.directory.page(this.#ask, index, this.#off, abort.signal);
      if (abort.signal.aborted || key !== this.#current) return;
      const applied = this.#check(page);
      this.#learn(page);
      this.#pages = index === 0 ? [page] : [...this.#pages, page];
      this.#shown = key;
      const seen = new Set<string>();
      const activities: Activity[] = [];
      for (const activity of this.#pages.flatMap((p) => p.activities))
        if (!seen.has(activity.id)) seen.add(activity.id) && activities.push(activity);
      const feed = { ...this.#base, activities, categories: [...this.#categories.values()] };
      const read = this.#pages.reduce((sum, p) => sum + p.read, 0);
      this.store.update({ feed, remote: { ...this.#stateOf(page, applied), read } });
      for (const problem of page.problems)
        console.warn(
          `Linkwork: ${problem.severity === 'field' ? `kept activities[${problem.index}], changed ${problem.field}` : `dropped activities[${problem.index}]`}${problem.id ? ` "${problem.id}"` : ''} from ${page.url}: ${problem.reason}`,
        );
    } catch (error) {
      if (abort.signal.aborted || key !== this.#current) return;
      console.warn(`Linkwork: the search of ${this.directory.url} failed: ${(error as FeedError).summary ?? error}`);
      this.store.update({
        remote: { ...this.store.state().remote!, status: 'error', error: error as FeedError },
      });
    }
  }

  #stateOf(page: RemotePage, applied: readonly RemoteFilter[]): RemoteSearchState {
    return { status: 'ready', total: page.total, read: page.read, more: page.more, applied };
  }

  /** Keeps the categories and taxonomy terms a page shows, so later searches can ask by them. */
  #learn(page: RemotePage): void {
    for (const category of page.categories)
      if (!this.#categories.has(category.id)) this.#categories.set(category.id, category);
    for (const [category, ids] of page.terms)
      this.#terms.set(category, [...new Set([...(this.#terms.get(category) ?? []), ...ids])]);
  }

  /** The filters the API applied to `page`; one it ignored is turned off for the rest of the visit. */
  #check(page: RemotePage): RemoteFilter[] {
    const { filters, place } = this.store.state();
    const ignored = (filter: RemoteFilter, fits: (activity: Activity) => boolean) =>
      page.applied.includes(filter) && !page.activities.every(fits);
    const near = this.#ask.near;
    const far = (activity: Activity) => {
      const at = located(activity.location);
      return !near || !place || !at || distanceKm(place, at) <= near.withinKm * 1.25 + 1;
    };
    const checks: [RemoteFilter, (activity: Activity) => boolean][] = [
      ['categories', (activity) => inCategories(activity, filters.categories)],
      ['age', (activity) => suitsAge(activity, filters.age)],
      ['days', (activity) => inSchedule(activity, { days: filters.days, times: [] })],
      ['distance', far],
    ];
    for (const [filter, fits] of checks)
      if (ignored(filter, fits)) {
        this.#off.add(filter);
        console.warn(
          `Linkwork: ${this.directory.url} seems not to filter by ${filter}; it is applied to the results in hand.`,
        );
      }
    return page.applied.filter((filter) => !this.#off.has(filter));
  }

  #askOf(state: State): RemoteAsk {
    const { query, filters, place } = state;
    // A category whose taxonomy terms are not known yet cannot be asked for: it is applied to the page in hand.
    const termIds = filters.categories.map((id) => this.#terms.get(id));
    const postcode = place && place.source !== 'geolocation' ? parsePostcode(place.label)?.postcode : undefined;
    return {
      query,
      termIds: termIds.every((ids) => ids?.length) ? [...new Set(termIds.flatMap((ids) => ids!))] : [],
      age: filters.age,
      days: filters.days.map((day) => iCalDays[day]),
      near:
        place && filters.withinKm !== undefined
          ? { lat: place.lat, lng: place.lng, withinKm: filters.withinKm, ...(postcode ? { postcode } : {}) }
          : undefined,
    };
  }
}
