import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import type { LwFeed } from '../../src/components/feed/feed.js';
import { feedStatus } from '../../src/components/shared/feed-status.js';
import { StoreController } from '../../src/controllers/store-controller.js';
import '../../src/define/lw-feed.js';
import type { FeedErrorEvent } from '../../src/events/feed-error-event.js';
import type { FeedLoadEvent } from '../../src/events/feed-load-event.js';
import { en } from '../helpers/catalogues.js';
import { FeedPage, listItems } from './harness.js';

/** A minimal widget: the feed status every widget shows, and the activity titles. */
class SourcesConsumer extends LitElement {
  readonly feed = new StoreController(this);
  override render() {
    const { state, store } = this.feed;
    return litHtml`${feedStatus(state, store, en, 'en-GB')}<ul>${state.feed.activities.map((a) => litHtml`<li>${a.title}</li>`)}</ul>`;
  }
}
customElements.define('sources-consumer', SourcesConsumer);

const titles = (consumer: SourcesConsumer) => listItems(consumer);
const ready = (consumer: SourcesConsumer) =>
  waitUntil(() => consumer.feed.state.status !== 'loading', 'feed did not load', { timeout: 10000 });

describe('<lw-feed> with foreign sources', () => {
  afterEach(() => localStorage.clear());

  it('reads an ORUK API given as src with format="openreferral"', async () => {
    const element = await fixture<LwFeed>(
      html`<lw-feed src="/adapters/oruk3/services" format="openreferral" no-cache
        ><sources-consumer></sources-consumer
      ></lw-feed>`,
    );
    const consumer = element.querySelector<SourcesConsumer>('sources-consumer')!;
    await ready(consumer);
    await consumer.updateComplete;
    expect(titles(consumer)).to.have.length(6);
    expect(titles(consumer)[0]).to.equal('Chapeltown Community Garden');
  });

  it('combines several <lw-source> elements in order and shows a shared activity once', async () => {
    const element = document.createElement('lw-feed') as LwFeed;
    element.noCache = true;
    element.innerHTML = `
      <lw-source src="/adapters/oruk3/services" format="openreferral"></lw-source>
      <lw-source src="/adapters/openactive/feed"></lw-source>
      <sources-consumer></sources-consumer>`;
    const loaded = oneEvent(element, 'lw-feed-load') as Promise<FeedLoadEvent>;
    document.body.append(element);
    const event = await loaded;
    const consumer = element.querySelector<SourcesConsumer>('sources-consumer')!;
    await consumer.updateComplete;
    // ORUK's "Walking Football" and OpenActive's "Walking football" 40 m away are one activity.
    expect(titles(consumer).filter((title) => /walking football/i.test(title!))).to.deep.equal(['Walking Football']);
    expect(event.counts.activities).to.equal(6 + 5 - 1);
    const duplicate = event.problems.find((p) => p.reason.includes('shown once'))!;
    expect(duplicate).to.include({
      index: 2,
      id: 'https://example.org/api/session-series/walking-football',
      source: '/adapters/openactive/feed',
    });
    expect(duplicate.reason).to.contain('the same name within 100 m');
    // The kept record gains what only the second source knew.
    const merged = element.store.state.feed.activities.find((a) => a.title === 'Walking Football')!;
    expect(merged.categories).to.deep.equal(['walking', 'football']);
    element.remove();
  });

  it('shows what it read when page 3 fails, says the list may be incomplete, and reports it in lw-feed-load', async () => {
    const element = document.createElement('lw-feed') as LwFeed;
    element.noCache = true;
    element.src = '/adapters/oruk3-fails-page-3/services';
    element.innerHTML = '<sources-consumer></sources-consumer>';
    const loaded = oneEvent(element, 'lw-feed-load') as Promise<FeedLoadEvent>;
    const page = new FeedPage(document.body);
    const listening = page.listen();
    document.body.append(element);
    const event = await loaded;
    expect(event.partial).to.have.length(1);
    expect(event.partial[0]).to.include({ page: 3 });
    expect(event.problems.at(-1)!.reason).to.contain('pages 1–2 are shown');
    const consumer = element.querySelector<SourcesConsumer>('sources-consumer')!;
    await consumer.updateComplete;
    expect(titles(consumer)).to.have.length(4);
    const incomplete =
      'Some of this information could not be loaded just now, so this list may be incomplete. Please try again later.';
    expect(page.notices()).to.deep.equal([`sources-consumer: ${incomplete}`]);
    // Said politely once, by the feed, not by each widget.
    await element.updateComplete;
    await waitUntil(() => listening.heard.length > 0, 'nothing was said');
    expect(listening.heard).to.deep.equal([`lw-feed: ${incomplete}`]);
    listening.stop();
    await expect(consumer).to.be.accessible();
    element.remove();
  });

  it('fails with a clear error, not an empty widget, when the format is wrong', async () => {
    const element = document.createElement('lw-feed') as LwFeed;
    element.noCache = true;
    element.src = '/adapters/oruk3/services';
    element.format = 'openactive';
    element.innerHTML = '<sources-consumer></sources-consumer>';
    const failed = oneEvent(element, 'lw-feed-error') as Promise<FeedErrorEvent>;
    document.body.append(element);
    const error = await failed;
    expect(error.reason).to.equal('invalid');
    expect(error.message).to.contain('looks like an Open Referral UK services API (format="openreferral")');
    const consumer = element.querySelector<SourcesConsumer>('sources-consumer')!;
    await consumer.updateComplete;
    const page = new FeedPage(document.body);
    expect(page.notices()).to.deep.equal(['sources-consumer: This list is not available.']);
    expect(page.alerts()).to.deep.equal(['lw-feed: This list is not available.']);
    element.remove();
  });

  it('loads again when a <lw-source> is added', async () => {
    const element = await fixture<LwFeed>(
      html`<lw-feed no-cache
        ><lw-source src="/adapters/oruk-older/services"></lw-source><sources-consumer></sources-consumer
      ></lw-feed>`,
    );
    const consumer = element.querySelector<SourcesConsumer>('sources-consumer')!;
    await ready(consumer);
    expect(element.store.state.feed.activities).to.have.length(4);
    const source = document.createElement('lw-source');
    source.setAttribute('src', '/tests/fixtures/valid-feed.json');
    element.prepend(source);
    await waitUntil(
      () => element.store.state.status === 'ready' && element.store.state.feed.activities.length === 8,
      'did not reload',
      { timeout: 10000 },
    );
    expect(element.store.state.feed.activities[0]!.title).to.equal('Community garden club');
  });

  it('keeps the other sources when one cannot be read at all', async () => {
    const element = document.createElement('lw-feed') as LwFeed;
    element.noCache = true;
    element.innerHTML = `<lw-source src="/feeds/status/404"></lw-source><lw-source src="/adapters/oruk-older/services"></lw-source>`;
    const loaded = oneEvent(element, 'lw-feed-load') as Promise<FeedLoadEvent>;
    document.body.append(element);
    const event = await loaded;
    expect(event.counts.activities).to.equal(4);
    expect(event.partial[0]).to.include({ url: '/feeds/status/404', page: 1 });
    expect(event.problems.at(-1)!.reason).to.contain('nothing from it is shown');
    element.remove();
  });
});
