/**
 * Keeps the visitor's list in the browser and nowhere else: `sessionStorage` by default (a surgery or
 * library computer is shared, and the list goes when the browser does), `localStorage` with `remember`.
 * The titles of saved activities are kept too, so an activity that leaves the feed can still be named.
 * A list in the page's address (a shared link) is added to it at start, and the address then follows the
 * list, so reloading the page shows what is on it now.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../../feed/schema.js';
import { maxNoteLength, savedIds } from '../../store/saved.js';
import type { State } from '../../store/state.js';
import type { LinkworkStore } from '../../store/store.js';
import { listInUrl, shareUrl } from './share-link.js';

export interface SavedListOptions {
  /** Whether to keep the list in `localStorage` (the host's `remember`), read each time. */
  remember: () => boolean;
  /** Where the feed comes from: lists are kept per feed. */
  feedAddress: () => string;
  /** The start of the list parameter's name in the address (`lw-` gives `lw-list`). */
  urlPrefix: () => string;
  /** Told what could not be taken from a shared link. */
  onLinkProblems: (problems: { unreadable: number; overflow: number }) => void;
}

interface Kept {
  ids: string[];
  titles: Record<string, string>;
  note: string;
}

const maxTitleLength = 300;

function storageOf(remember: boolean): Storage | undefined {
  try {
    return remember ? localStorage : sessionStorage;
  } catch {
    // Storage refused (a sandboxed frame, a privacy setting): the list lasts as long as the page.
    return undefined;
  }
}

/** What storage holds under `key`, checked; anything unreadable is left out. */
function read(storage: Storage | undefined, key: string): Kept {
  let value: unknown;
  try {
    value = JSON.parse(storage?.getItem(key) ?? 'null');
  } catch {
    value = null;
  }
  const record = (value && typeof value === 'object' ? value : {}) as Partial<Record<keyof Kept, unknown>>;
  const titles: Record<string, string> = {};
  if (record.titles && typeof record.titles === 'object')
    for (const [id, title] of Object.entries(record.titles))
      if (typeof title === 'string' && title.trim()) titles[id] = title.trim().slice(0, maxTitleLength);
  return {
    ids: savedIds(Array.isArray(record.ids) ? record.ids : []).ids,
    titles,
    note: typeof record.note === 'string' ? record.note.slice(0, maxNoteLength) : '',
  };
}

export class SavedListStorage implements ReactiveController {
  #store?: LinkworkStore;
  #unsubscribe?: () => void;
  #titles: Record<string, string> = {};
  #feedTitles?: { feed: Feed; titles: ReadonlyMap<string, string> };
  /** Whether the address held a list at start, and so follows the list. */
  #inAddress = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: SavedListOptions,
  ) {
    host.addController(this);
  }

  get #key(): string {
    const address = this.options.feedAddress();
    return `linkwork:shortlist${address ? `:${address}` : ''}`;
  }

  /** The title kept for a saved id, for one no longer in the feed. */
  titleOf(id: string): string | undefined {
    return this.#titles[id];
  }

  /** Reads the kept list and any shared one into `store` (once per store), then keeps them in step. */
  attach(store: LinkworkStore): void {
    if (this.#store === store) return;
    this.#unsubscribe?.();
    this.#store = store;
    const kept = read(storageOf(this.options.remember()), this.#key);
    this.#titles = kept.titles;
    const shared = listInUrl(location.href, this.options.urlPrefix());
    this.#inAddress = shared !== undefined;
    if (shared && (shared.unreadable || shared.overflow)) this.options.onLinkProblems(shared);
    const ids = [...(shared?.ids ?? []), ...store.state.saved, ...kept.ids];
    if (ids.length) store.setSaved(ids);
    if (kept.note && !store.state.listNote) store.setListNote(kept.note);
    this.#unsubscribe = store.subscribe((state, previous) => {
      const found = state.remote?.saved !== previous.remote?.saved;
      if (
        state.saved !== previous.saved ||
        state.listNote !== previous.listNote ||
        state.feed !== previous.feed ||
        found
      )
        this.#write(state);
    });
    this.#write(store.state);
  }

  hostConnected(): void {
    if (this.#store && !this.#unsubscribe) {
      const store = this.#store;
      this.#store = undefined;
      this.attach(store);
    }
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #write(state: State): void {
    if (state.status === 'ready') {
      if (this.#feedTitles?.feed !== state.feed)
        this.#feedTitles = { feed: state.feed, titles: new Map(state.feed.activities.map((a) => [a.id, a.title])) };
      for (const id of state.saved) {
        const title = this.#feedTitles.titles.get(id) ?? state.remote?.saved.get(id)?.title;
        if (title) this.#titles[id] = title;
      }
    }
    const titles = Object.fromEntries(state.saved.flatMap((id) => (this.#titles[id] ? [[id, this.#titles[id]]] : [])));
    const storage = storageOf(this.options.remember());
    try {
      if (state.saved.length || state.listNote)
        storage?.setItem(this.#key, JSON.stringify({ ids: state.saved, titles, note: state.listNote }));
      else storage?.removeItem(this.#key);
    } catch (error) {
      console.warn('Linkwork: the list could not be kept in this browser:', error);
    }
    if (this.#inAddress) {
      const next = shareUrl(location.href, this.options.urlPrefix(), state.saved);
      if (next !== location.href) history.replaceState(history.state, '', next);
    }
  }
}
