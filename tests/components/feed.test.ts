import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { LwFeed } from '../../src/components/feed/feed.js';
import { StoreController } from '../../src/controllers/store-controller.js';
import '../../src/define/lw-feed.js';
import type { FeedErrorEvent } from '../../src/events/feed-error-event.js';
import type { FeedLoadEvent } from '../../src/events/feed-load-event.js';
import { probeKey, probeReport, probeUrl } from '../controllers/probe.js';
import { shadowText } from '../helpers/shadow-text.js';
import { FeedPage } from './harness.js';

/** A minimal widget that shows how many activities its store holds. */
class TestConsumer extends LitElement {
  static override properties = { src: {} };
  src?: string;
  readonly feed = new StoreController(this);
  override render() {
    const { status, feed } = this.feed.state;
    return `${status}:${feed.activities.length}`;
  }
}
customElements.define('test-consumer', TestConsumer);

const inlineFeed = JSON.stringify({
  version: 1,
  activities: [
    { id: 'a', title: 'Walk' },
    { id: 'b', title: 'Choir' },
    { id: '', title: 'broken' },
  ],
});

describe('<lw-feed>', () => {
  afterEach(() => localStorage.clear());

  it('shares one store with every widget inside it', async () => {
    const element = await fixture<LwFeed>(html`
      <lw-feed src="/tests/fixtures/valid-feed.json" no-cache
        ><test-consumer></test-consumer>
        <div><test-consumer></test-consumer></div
      ></lw-feed>
    `);
    const [first, second] = element.querySelectorAll<TestConsumer>('test-consumer');
    await waitUntil(() => first.feed.state.status === 'ready');
    expect(first.feed.store).to.equal(element.store);
    expect(second.feed.store).to.equal(element.store);
    await second.updateComplete;
    expect(shadowText(second).trim()).to.equal('ready:4');
  });

  it('fires lw-feed-load with counts and the dropped records', async () => {
    const element = document.createElement('lw-feed');
    element.innerHTML = `<script type="application/json">${inlineFeed}</script>`;
    const loaded = oneEvent(element, 'lw-feed-load') as Promise<FeedLoadEvent>;
    document.body.append(element);
    const event = await loaded;
    expect(event.counts).to.deep.equal({ categories: 0, networks: 0, activities: 2, resources: 0 });
    expect(event.problems).to.have.length(1);
    expect(event.problems[0]).to.include({ collection: 'activities', index: 2 });
    expect(event.bubbles && event.composed).to.equal(true);
    element.remove();
  });

  it('reports inline JSON that does not parse as not-json', async () => {
    const element = document.createElement('lw-feed');
    element.innerHTML = '<script type="application/json">{ "version": 1, </script>';
    const failed = oneEvent(element, 'lw-feed-error') as Promise<FeedErrorEvent>;
    document.body.append(element);
    expect((await failed).reason).to.equal('not-json');
    element.remove();
  });

  it('takes a feed object through the feed property, without fetching', async () => {
    const element = document.createElement('lw-feed');
    element.feed = { version: 1, networks: [{ id: 'n', name: 'N', scope: 'national', coverage: 'national' }] };
    const loaded = oneEvent(element, 'lw-feed-load') as Promise<FeedLoadEvent>;
    document.body.append(element);
    expect((await loaded).counts.networks).to.equal(1);
    element.remove();
  });

  it('fires a typed lw-feed-error and, with no widget inside, shows the message and says it once', async () => {
    const element = document.createElement('lw-feed');
    element.src = '/feeds/status/404';
    element.noCache = true;
    const failed = oneEvent(element, 'lw-feed-error') as Promise<FeedErrorEvent>;
    document.body.append(element);
    const page = new FeedPage(document.body);
    const listening = page.listen();
    const event = await failed;
    expect(event.reason).to.equal('http');
    expect(event.status).to.equal(404);
    await element.updateComplete;
    expect(page.notices()).to.deep.equal(['lw-feed: This list is not available.']);
    expect(listening.heard).to.deep.equal(['lw-feed: This list is not available.']);
    expect(listening.late).to.deep.equal([]);
    await expect(element).to.be.accessible();
    listening.stop();
    element.remove();
  });

  it('says it in Welsh on a Welsh page', async () => {
    const page = await FeedPage.open('<lw-feed src="/feeds/status/410" no-cache></lw-feed>', 'cy');
    expect(page.notices()).to.deep.equal(["lw-feed: Nid yw'r rhestr hon ar gael."]);
    expect(page.alerts()).to.deep.equal(["lw-feed: Nid yw'r rhestr hon ar gael."]);
  });

  it('leaves the message to the widgets when there are some, and still says it, once', async () => {
    const page = await FeedPage.open(
      '<lw-feed src="/feeds/status/404" no-cache><test-consumer></test-consumer><test-consumer></test-consumer></lw-feed>',
    );
    expect(page.notices()).to.deep.equal([]);
    expect(page.alerts()).to.deep.equal(['lw-feed: This list is not available.']);
  });

  it('loads again when its src changes, and cancels the load when removed', async () => {
    const element = await fixture<LwFeed>(html`<lw-feed src="/feeds/stall" no-cache></lw-feed>`);
    element.src = '/tests/fixtures/valid-feed.json';
    await waitUntil(() => element.store.state.status === 'ready');
    expect(element.store.state.feed.activities).to.have.length(4);
    const key = probeKey();
    element.src = probeUrl(key, 4000);
    await element.updateComplete;
    expect(element.store.state.status).to.equal('loading');
    await waitUntil(async () => (await probeReport(key)).outcome === 'pending', 'the request never arrived');
    element.remove();
    // The server sees the request cancelled, long before it would answer; the store never hears of it.
    await waitUntil(async () => (await probeReport(key)).outcome === 'aborted', 'the load was not cancelled', {
      timeout: 2000,
    });
    expect(element.store.state.status).to.equal('loading');
  });

  it('gives a lone widget its own store from its own src', async () => {
    const element = await fixture<TestConsumer>(
      html`<test-consumer src="/tests/fixtures/valid-feed.json"></test-consumer>`,
    );
    await waitUntil(() => element.feed.state.status === 'ready');
    expect(element.feed.state.feed.activities).to.have.length(4);
  });

  it('tells a lone widget with no feed what is missing', async () => {
    const element = await fixture<TestConsumer>(html`<test-consumer></test-consumer>`);
    expect(element.feed.state.status).to.equal('error');
    expect(element.feed.state.error!.message).to.contain('put it inside <lw-feed>');
  });
});
