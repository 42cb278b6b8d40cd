import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import type { LwFeed } from '../../src/components/feed/feed.js';
import { StoreController } from '../../src/controllers/store-controller.js';
import '../../src/define/lw-feed.js';

/** An element with nothing but a StoreController, as every widget has. */
class StoreHost extends ReactiveElement {
  static override properties = { src: {} };
  src?: string;
  noCache = true;
  readonly connection = new StoreController(this);
}
customElements.define('store-host', StoreHost);

describe('StoreController, on a bare element', () => {
  it('inside <lw-feed>, shares its store, counted as a view while on the page', async () => {
    const feed = await fixture<LwFeed>(
      html`<lw-feed src="/tests/fixtures/valid-feed.json" no-cache><store-host></store-host></lw-feed>`,
    );
    const element = feed.querySelector<StoreHost>('store-host')!;
    expect(element.connection.store).to.equal(feed.store);
    expect(feed.store.viewCount).to.equal(1);
    await waitUntil(() => element.connection.state.status === 'ready', 'never loaded', { timeout: 10000 });
    element.remove();
    expect(feed.store.viewCount).to.equal(0);
    feed.append(element);
    expect(feed.store.viewCount).to.equal(1);
  });

  it('with its own src, loads a store of its own', async () => {
    const element = await fixture<StoreHost>(html`<store-host src="/tests/fixtures/valid-feed.json"></store-host>`);
    await waitUntil(() => element.connection.state.status === 'ready', 'never loaded', { timeout: 10000 });
    expect(element.connection.state.feed.activities).to.have.length(4);
    expect(element.connection.store!.viewCount).to.equal(1);
  });

  it('alone without a src, says what is missing', async () => {
    const element = await fixture<StoreHost>(html`<store-host></store-host>`);
    expect(element.connection.state.status).to.equal('error');
    expect(element.connection.state.error!.message).to.equal(
      '<store-host> has no feed: give it a src attribute, or put it inside <lw-feed>.',
    );
  });

  it('updates the element on every change of the store', async () => {
    const feed = await fixture<LwFeed>(
      html`<lw-feed src="/tests/fixtures/valid-feed.json" no-cache><store-host></store-host></lw-feed>`,
    );
    const element = feed.querySelector<StoreHost>('store-host')!;
    await waitUntil(() => element.connection.state.status === 'ready', 'never loaded', { timeout: 10000 });
    await element.updateComplete;
    expect(element.isUpdatePending).to.equal(false);
    feed.store.setQuery('choir');
    expect(element.isUpdatePending).to.equal(true);
  });
});
