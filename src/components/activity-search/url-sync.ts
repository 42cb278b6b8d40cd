import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { noFilters } from '../../store/state.js';
import { hasParams, readParams, writeParams, type SearchParams } from './url-state.js';

export interface UrlSyncOptions {
  /** Whether the widget keeps its search in the address (its `sync-url` attribute), read each time. */
  enabled: () => boolean;
  prefix: () => string;
  /** The search as it is now. */
  current: () => SearchParams;
  /** Shows a search read from the address (Back, Forward, or a shared link). */
  apply: (search: SearchParams) => void;
}

const emptySearch: SearchParams = { query: '', filters: noFilters };

/** Keeps a widget's search in the page's address, and follows Back and Forward. */
export class UrlSync implements ReactiveController {
  readonly #onPopState = () => {
    if (this.options.enabled()) this.options.apply(this.#read() ?? emptySearch);
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.#onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** Shows the search the address holds, if it holds one; true when it did. */
  restore(): boolean {
    const search = this.options.enabled() ? this.#read() : undefined;
    if (search) this.options.apply(search);
    return search !== undefined;
  }

  /** Writes the search into the address: a new history entry with `push`, else in place of the current one. */
  write(push: boolean): void {
    if (!this.options.enabled()) return;
    const next = writeParams(new URL(location.href), this.options.prefix(), this.options.current());
    if (next.href === location.href) return;
    if (push) history.pushState(history.state, '', next);
    else history.replaceState(history.state, '', next);
  }

  #read(): SearchParams | undefined {
    const url = new URL(location.href);
    return hasParams(url, this.options.prefix()) ? readParams(url, this.options.prefix()) : undefined;
  }
}
