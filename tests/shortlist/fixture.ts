import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import type { LwShortlist } from '../../src/components/shortlist/shortlist.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-shortlist.js';

/** A date `months` calendar months before today, as a feed writes `updated`. */
export function monthsAgo(months: number): string {
  const date = new Date();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date.toISOString().slice(0, 10);
}

/**
 * Six activities: two with dates years ahead (so their words never change), one monthly with no week
 * given, one online, and two on Scotland's summer bank holiday: one in Edinburgh, one with no postcode.
 */
export function shortlistFeed() {
  return {
    version: 1,
    title: 'Test activities',
    publisher: { name: 'Leeds Wellbeing Partnership' },
    activities: [
      {
        id: 'choir',
        title: 'Community choir',
        description: 'Sing with others, no experience needed.\n\nWe sing everything from folk to pop.',
        organisation: { name: 'Leeds Voices' },
        location: {
          name: 'Central Library',
          address: 'Calverley Street, Leeds',
          postcode: 'LS1 3AB',
          lat: 53.8,
          lng: -1.548,
        },
        schedule: [{ days: ['tue'], frequency: 'once', date: '2031-03-04', start: '10:00', end: '11:30' }],
        cost: { free: true },
        accessibility: ['step-free', 'hearing-loop'],
        contact: { name: 'Sam', phone: '0113 496 0000', email: 'choir@example.org', url: 'https://example.org/choir' },
        updated: monthsAgo(3),
      },
      {
        id: 'walk',
        title: 'Health walk',
        description: 'A gentle walk in the park.',
        location: { name: 'Roundhay Park', postcode: 'LS8 2HH', lat: 53.84, lng: -1.5 },
        schedule: [
          { days: ['wed'], frequency: 'once', date: '2031-03-05', start: '14:00', end: '15:00' },
          { days: ['wed'], frequency: 'once', date: '2031-03-12', start: '14:00', end: '15:00' },
          { days: ['wed'], frequency: 'once', date: '2031-03-19', start: '14:00', end: '15:00' },
          { days: ['wed'], frequency: 'once', date: '2031-03-26', start: '14:00', end: '15:00' },
        ],
        cost: { amount: 2.5, currency: 'GBP' },
        contact: { phone: '0113 496 0001' },
        updated: monthsAgo(14),
      },
      {
        id: 'supper',
        title: 'Supper club',
        location: { name: 'Hope Hall', lat: 53.79, lng: -1.55 },
        schedule: [{ days: ['thu'], frequency: 'monthly', start: '18:00', end: '19:00' }],
      },
      {
        id: 'online-art',
        title: 'Online art class',
        online: true,
        schedule: [{ days: ['fri'], frequency: 'once', date: '2031-03-07', start: '11:00' }],
        contact: { email: 'art@example.org' },
      },
      {
        id: 'gala',
        title: 'Summer gala',
        location: { name: 'The park', lat: 55.9, lng: -3.2 },
        schedule: [{ days: ['mon'], frequency: 'once', date: '2031-08-04', start: '12:00' }],
      },
      {
        id: 'ceilidh',
        title: 'Ceilidh',
        location: { name: 'Leith Hall', postcode: 'EH6 6AB', lat: 55.97, lng: -3.17 },
        schedule: [{ days: ['mon'], frequency: 'once', date: '2031-08-04', start: '19:00', end: '21:00' }],
      },
    ],
  };
}

export const one = <T extends Element = HTMLElement>(element: Element, selector: string): T =>
  element.shadowRoot!.querySelector<T>(selector)!;
export const all = (element: Element, selector: string): HTMLElement[] => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
/** The text of an element with its white space tidied. */
export const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const titles = (list: LwShortlist) => all(list, '[part~="item"] .title').map((title) => text(title));

/** A shortlist inside a `<lw-feed>` holding `feed`, once the feed is in; `saved` are saved first. */
export async function mount(
  options: { feed?: unknown; saved?: string[]; attributes?: string; lang?: string } = {},
): Promise<{ feed: LwFeed; list: LwShortlist }> {
  const container = await fixture<HTMLElement>(html`<div lang=${options.lang ?? 'en-GB'}></div>`);
  container.innerHTML = `<lw-feed><lw-shortlist ${options.attributes ?? ''}></lw-shortlist></lw-feed>`;
  const feed = container.querySelector('lw-feed') as LwFeed;
  feed.feed = options.feed ?? shortlistFeed();
  await waitUntil(() => feed.store.state.status === 'ready', 'the feed never loaded', { timeout: 5000 });
  for (const id of options.saved ?? []) feed.store.save(id);
  const list = container.querySelector('lw-shortlist') as LwShortlist;
  await list.updateComplete;
  return { feed, list };
}

const testPage = location.href;

/** Forgets every kept list, and puts the test page's own address back, between tests. */
export function forgetLists(): void {
  sessionStorage.clear();
  localStorage.clear();
  history.replaceState(null, '', testPage);
}
