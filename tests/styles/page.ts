import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-network-finder.js';
import '../../src/define/lw-resource-list.js';
import '../../src/define/lw-shortlist.js';
import type { LinkworkStore } from '../../src/store/store.js';

export type Scheme = 'light' | 'dark';
type Media = { 'prefers-color-scheme'?: Scheme; 'forced-colors'?: 'active' | 'none' };
export const media = (features: Media) => executeServerCommand('media-features', features);

export type FeedElement = HTMLElement & { store: LinkworkStore };

export const widgetTags = ['lw-network-finder', 'lw-activity-search', 'lw-resource-list', 'lw-shortlist'] as const;

/** The background of the host page for each scheme: white, and a dark grey as dark sites use. */
export const pageBackground: Record<Scheme, string> = { light: '#ffffff', dark: '#121212' };

/**
 * A host page showing every widget in its busiest state (a place chosen, a network selected, an
 * activity saved), a failed feed shown by a widget, and a failed feed with no widget (the feed's own
 * message). `colorScheme` is the `color-scheme` attribute on each <lw-feed>. It stays until `remove()`d
 * (open-wc's fixtures are removed after each test).
 */
export async function everyWidget(scheme: Scheme, colorScheme = 'auto'): Promise<HTMLElement> {
  const page = document.body.appendChild(document.createElement('div'));
  page.style.cssText = `background: ${pageBackground[scheme]}; padding: 16px; width: 1100px`;
  page.innerHTML = `
      <lw-feed src="/demo/feed.json" no-cache color-scheme="${colorScheme}">
        <lw-network-finder tile-url=""></lw-network-finder>
        <lw-activity-search page-size="3"></lw-activity-search>
        <lw-resource-list></lw-resource-list>
        <lw-shortlist></lw-shortlist>
      </lw-feed>
      <lw-feed src="/feeds/status/404" no-cache color-scheme="${colorScheme}">
        <lw-resource-list layout="compact"></lw-resource-list>
      </lw-feed>
      <lw-feed src="/feeds/status/500" no-cache color-scheme="${colorScheme}"></lw-feed>`;
  const [feed, failed, alone] = page.querySelectorAll<FeedElement>('lw-feed');
  await waitUntil(() => feed.store.state.status === 'ready', 'the sample feed never loaded', { timeout: 15000 });
  await waitUntil(
    () => failed.store.state.status === 'error' && alone.store.state.status === 'error',
    'a failed feed never said so',
    {
      timeout: 15000,
    },
  );
  const finder = feed.querySelector('lw-network-finder')!;
  // The map is set up only near the viewport.
  finder.scrollIntoView();
  await waitUntil(() => finder.shadowRoot!.querySelector('.lw-marker'), 'the map showed no markers', {
    timeout: 15000,
  });
  const { networks, activities } = feed.store.state.feed;
  feed.store.setPlace({ lat: 53.7997, lng: -1.5492, label: 'LS1 4AP', source: 'postcode' });
  feed.store.select({ kind: 'network', id: networks.find((network) => network.scope === 'local')!.id });
  feed.store.save(activities[0].id);
  await waitUntil(() => alone.shadowRoot!.querySelector('[part=status]'), "the lone feed's message never showed");
  await waitUntil(
    () => failed.querySelector('lw-resource-list')!.shadowRoot!.querySelector('[part=status]'),
    'the failed feed showed no error in its widget',
    { timeout: 15000 },
  );
  for (const element of page.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
    'lw-feed, lw-feed > *',
  ))
    await element.updateComplete;
  return page;
}

/** Every Linkwork element on the page, <lw-feed> included (it shows a message when no widget does). */
export const linkworkElements = (page: HTMLElement) => [
  ...page.querySelectorAll<HTMLElement>(['lw-feed', ...widgetTags].join(', ')),
];
