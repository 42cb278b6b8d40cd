import { expect, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { FeedLoader, type FeedSource } from '../../src/controllers/feed-loader.js';
import type { FeedLoadEvent } from '../../src/events/feed-load-event.js';
import { LinkworkStore } from '../../src/store/store.js';
import { probeKey, probeReport, probeUrl } from './probe.js';

/** An element with nothing but a FeedLoader, loading whatever `source` says. */
class LoaderHost extends ReactiveElement {
  source: FeedSource = {};
  readonly store = new LinkworkStore();
  readonly loader = new FeedLoader(this, this.store, () => this.source);
  readonly loads: FeedLoadEvent[] = [];
  constructor() {
    super();
    this.addEventListener('lw-feed-load', (event) => this.loads.push(event));
  }
}
customElements.define('loader-host', LoaderHost);

function host(source: FeedSource): LoaderHost {
  const element = document.createElement('loader-host') as LoaderHost;
  element.source = source;
  document.body.append(element);
  return element;
}

describe('FeedLoader, on a bare element', () => {
  afterEach(() => document.querySelectorAll('loader-host').forEach((element) => element.remove()));

  it('loads its source into the store and tells the page', async () => {
    const element = host({ src: probeUrl(probeKey()), noCache: true });
    expect(element.store.state.status).to.equal('loading');
    await waitUntil(() => element.store.state.status === 'ready', 'never loaded');
    expect(element.store.state.feed.activities).to.have.length(4);
    expect(element.loads).to.have.length(1);
    expect(element.loads[0].counts.activities).to.equal(4);
  });

  it('cancels the request when the element leaves the page, and never fills the store', async () => {
    const key = probeKey();
    const element = host({ src: probeUrl(key, 4000), noCache: true });
    await waitUntil(async () => (await probeReport(key)).outcome === 'pending', 'the request never arrived');
    element.remove();
    // The server sees the browser give up long before it would have answered (4 s).
    await waitUntil(async () => (await probeReport(key)).outcome === 'aborted', 'the request was not cancelled', {
      timeout: 2000,
    });
    expect(element.store.state.status).to.equal('loading');
    expect(element.loads).to.deep.equal([]);
  });

  it('does not load the same source again on later updates, but does load a new one', async () => {
    const key = probeKey();
    const element = host({ src: probeUrl(key), noCache: true });
    await waitUntil(() => element.store.state.status === 'ready', 'never loaded');
    for (let i = 0; i < 3; i++) {
      element.source = { ...element.source };
      element.requestUpdate();
      await element.updateComplete;
    }
    expect((await probeReport(key)).requests).to.equal(1);
    expect(element.loads).to.have.length(1);
    const next = probeKey();
    element.source = { src: probeUrl(next), noCache: true };
    element.requestUpdate();
    await waitUntil(() => element.loads.length === 2, 'the new source was not loaded');
    expect((await probeReport(next)).requests).to.equal(1);
  });

  it('loads again from "try again" (the store’s reload)', async () => {
    const key = probeKey();
    const element = host({ src: probeUrl(key), noCache: true });
    await waitUntil(() => element.loads.length === 1, 'never loaded');
    element.store.reload();
    await waitUntil(() => element.loads.length === 2, 'did not load again');
    expect((await probeReport(key)).requests).to.equal(2);
  });
});
