import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LwFeed } from '../../src/components/feed/feed.js';
import type { LwResourceList } from '../../src/components/resource-list/resource-list.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-resource-list.js';

/** A small feed: one resource of each type, audiences and badges mixed, and one unsafe link. */
export const resourceFeed = {
  version: 1,
  resources: [
    {
      id: 'portal',
      title: 'Culture and wellbeing portal',
      type: 'portal',
      url: 'https://example.org/portal',
      audience: ['cultural-organisations', 'link-workers'],
      national: true,
      description: 'How to navigate social prescribing.',
    },
    {
      id: 'webinar',
      title: 'Arts on prescription webinar',
      type: 'webinar',
      url: 'https://example.org/webinar',
      audience: ['cultural-organisations', 'link-workers'],
      registrationRequired: true,
      national: true,
      description: 'Registration is required to watch.',
    },
    {
      id: 'guide-museums',
      title: 'Working with link workers',
      type: 'guide',
      url: 'https://example.org/guide',
      audience: ['cultural-organisations'],
      description: 'Build relationships with link workers.',
    },
    {
      id: 'guide-public',
      title: 'What is social prescribing?',
      type: 'guide',
      url: `${location.origin}/demo/what-is-social-prescribing`,
      audience: ['public'],
      description: 'A plain-English introduction.',
    },
    {
      id: 'network',
      title: 'Social Prescribing Network',
      type: 'network',
      url: 'https://example.org/network',
      audience: [],
      description: 'Shares knowledge and best practice.',
    },
    {
      id: 'organisation',
      title: 'National Association of Link Workers',
      type: 'organisation',
      url: 'http://example.org/nalw',
      audience: ['link-workers'],
      national: true,
    },
    { id: 'evil', title: 'Click me', type: 'guide', url: 'javascript:alert(1)', audience: ['public'] },
  ],
};

export interface Mounted {
  feed: LwFeed;
  list: LwResourceList;
}

/** A resource list inside an `<lw-feed>` given `feed`, once it shows the feed. */
export async function mount(attributes = '', feedObject: unknown = resourceFeed, lang = 'en-GB'): Promise<Mounted> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  // Attributes as a page would write them.
  wrapper.innerHTML = `<lw-feed><lw-resource-list ${attributes}></lw-resource-list></lw-feed>`;
  const feed = wrapper.querySelector('lw-feed')!;
  const list = wrapper.querySelector('lw-resource-list')!;
  feed.feed = feedObject;
  await waitUntil(() => feed.store.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
  await list.updateComplete;
  return { feed, list };
}

export const shadow = (list: LwResourceList) => list.shadowRoot!;
export const all = <T extends Element = HTMLElement>(list: LwResourceList, selector: string) => [
  ...shadow(list).querySelectorAll<T>(selector),
];
export const one = <T extends Element = HTMLElement>(list: LwResourceList, selector: string) =>
  shadow(list).querySelector<T>(selector)!;

/** The titles shown, in order, as a visitor reads them (external-link text left out). */
export function titles(list: LwResourceList): string[] {
  return all(list, '.resource .title').map((title) => {
    const copy = title.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return copy.textContent!.trim();
  });
}

/** The group headings shown, in order. */
export const groupHeadings = (list: LwResourceList) =>
  all(list, '[part="group-heading"]').map((heading) => heading.textContent!.trim());

/** The status message, once it has settled on `expected`. */
export async function statusSays(list: LwResourceList, expected: string): Promise<void> {
  await waitUntil(
    () => one(list, '[role="status"]').textContent!.trim() === expected,
    `the status said “${one(list, '[role="status"]')?.textContent?.trim()}”, not “${expected}”`,
  );
}
