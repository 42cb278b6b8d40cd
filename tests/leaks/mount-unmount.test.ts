import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-network-finder.js';
import '../../src/define/lw-place-finder.js';
import '../../src/define/lw-resource-list.js';
import '../../src/define/lw-shortlist.js';

/** Every listener added to window and document and not yet removed, as `type` strings. */
class ListenerCount {
  readonly #live = new Map<string, number>();
  readonly #restore: (() => void)[] = [];

  constructor(targets: EventTarget[]) {
    for (const target of targets) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const keyOf = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
        `${target === window ? 'window' : 'document'} ${type} ${typeof options === 'boolean' ? options : !!options?.capture} ${this.#idOf(listener)}`;
      const count = this;
      target.addEventListener = function (type: string, listener: never, options?: boolean | AddEventListenerOptions) {
        const key = keyOf(type, listener, options);
        if (listener && !count.#live.has(key)) count.#live.set(key, 1);
        const signal = typeof options === 'object' ? options.signal : undefined;
        signal?.addEventListener('abort', () => count.#live.delete(key));
        return add.call(this, type, listener, options);
      };
      target.removeEventListener = function (type: string, listener: never, options?: boolean | EventListenerOptions) {
        count.#live.delete(keyOf(type, listener, options));
        return remove.call(this, type, listener, options);
      };
      this.#restore.push(() => {
        target.addEventListener = add;
        target.removeEventListener = remove;
      });
    }
  }

  readonly #ids = new WeakMap<object, number>();
  #nextId = 1;
  #idOf(listener: unknown): number {
    if (!listener || (typeof listener !== 'object' && typeof listener !== 'function')) return 0;
    if (!this.#ids.has(listener)) this.#ids.set(listener, this.#nextId++);
    return this.#ids.get(listener)!;
  }

  /** The listeners still registered, by target and type. */
  live(): string[] {
    return [...this.#live.keys()].map((key) => key.split(' ').slice(0, 2).join(' ')).sort();
  }

  stop(): void {
    this.#restore.forEach((restore) => restore());
  }
}

/** Nodes in the document and in every open shadow root below `root`. */
function nodeCount(root: Node = document): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    count++;
    const shadow = (node as Element).shadowRoot;
    if (shadow) count += nodeCount(shadow);
  }
  return count;
}

const cycles = 200;
/** Each widget with everything it can draw: the finder with its map's activities and a place to answer. */
const widgets = [
  ['lw-activity-search', 'sync-url'],
  ['lw-network-finder', 'tile-url="" show="networks activities"'],
  ['lw-network-finder', 'tile-url="/tiles/{z}/{x}/{y}.png"'],
  ['lw-resource-list', ''],
  ['lw-shortlist', ''],
  ['lw-place-finder', ''],
] as const;

/** One cycle: on the page and drawn, then off; or on and off again before it could draw. */
const ways = {
  'drawn each time': async (feed: LwFeed, widget: LitElement) => {
    feed.append(widget);
    // Every widget shows the feed, but the place finder, which shows only the place.
    expect(feed.store.viewCount).to.equal(widget.localName === 'lw-place-finder' ? 0 : 1);
    await widget.updateComplete;
    widget.remove();
  },
  'removed before it could draw': async (feed: LwFeed, widget: LitElement) => {
    feed.append(widget);
    widget.requestUpdate();
    widget.remove();
    await widget.updateComplete;
  },
};

describe(`mounting and unmounting every widget inside <lw-feed> ${cycles} times`, function () {
  // 200 maps made and removed take a few seconds alone, far longer on a busy machine.
  this.timeout(120_000);
  for (const [tag, attributes] of widgets) {
    for (const [way, cycle] of Object.entries(ways))
      it(`<${tag} ${attributes}>, ${way}, leaves no view, listener or node behind`, async () => {
        const feed = await fixture<LwFeed>(html`<lw-feed src="/tests/fixtures/networks-feed.json" no-cache></lw-feed>`);
        await waitUntil(() => feed.store.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
        feed.store.setPlace({ lat: 51.501, lng: -0.1416, label: 'SW1A 1AA', source: 'postcode' });
        const holder = document.createElement('div');
        holder.innerHTML = `<${tag} ${attributes}></${tag}>`;
        const widget = holder.firstElementChild as LitElement;
        // One cycle first, so what a first use sets up once (styles, lazy modules) is not counted as a leak.
        feed.append(widget);
        await widget.updateComplete;
        await new Promise(requestAnimationFrame);
        widget.remove();
        // The page's nodes and the widget's own (its shadow root, which it keeps while off the page).
        const nodes = () => nodeCount() + nodeCount(widget.shadowRoot!);
        const nodesBefore = nodes();
        const listeners = new ListenerCount([window, document]);
        try {
          for (let count = 0; count < cycles; count++) await cycle(feed, widget);
          expect(feed.store.viewCount, 'views left').to.equal(0);
          expect(listeners.live(), 'listeners left on window and document').to.deep.equal([]);
          expect(nodes() - nodesBefore, 'nodes left in the page and the shadow roots').to.equal(0);
        } finally {
          listeners.stop();
        }
      });
  }
});
