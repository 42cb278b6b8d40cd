import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storeContext } from '../context/store-context.js';
import { FeedError } from '../feed/errors.js';
import { initialState, type State } from '../store/state.js';
import { LinkworkStore } from '../store/store.js';
import { FeedLoader } from './feed-loader.js';

/** What a widget offers so it can work alone: its own feed URL. */
export interface FeedWidget extends ReactiveControllerHost, HTMLElement {
  /** A feed URL of the widget's own; without it the widget uses the `<lw-feed>` around it. */
  src?: string;
  noCache?: boolean;
  /** Stop reading the widget's own feed past this many bytes. */
  maxBytes?: number;
}

const shownStores = new WeakMap<Element, LinkworkStore>();

/** The store a widget shows, for the parts it draws that act on it (a result's "Add to my list"). */
export function storeOf(widget: Element | undefined): LinkworkStore | undefined {
  return widget ? shownStores.get(widget) : undefined;
}

/**
 * Connects a widget to a store: the one shared by the `<lw-feed>` around it, or, when the widget
 * has its own `src`, one of its own. Re-renders the widget on every change.
 */
export class StoreController implements ReactiveController {
  store?: LinkworkStore;
  #unsubscribe?: () => void;
  #ownLoader?: FeedLoader;

  /**
   * With `shows: 'place'` the host shows only the visitor's place, not the feed: it is not counted among the
   * widgets that show a failure, so `<lw-feed>` still says it when no other widget does.
   */
  constructor(
    private readonly host: FeedWidget,
    private readonly options: { shows?: 'feed' | 'place' } = {},
  ) {
    host.addController(this);
  }

  get state(): State {
    return this.store?.state ?? initialState;
  }

  hostConnected(): void {
    if (this.host.src) this.#useOwnStore();
    else this.#askForSharedStore();
  }

  hostUpdate(): void {
    if (this.host.src && !this.#ownLoader) this.#useOwnStore();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #attach(store: LinkworkStore): void {
    if (this.store === store && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.store = store;
    shownStores.set(this.host, store);
    const stopListening = store.subscribe(() => this.host.requestUpdate());
    const forgetView = this.options.shows === 'place' ? () => {} : store.addView(this.host);
    this.#unsubscribe = () => {
      stopListening();
      forgetView();
    };
    this.host.requestUpdate();
  }

  #useOwnStore(): void {
    if (!this.#ownLoader) {
      const store = new LinkworkStore();
      this.#ownLoader = new FeedLoader(this.host, store, () => ({
        src: this.host.src,
        noCache: this.host.noCache,
        maxBytes: this.host.maxBytes,
      }));
    }
    this.#attach(this.#ownLoader.store);
  }

  #askForSharedStore(): void {
    let answered = false;
    const answer = (store: LinkworkStore) => {
      answered = true;
      this.#attach(store);
    };
    const ask = () => this.host.dispatchEvent(new ContextEvent(storeContext, this.host, answer));
    ask();
    if (answered) return;
    if (this.host.closest('lw-feed')) {
      // The provider's code may arrive after ours (the CDN loads each tag on demand): ask again then.
      void customElements.whenDefined('lw-feed').then(() => this.host.isConnected && ask());
    } else {
      const store = new LinkworkStore();
      store.failed(
        new FeedError(
          'invalid',
          `<${this.host.localName}> has no feed: give it a src attribute, or put it inside <lw-feed>.`,
        ),
      );
      this.#attach(store);
    }
  }
}
