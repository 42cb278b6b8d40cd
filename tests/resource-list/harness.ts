/**
 * `<lw-resource-list>` as a visitor meets it. Only this file knows the list's DOM: tests speak in a visitor's steps
 * (type a search, tick a choice, open a resource, fold the filters, press Escape) and read what the visitor sees or
 * hears (the titles, the group headings, a resource's badges, the count, the landmark, where focus is).
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwFeed } from '../../src/components/feed/feed.js';
import type { LwResourceList } from '../../src/components/resource-list/resource-list.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-resource-list.js';
import { landmarksIn } from '../components/harness.js';

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

/** One resource as read: its badges, description, who it is for, its link and what a screen reader adds. */
export interface ResourceCard {
  badges: string[];
  description: string | undefined;
  audience: string | undefined;
  href: string | undefined;
  linkText: string;
  /** The words only a screen reader hears on the link ('' when none). */
  heardOnly: string;
  /** Whether the link's icon is hidden from screen readers (true when there is no icon). */
  iconHidden: boolean;
}

const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export class ResourceListHarness {
  constructor(
    readonly list: LwResourceList,
    readonly feed?: LwFeed,
  ) {}

  /** A list (with `attributes`, as a page writes them) inside an `<lw-feed>` given `feed`, once it shows the feed. */
  static async mount(
    attributes = '',
    feedObject: unknown = resourceFeed,
    lang = 'en-GB',
  ): Promise<ResourceListHarness> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
    wrapper.innerHTML = `<lw-feed><lw-resource-list ${attributes}></lw-resource-list></lw-feed>`;
    const feed = wrapper.querySelector('lw-feed')!;
    const list = wrapper.querySelector('lw-resource-list')!;
    feed.feed = feedObject;
    await waitUntil(() => feed.store.state.status === 'ready', 'the feed never loaded', { timeout: 10000 });
    await list.updateComplete;
    return new ResourceListHarness(list, feed);
  }

  /** A list on its own, with `attributes` (its own `src`), once it has drawn. */
  static async alone(attributes: string): Promise<ResourceListHarness> {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<lw-resource-list ${attributes}></lw-resource-list>`;
    const list = wrapper.querySelector('lw-resource-list')!;
    await list.updateComplete;
    return new ResourceListHarness(list);
  }

  #one<T extends Element = HTMLElement>(selector: string): T | null {
    return this.list.shadowRoot!.querySelector<T>(selector);
  }

  #all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.list.shadowRoot!.querySelectorAll<T>(selector)];
  }

  async #settle(): Promise<void> {
    await this.list.updateComplete;
  }

  async #press(selector: string, key = 'Enter'): Promise<void> {
    this.#one(selector)!.focus();
    await sendKeys({ press: key });
    await this.#settle();
  }

  /** The titles shown, in order, as a visitor reads them (the words only a screen reader hears left out). */
  titles(): string[] {
    return this.#all('.resource .title').map((title) => {
      const copy = title.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return words(copy);
    });
  }

  /** The ids of the resources shown in group `index` (from 0). */
  idsInGroup(index: number): string[] {
    return [...(this.#all('[part="group"]')[index]?.querySelectorAll<HTMLElement>('.resource') ?? [])].map(
      (item) => item.dataset.id!,
    );
  }

  /** The group headings shown, in order. */
  groupHeadings(): string[] {
    return this.#all('[part="group-heading"]').map(words);
  }

  /** The level of each group heading, as a screen reader hears it (`heading, level 3`). */
  headingLevels(): string[] {
    return this.#all('[part="group-heading"]').map(
      (heading) => `${heading.getAttribute('role')} ${heading.getAttribute('aria-level')}`,
    );
  }

  /** What the count says (and is announced politely). */
  count(): string {
    return words(this.#one('[part="count"]'));
  }

  /** How many polite status regions the list has. */
  statusRegions(): number {
    return this.#all('[role="status"]').filter((region) => region.matches('[part="count"]')).length;
  }

  /** Waits until the count says `expected`. */
  async countSays(expected: string, timeout = 5000): Promise<void> {
    await waitUntil(() => this.count() === expected, `the count said “${this.count()}”, not “${expected}”`, {
      timeout,
    });
  }

  /** Whether the list tells screen readers it is busy loading. */
  isBusy(): boolean {
    return this.#one('[part="base"]')?.getAttribute('aria-busy') === 'true';
  }

  /** The loading skeleton: whether screen readers skip it, and the height it keeps for the list. */
  skeleton(): { hidden: boolean; height: number } | undefined {
    const skeleton = this.#one('.skeleton');
    return skeleton
      ? { hidden: skeleton.getAttribute('aria-hidden') === 'true', height: skeleton.getBoundingClientRect().height }
      : undefined;
  }

  /** The layout drawn: `cards` or `compact`. */
  layout(): string {
    const base = this.#one('[part="base"]')!;
    return base.classList.contains('compact') ? 'compact' : 'cards';
  }

  /** How the resources of a group are laid out (`grid` for cards). */
  groupDisplay(): string {
    return getComputedStyle(this.#one('.resources')!).display;
  }

  /** Resource `id` as read. */
  resource(id: string): ResourceCard {
    const item = this.#one(`[data-id="${CSS.escape(id)}"]`);
    if (!item) throw new Error(`no resource ${id}: ${this.titles().join(', ')}`);
    const link = item.querySelector<HTMLAnchorElement>('a');
    return {
      badges: [...item.querySelectorAll('[part="badge"]')].map(words),
      description: item.querySelector('.description')?.textContent ?? undefined,
      audience: item.querySelector('.audience')?.textContent ?? undefined,
      href: link?.href,
      linkText: words(link ?? item.querySelector('.title')),
      heardOnly: words(item.querySelector('.visually-hidden')),
      iconHidden: (item.querySelector('svg')?.getAttribute('aria-hidden') ?? 'true') === 'true',
    };
  }

  /** The addresses of every link shown. */
  links(): string[] {
    return this.#all('a').map((link) => link.getAttribute('href')!);
  }

  /** All the markup the list drew (to check that feed text never became a link or a script). */
  markup(): string {
    return this.list.shadowRoot!.innerHTML;
  }

  /**
   * Opens resource `id` as a visitor does (a click, or Enter on its link by `keyboard`); the test page stays put.
   */
  async open(id: string, { keyboard = false } = {}): Promise<void> {
    const link = this.#one<HTMLAnchorElement>(`[data-id="${CSS.escape(id)}"] a`)!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    if (keyboard) {
      link.focus();
      await sendKeys({ press: 'Enter' });
    } else link.click();
  }

  /** Whether the type or audience choice `id` (`type-guide`, `audience-public`) is ticked. */
  isTicked(id: string): boolean {
    return this.#one<HTMLInputElement>(`#${id}`)!.checked;
  }

  /** The label of choice `id`, with its count: `Guides (2)`. */
  choiceLabel(id: string): string {
    return words(this.#one(`label[for="${id}"]`));
  }

  /** Ticks or unticks choice `id` with the keyboard (Space). */
  async toggle(id: string): Promise<void> {
    await this.#press(`#${id}`, 'Space');
  }

  /** Types `text` into the search box. */
  async search(text: string): Promise<void> {
    this.#one('#resource-query')!.focus();
    await sendKeys({ type: text });
    await this.#settle();
  }

  /** The text in the search box. */
  searchText(): string {
    return this.#one<HTMLInputElement>('#resource-query')?.value ?? '';
  }

  /** Whether the search box is shown. */
  hasSearchBox(): boolean {
    return this.#one('#resource-query') !== null;
  }

  /** The label of the search box. */
  searchLabel(): string {
    return words(this.#one('label[for="resource-query"]'));
  }

  /** The words the search marked in the titles and descriptions. */
  marked(): string[] {
    return this.#all('mark').map(words);
  }

  /** What the list says when nothing matches ('' when something does). */
  emptyText(): string {
    return words(this.#one('.empty'));
  }

  /** The note shown when no resource has every word. */
  partialNote(): string {
    return words(this.#one('.partial'));
  }

  /** Presses "Show all resources" in the empty state. */
  async showAll(): Promise<void> {
    await this.#press('.empty button');
  }

  /** The feed notice (failed, an older copy), or ''. */
  feedNotice(): string {
    return words(this.#one('[part="status"].notice'));
  }

  /** Presses "Try again" in the feed notice. */
  async tryAgain(): Promise<void> {
    await this.#press('[part="status"].notice button');
  }

  /** The summary of the folded filters (compact layout), or '' when they do not fold. */
  filtersSummary(): string {
    return words(this.#one('details[part="filters"] summary'));
  }

  /** Whether the folded filters are open. */
  filtersOpen(): boolean {
    return this.#one<HTMLDetailsElement>('details[part="filters"]')?.open ?? false;
  }

  /** Opens the folded filters from the keyboard (Enter on the summary). */
  async unfoldFilters(): Promise<void> {
    await this.#press('details[part="filters"] summary');
  }

  /** Presses a key where focus is. */
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.#settle();
  }

  /** What has keyboard focus in the list: an id (`resource-query`, `type-guide`), a part, or the summary. */
  focused(): string {
    const active = this.list.shadowRoot!.activeElement;
    if (!active) return '';
    return active.id || active.getAttribute('part') || active.localName;
  }

  /** The list's landmarks, as a screen reader lists them: `search "Resources"`. */
  landmarks(): string[] {
    return landmarksIn(this.list.shadowRoot!).map(({ landmark }) => landmark);
  }
}
