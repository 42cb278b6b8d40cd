/**
 * Remote mode's half of the store: each settled search (query, filters, place) becomes one request for
 * one page of the directory, a moment after the last change, the one before it abandoned. The answer
 * replaces the activities in the store's feed; "Show more" adds the next page. A filter the API takes
 * but is seen to ignore (its answer has services the filter would leave out) is applied to the pages in
 * hand from then on, and said. Saved activities not in the pages in hand are read by id (`remote-saved.ts`).
 */
import type { FeedError } from '../feed/errors.js';
import { located } from '../feed/located.js';
import type { RemoteDirectory, RemotePage } from '../feed/remote/directory.js';
import type { RemoteAsk, RemoteFilter } from '../feed/remote/request.js';
import type { Activity, Category, Feed } from '../feed/schema.js';
import { distanceKm } from '../geo/distance.js';
import { parsePostcode } from '../geo/postcode.js';
import { inCategories, inSchedule, suitsAge } from '../search/filters.js';
import { reportRemoteProblems } from './remote-problems.js';
import { SavedLookup, type RemoteSaved } from './remote-saved.js';
import type { State, TimeOfDay } from './state.js';

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
  /** Saved activities read from the directory by id, as they are not in the pages in hand. */
  saved: RemoteSaved;
}

export interface RemoteStore {
  state(): State;
  update(change: Partial<State>): void;
}

/** The pause after the last change before the request goes (typing has its own pause before this). */
export const remotePauseMs = 150;

const iCalDays = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' } as const;

/** The hours of each part of the day, as `start_time`/`end_time` (the parts the search filters by). */
const hours: Record<TimeOfDay, [string, string]> = {
  morning: ['00:00', '12:00'],
  afternoon: ['12:00', '17:00'],
  evening: ['17:00', '23:59'],
};
const dayParts: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening'];

/** The hours of the chosen parts of the day, when they run on from each other (morning and evening do not). */
function hoursOf(times: readonly TimeOfDay[]): { start: string; end: string } | undefined {
  const chosen = dayParts.filter((part) => times.includes(part));
  if (!chosen.length || dayParts.indexOf(chosen.at(-1)!) - dayParts.indexOf(chosen[0]!) !== chosen.length - 1)
    return undefined;
  return { start: hours[chosen[0]!][0], end: hours[chosen.at(-1)!][1] };
}

export class RemoteSearch {
  #timer?: ReturnType<typeof setTimeout>;
  #abort?: AbortController;
  /** Aborted when the search is disposed: ends the reading of saved activities and the openapi document. */
  readonly #lifetime = new AbortController();
  readonly #savedLookup: SavedLookup;
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
    this.#savedLookup = new SavedLookup(directory, this.#lifetime.signal, (saved) => {
      const remote = this.store.state().remote;
      if (remote) this.store.update({ remote: { ...remote, saved } });
    });
    // The directory's activities only: another source beside it gives networks and resources.
    store.update({
      feed: { ...this.#base, activities: first.activities },
      remote: this.#stateOf(first, first.applied),
    });
    this.follow();
    void this.#discover();
  }

  /**
   * Reads what the directory documents (its parameters, its taxonomy terms) once the first page is shown, so
   * the category filter offers every category from the start.
   */
  async #discover(): Promise<void> {
    await this.directory.discover(this.#lifetime.signal);
    if (this.#lifetime.signal.aborted) return;
    const { categories, terms } = await this.directory.categories();
    if (!categories.length || this.#lifetime.signal.aborted) return;
    this.#learn({ categories, terms });
    const { feed } = this.store.state();
    this.store.update({ feed: { ...feed, categories: [...this.#categories.values()] } });
  }

  /** After any change to the store: a new search when the visitor's search changed. */
  follow(): void {
    if (this.#lifetime.signal.aborted) return;
    const state = this.store.state();
    this.#savedLookup.follow(state.saved, state.feed.activities);
    const ask = this.#askOf(state);
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
    this.#savedLookup.retry();
    void this.#read(this.#current, more ? this.#pages.length : 0);
  }

  /** Stops for good: a search waiting or on its way is abandoned, and nothing more is read. */
  dispose(): void {
    clearTimeout(this.#timer);
    this.#abort?.abort();
    this.#lifetime.abort();
  }

  async #search(key: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    this.#savedLookup.retry();
    // The first search waits for the API's openapi document, which may change what can be asked.
    await this.directory.discover(this.#lifetime.signal);
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
      reportRemoteProblems(page.problems, page.url);
    } catch (error) {
      if (abort.signal.aborted || key !== this.#current) return;
      console.warn(`Linkwork: the search of ${this.directory.url} failed: ${(error as FeedError).summary ?? error}`);
      this.store.update({
        remote: { ...this.store.state().remote!, status: 'error', error: error as FeedError },
      });
    }
  }

  #stateOf(page: RemotePage, applied: readonly RemoteFilter[]): RemoteSearchState {
    return {
      status: 'ready',
      total: page.total,
      read: page.read,
      more: page.more,
      applied,
      saved: this.#savedLookup.saved,
    };
  }

  /** Keeps the categories and taxonomy terms a page shows, so later searches can ask by them. */
  #learn(page: Pick<RemotePage, 'categories' | 'terms'>): void {
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
      ['times', (activity) => inSchedule(activity, { days: [], times: filters.times })],
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
      hours: hoursOf(filters.times),
      near:
        place && filters.withinKm !== undefined
          ? { lat: place.lat, lng: place.lng, withinKm: filters.withinKm, ...(postcode ? { postcode } : {}) }
          : undefined,
    };
  }
}
