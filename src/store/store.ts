/**
 * A small observable container for {@link State}. Widgets read `state`, subscribe to changes,
 * and call the actions; nothing else changes the state.
 */
import type { FeedError } from '../feed/errors.js';
import type { LoadedFeed } from '../feed/load.js';
import type { RemoteDirectory } from '../feed/remote/directory.js';
import { postcodesIo, type Geocoder } from '../geo/geocoder.js';
import type { RemoteSearch } from './remote-search.js';
import { maxNoteLength, maxSaved, savedId, savedIds } from './saved.js';
import { initialState, type ActivityFilters, type Selection, type State, type VisitorPlace } from './state.js';

/** The code that searches a directory where it lives, once a page with one has downloaded it. */
let remoteSearch: typeof RemoteSearch | undefined;

export type Listener = (state: State, previous: State) => void;

export class LinkworkStore {
  #state: State;
  readonly #listeners = new Set<Listener>();
  readonly #views = new Set<object>();
  #reload?: () => void;
  #remote?: RemoteSearch;
  /** Counts loads begun and failed, so a feed shown late (see {@link loaded}) never replaces a later one. */
  #loads = 0;

  /**
   * Whether an `<lw-feed>` announces this store's failures once for all its widgets, which then show them without
   * announcing them again.
   */
  announcedByFeed = false;

  /** How the widgets turn a postcode into a place: postcodes.io unless the page gives its own. */
  geocoder: Geocoder = postcodesIo();

  constructor(state: Partial<State> = {}) {
    this.#state = { ...initialState, ...state };
  }

  get state(): State {
    return this.#state;
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  loading(): void {
    this.#loads++;
    this.#set({ status: 'loading', error: undefined });
  }

  /**
   * Shows a loaded feed. With a directory searched where it lives, the code that searches it is downloaded first
   * (only such a page needs it), and the returned promise resolves once the feed is shown.
   */
  loaded(loaded: LoadedFeed & { remote?: RemoteDirectory }): void | Promise<void> {
    const { feed, problems, staleSince, error, partial, remote } = loaded;
    if (remote && !remoteSearch) {
      const load = this.#loads;
      return import('./remote-search.js').then((module) => {
        remoteSearch = module.RemoteSearch;
        // A later load (or failure) since then wins.
        if (this.#loads === load) this.loaded(loaded);
      });
    }
    this.stopRemoteSearch();
    this.#set({
      status: 'ready',
      feed,
      problems,
      staleSince,
      error,
      partial: partial?.length ? partial : undefined,
      remote: undefined,
    });
    // The directory answers each settled search from now on (see remote-search.ts).
    if (remote && remoteSearch)
      this.#remote = new remoteSearch(remote, { state: () => this.#state, update: (c) => this.#set(c) });
  }

  /** With a directory searched where it lives: reads the next page of the current search ("Show more"). */
  searchMore(): void {
    this.#remote?.more();
  }

  /** With a directory searched where it lives: asks again after a failed search ("Try again"). */
  searchAgain(): void {
    this.#remote?.retry();
  }

  /** Stops the directory's searches (its `<lw-feed>` left the page): none waiting or on its way finishes. */
  stopRemoteSearch(): void {
    this.#remote?.dispose();
    this.#remote = undefined;
  }

  /**
   * Resolves once the directory searched where it lives has answered the search as it stands (or failed),
   * with whether it still stands then; at once without such a directory.
   */
  remoteAnswered(): Promise<boolean> {
    const asked = this.#state;
    const settled = () => !this.#remote || !['searching', 'more'].includes(this.#state.remote?.status ?? '');
    if (settled()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const stop = this.subscribe((state) => {
        if (!settled()) return;
        stop();
        resolve(state.query === asked.query && state.filters === asked.filters && state.place === asked.place);
      });
    });
  }

  failed(error: FeedError): void {
    this.#loads++;
    this.#set({ status: 'error', error });
  }

  setQuery(query: string): void {
    if (query !== this.#state.query) this.#set({ query });
  }

  setFilters(filters: ActivityFilters): void {
    this.#set({ filters });
  }

  /** Sets or forgets the visitor's place; forgetting it drops a distance filter, which means nothing without one. */
  setPlace(place: VisitorPlace | undefined): void {
    const { filters } = this.#state;
    this.#set(
      place || filters.withinKm === undefined ? { place } : { place, filters: { ...filters, withinKm: undefined } },
    );
  }

  select(selection: Selection | undefined): void {
    this.#set({ selection });
  }

  /** Adds an activity to the visitor's list (an unreadable id, or one more than the list holds, is not added). */
  save(id: string): void {
    const saved = savedId(id);
    if (saved !== undefined && !this.#state.saved.includes(saved) && this.#state.saved.length < maxSaved)
      this.#set({ saved: [...this.#state.saved, saved] });
  }

  /** Takes an activity off the visitor's list. */
  unsave(id: string): void {
    if (this.#state.saved.includes(id)) this.#set({ saved: this.#state.saved.filter((saved) => saved !== id) });
  }

  /** Replaces the visitor's list (ids are checked, repeats dropped). */
  setSaved(ids: readonly string[]): void {
    this.#set({ saved: savedIds(ids).ids });
  }

  /** The note on the visitor's list, up to 2,000 characters. */
  setListNote(note: string): void {
    const listNote = note.slice(0, maxNoteLength);
    if (listNote !== this.#state.listNote) this.#set({ listNote });
  }

  /** How many widgets show this store's state (and so its errors) to the visitor. */
  get viewCount(): number {
    return this.#views.size;
  }

  /** Records a widget that shows this store; returns the function that forgets it. */
  addView(view: object): () => void {
    this.#views.add(view);
    this.#notify(this.#state);
    return () => {
      this.#views.delete(view);
      this.#notify(this.#state);
    };
  }

  /** Loads the feed again, e.g. from a widget's "try again" button. */
  reload(): void {
    this.#reload?.();
  }

  /** Set by whoever loads the feed, so that {@link reload} can reach it. */
  setReloader(reload: (() => void) | undefined): void {
    this.#reload = reload;
  }

  #set(change: Partial<State>): void {
    const previous = this.#state;
    this.#state = Object.freeze({ ...previous, ...change });
    this.#notify(previous);
    this.#remote?.follow();
  }

  #notify(previous: State): void {
    for (const listener of this.#listeners) listener(this.#state, previous);
  }
}
