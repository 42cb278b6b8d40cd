import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-network-finder.js';
import '../../src/define/lw-resource-list.js';
import * as events from '../../src/events/index.js';
import { SelectEvent } from '../../src/events/select-event.js';
import type { Activity, Network, Resource } from '../../src/feed/schema.js';
import * as library from '../../src/index.js';
import { sourceFiles } from '../helpers/source.js';

const feed = {
  version: 1,
  networks: [
    {
      id: 'leeds',
      name: 'Leeds Arts Network',
      scope: 'local',
      location: { lat: 53.8, lng: -1.55 },
      coverage: { radiusKm: 10 },
    },
  ],
  activities: [{ id: 'choir', title: 'Community choir' }],
  resources: [{ id: 'guide', title: 'A guide', type: 'guide', url: 'https://example.org/guide', audience: [] }],
};

/** Every widget inside one feed, once the feed is in and each has drawn it. */
async function page(): Promise<LwFeed> {
  const element = await fixture<LwFeed>(
    html`<lw-feed no-cache
      ><lw-activity-search></lw-activity-search><lw-network-finder tile-url=""></lw-network-finder
      ><lw-resource-list></lw-resource-list
    ></lw-feed>`,
  );
  element.feed = feed;
  await waitUntil(() => element.store.state.status === 'ready', 'the feed never loaded');
  await Promise.all([...element.children].map((child) => (child as LwFeed).updateComplete));
  return element;
}

const inShadow = (root: ParentNode, tag: string, selector: string) =>
  root.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('public events', () => {
  it('are each exported from src/events/index.ts and src/index.ts, with an entry in the event map', async () => {
    const files = await sourceFiles('src');
    const classes = Object.entries(files)
      .filter(([path]) => /^src\/events\/[a-z-]+-event\.ts$/.test(path))
      .map(([path, text]) => ({ path, name: /export class (\w+)(?:<[^>]*>)? extends Event/.exec(text)?.[1], text }));
    expect(classes.map((entry) => entry.name)).to.have.members([
      'FeedErrorEvent',
      'FeedLoadEvent',
      'LocateEvent',
      'SearchEvent',
      'SelectEvent',
      'ShortlistChangeEvent',
    ]);
    for (const { path, name, text } of classes) {
      const eventName = /static readonly eventName = '(lw-[a-z-]+)'/.exec(text)?.[1];
      expect(eventName, `${path} names its event`).to.match(/^lw-/);
      expect(text, `${path} has a GlobalEventHandlersEventMap entry`).to.match(
        new RegExp(`interface GlobalEventHandlersEventMap \\{[^}]*'${eventName}': \\w+`),
      );
      expect(typeof (events as Record<string, unknown>)[name!], `${name} in src/events/index.ts`).to.equal('function');
      expect((library as Record<string, unknown>)[name!], `${name} in src/index.ts`).to.equal(
        (events as Record<string, unknown>)[name!],
      );
    }
  });

  it('lw-select narrows its record by kind, with no cast (a type check: this file compiles)', () => {
    const seen: string[] = [];
    const listener = (event: GlobalEventHandlersEventMap['lw-select']) => {
      if (event.kind === 'network') {
        const network: Network = event.record;
        seen.push(network.scope);
      } else if (event.kind === 'activity') {
        const activity: Activity = event.record;
        seen.push(activity.title);
      } else {
        const resource: Resource = event.record;
        seen.push(resource.type);
      }
    };
    document.addEventListener('lw-select', listener);
    const network = feed.networks[0] as unknown as Network;
    document.dispatchEvent(new SelectEvent('network', network.id, network));
    document.removeEventListener('lw-select', listener);
    expect(seen).to.deep.equal(['local']);
  });

  it('lw-select comes before the choice is made, and a page that cancels it keeps every widget as it was', async () => {
    const element = await page();
    const heard: string[] = [];
    element.addEventListener('lw-select', (event) => {
      // Before the store changes: nothing is selected yet.
      heard.push(`${event.kind} ${event.id} ${element.store.state.selection?.id ?? 'none'}`);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      event.preventDefault();
    });
    inShadow(element, 'lw-activity-search', '[part="title"]').click();
    inShadow(element, 'lw-network-finder', '.network-button').click();
    let followed = true;
    const link = inShadow(element, 'lw-resource-list', '[part="link"]');
    const onClick = (event: Event) => (followed = !event.defaultPrevented);
    document.addEventListener('click', onClick);
    link.click();
    document.removeEventListener('click', onClick);
    expect(heard).to.deep.equal(['activity choir none', 'network leeds none', 'resource guide none']);
    expect(element.store.state.selection).to.equal(undefined);
    expect(followed, 'the resource link was followed').to.equal(false);
    await element.updateComplete;
    const finderButton = inShadow(element, 'lw-network-finder', '.network-button');
    expect(finderButton.getAttribute('aria-expanded')).to.equal('false');
  });

  it('a page that lets lw-select through gets the choice made in every widget', async () => {
    const element = await page();
    inShadow(element, 'lw-network-finder', '.network-button').click();
    expect(element.store.state.selection).to.deep.equal({ kind: 'network', id: 'leeds' });
    let followed = false;
    const onClick = (event: Event) => {
      followed = !event.defaultPrevented;
      event.preventDefault(); // The test page stays where it is.
    };
    document.addEventListener('click', onClick);
    inShadow(element, 'lw-resource-list', '[part="link"]').click();
    document.removeEventListener('click', onClick);
    expect(followed).to.equal(true);
    expect(element.store.state.selection).to.deep.equal({ kind: 'resource', id: 'guide' });
  });
});
