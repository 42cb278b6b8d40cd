import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-network-finder.js';
import '../../src/define/lw-resource-list.js';
import type { FeedErrorEvent } from '../../src/events/feed-error-event.js';
import { shadowText } from '../helpers/shadow-text.js';

const key = () => Math.random().toString(36).slice(2);
const requests = async (k: string): Promise<number> =>
  ((await (await fetch(`/faults/requests?key=${k}`)).json()) as { count: number }).count;

/** What the page's console says while `run` runs. */
async function consoleDuring(run: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const { error, warn } = console;
  console.error = console.warn = (...args: unknown[]) => void lines.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    Object.assign(console, { error, warn });
  }
  return lines;
}

/** The feed message a widget shows: its `status` part about the feed, and whether it offers "Try again". */
function feedNotice(widget: Element): { text: string; tryAgain: boolean } | undefined {
  const notice = widget.shadowRoot!.querySelector('.notice[part="status"]');
  if (!notice) return undefined;
  const text = (notice.querySelector('p') ?? notice).textContent!.trim();
  return { text, tryAgain: Boolean(notice.querySelector('button')) };
}

const widgets = ['lw-activity-search', 'lw-network-finder', 'lw-resource-list'];

async function failedFeed(template: TemplateResult): Promise<LwFeed> {
  const feed = await fixture<LwFeed>(template);
  await waitUntil(() => feed.store.state.status === 'error', 'the feed never failed', { timeout: 10000 });
  await Promise.all(
    [...feed.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')].map((w) => w.updateComplete),
  );
  return feed;
}

describe('loading in the widgets: two <lw-feed> with the same src', () => {
  it('share one request, and both show the feed', async () => {
    const k = key();
    const src = `/faults/feed?key=${k}&activities=50&delay=300&good=5`;
    const page = await fixture<HTMLElement>(
      html`<div>
        <lw-feed src=${src} no-cache><lw-resource-list></lw-resource-list></lw-feed>
        <lw-feed src=${src} no-cache><lw-activity-search></lw-activity-search></lw-feed>
      </div>`,
    );
    const feeds = [...page.querySelectorAll<LwFeed>('lw-feed')];
    await waitUntil(() => feeds.every((feed) => feed.store.state.status === 'ready'), 'not both loaded', {
      timeout: 10000,
    });
    expect(feeds.map((feed) => feed.store.state.feed.activities.length)).to.deep.equal([50, 50]);
    expect(await requests(k)).to.equal(1);
  });
});

describe('loading in the widgets: a feed that is not there', () => {
  it('tells visitors "This list is not available" (no "Try again"), and the webmaster why, in the console', async () => {
    let feed!: LwFeed;
    const lines = await consoleDuring(async () => {
      feed = await failedFeed(
        html`<lw-feed src="/feeds/status/404" no-cache>
          <lw-activity-search></lw-activity-search><lw-network-finder tile-url=""></lw-network-finder
          ><lw-resource-list></lw-resource-list>
        </lw-feed>`,
      );
    });
    for (const tag of widgets)
      expect(feedNotice(feed.querySelector(tag)!), tag).to.deep.equal({
        text: 'This list is not available.',
        tryAgain: false,
      });
    expect(lines).to.include('Linkwork: could not load /feeds/status/404: HTTP 404');
    await expect(feed.querySelector('lw-activity-search')).to.be.accessible();
  });

  it('says it in Welsh on a Welsh page', async () => {
    const feed = await failedFeed(
      html`<lw-feed src="/feeds/status/410" no-cache lang="cy">
        <lw-resource-list></lw-resource-list>
      </lw-feed>`,
    );
    expect(feedNotice(feed.querySelector('lw-resource-list')!)).to.deep.equal({
      text: "Nid yw'r rhestr hon ar gael.",
      tryAgain: false,
    });
  });

  it('says the same of a page that is not JSON, and of <lw-feed> with no widget inside', async () => {
    const lines = await consoleDuring(async () => {
      const feed = await failedFeed(html`<lw-feed src="/feeds/not-json" no-cache></lw-feed>`);
      await feed.updateComplete;
      expect(shadowText(feed).trim()).to.equal('This list is not available.');
    });
    expect(lines).to.include('Linkwork: could not load /feeds/not-json: not JSON');
  });

  it('keeps "try again" for a server that is down for now', async () => {
    const lines = await consoleDuring(async () => {
      const feed = await failedFeed(
        html`<lw-feed src="/feeds/status/503" no-cache timeout="5">
          <lw-resource-list></lw-resource-list>
        </lw-feed>`,
      );
      expect(feedNotice(feed.querySelector('lw-resource-list')!)).to.deep.equal({
        text: 'Sorry, this information could not be loaded just now. Please try again later.',
        tryAgain: true,
      });
    });
    expect(lines).to.include('Linkwork: could not load /feeds/status/503: HTTP 503');
  });
});

describe('loading in the widgets: max-bytes', () => {
  it('on <lw-feed>: stops a feed past the limit, says it is not available, and tells the page and the console why', async () => {
    const k = key();
    const src = `/faults/huge?key=${k}&mb=100`;
    const feed = document.createElement('lw-feed');
    feed.setAttribute('src', src);
    feed.setAttribute('max-bytes', '1000000');
    feed.toggleAttribute('no-cache', true);
    feed.append(document.createElement('lw-resource-list'));
    let event!: FeedErrorEvent;
    const lines = await consoleDuring(async () => {
      const failed = oneEvent(feed, 'lw-feed-error') as Promise<FeedErrorEvent>;
      document.body.append(feed);
      event = await failed;
    });
    expect(event.reason).to.equal('too-large');
    expect(lines).to.include(`Linkwork: could not load ${src}: larger than the 1 MB limit (max-bytes)`);
    const list = feed.querySelector('lw-resource-list')!;
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(feedNotice(list)?.text).to.equal('This list is not available.');
    feed.remove();
  });

  it('on a widget with its own src', async () => {
    const lines = await consoleDuring(async () => {
      const list = await fixture<HTMLElement>(
        html`<lw-resource-list src="/faults/huge?key=${key()}&mb=20" max-bytes="500000" no-cache></lw-resource-list>`,
      );
      await waitUntil(() => feedNotice(list), 'no message', { timeout: 10000 });
      expect(feedNotice(list)).to.deep.equal({ text: 'This list is not available.', tryAgain: false });
    });
    expect(
      lines.some((line) => line.endsWith('larger than the 0.5 MB limit (max-bytes)')),
      lines.join('\n'),
    ).to.equal(true);
  });
});
