/**
 * `<lw-activity-search>` as a visitor meets it. Only this file knows the search's DOM: tests speak in
 * a visitor's steps (type a search, tick a filter, find a postcode, remove a chip, take a way out) and
 * read what the visitor sees or hears (the count, the titles, a card's facts, where focus is).
 */
import { fixture, fixtureSync, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { LwActivitySearch } from '../../src/components/activity-search/activity-search.js';
import '../../src/define/lw-activity-search.js';
import '../../src/define/lw-feed.js';
import { postcodesIo } from '../../src/geo/geocoder.js';
import { textWithBreaks } from '../helpers/shadow-text.js';

export const feedUrl = '/tests/fixtures/search-feed.json';

/** One result card as read: its title, organisation, facts (`When`, `Cost`…), contact links and whole text. */
export interface Card {
  title: string;
  organisation: string;
  facts: Record<string, string>;
  links: [string, string][];
  text: string;
  /** Whether feed text became markup in it (it never may). */
  hasMarkup: boolean;
}

const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export class SearchHarness {
  constructor(readonly element: LwActivitySearch) {}

  /** A search with its own copy of the fixture feed and the fake geocoder (or `template`), once results show. */
  static async open(template?: TemplateResult): Promise<SearchHarness> {
    const element = await fixture<LwActivitySearch>(
      template ??
        html`<lw-activity-search src=${feedUrl} no-cache .geocoder=${postcodesIo('/geocoder')}></lw-activity-search>`,
    );
    return new SearchHarness(
      element.localName === 'lw-activity-search' ? element : element.querySelector('lw-activity-search')!,
    ).ready();
  }

  /** A search inside a `<lw-feed>` given `feed` inline (any JSON: it is parsed as a feed), once results show. */
  static async inFeed(feed: unknown, attributes: Record<string, string> = {}): Promise<SearchHarness> {
    return SearchHarness.inFeedAtOnce(feed, attributes).ready();
  }

  /** As {@link inFeed}, without waiting: the widget as it is the moment it joins the page. */
  static inFeedAtOnce(feed: unknown, attributes: Record<string, string> = {}): SearchHarness {
    const wrapper = fixtureSync<HTMLElement>(html`<div></div>`);
    const feedElement = document.createElement('lw-feed');
    feedElement.setAttribute('no-cache', '');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(feed);
    const element = document.createElement('lw-activity-search');
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    feedElement.append(script, element);
    wrapper.append(feedElement);
    return new SearchHarness(element as LwActivitySearch);
  }

  /** The size of the skip link with focus, as drawn now. */
  skipLinkSize(): { width: number; height: number } {
    const { width, height } = this.#one('.skip-link:focus')!.getBoundingClientRect();
    return { width, height };
  }

  /** The size of where "Skip past the search" lands, as drawn now. */
  skipTargetSize(): { width: number; height: number } {
    const { width, height } = this.#one('.search-end')!.getBoundingClientRect();
    return { width, height };
  }

  /** Waits until the place in use is `postcode` and the search has followed it. */
  async waitForPlace(postcode: string): Promise<void> {
    await waitUntil(() => this.placeShown().includes(postcode), `the place shown is “${this.placeShown()}”`, {
      timeout: 5000,
    });
    await this.#settle();
  }

  /** Waits until the count says how many match (in English or Welsh). */
  async ready(): Promise<this> {
    await waitUntil(() => /match|cyfateb/.test(this.count()), `the results never showed: “${this.count()}”`, {
      timeout: 10000,
    });
    return this;
  }

  #one<T extends Element = HTMLElement>(selector: string): T | null {
    return this.element.shadowRoot!.querySelector<T>(selector);
  }

  #all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.element.shadowRoot!.querySelectorAll<T>(selector)];
  }

  async #settle(): Promise<void> {
    await this.element.updateComplete;
  }

  /** The result count, as a screen reader hears it. */
  count(): string {
    return words(this.#one('[part="count"]'));
  }

  /** What the live region says now, as a screen reader hears it ('' before it first speaks). */
  announced(): string {
    return words(this.#one('[data-announcer]'));
  }

  /** Waits until the live region says `text` (up to `timeout` ms). */
  async heard(text: string, timeout = 8000): Promise<void> {
    await waitUntil(() => this.announced() === text, `heard “${this.announced()}”, not “${text}”`, { timeout });
  }

  /** The live regions in the widget (status and alert roles), each with whether it is hidden from the tree. */
  liveRegions(): { role: string; hidden: boolean }[] {
    return this.#all('[role="status"], [role="alert"], [aria-live]').map((region) => ({
      role: region.getAttribute('role') ?? `live ${region.getAttribute('aria-live')}`,
      hidden: getComputedStyle(region).display === 'none' || region.closest('[aria-hidden="true"]') !== null,
    }));
  }

  /** The landmarks in the widget, by role and name. */
  landmarks(): string[] {
    return this.#all(
      '[role="search"], [role="region"], [role="navigation"], [role="main"], nav, main, aside, section[aria-label]',
    ).map(
      (landmark) =>
        `${landmark.getAttribute('role') ?? landmark.localName}: ${landmark.getAttribute('aria-label') ?? ''}`,
    );
  }

  /** The filter words offered from the search box ("Add filter: Tuesday", "Use LS6 as your place"). */
  typedOffers(): string[] {
    return this.#all('.typed-word').map(words);
  }

  /** Presses Enter on the offer that says `label`. */
  async takeOffer(label: string): Promise<void> {
    const offer = this.#all('.typed-word').find((button) => words(button) === label);
    if (!offer) throw new Error(`no offer “${label}”: ${this.typedOffers().join(', ')}`);
    await this.#press('.typed-word', offer);
  }

  /** The group headings of the results ("Within 10 miles of LS1 4AP", "Further than 10 miles"), and the word that nothing is near. */
  groups(): { nothingNear: string; headings: string[] } {
    return { nothingNear: words(this.#one('.nothing-near')), headings: this.#all('.group-heading').map(words) };
  }

  /** Presses Enter on "Skip to results" (the second skip link, just before the search box). */
  async skipToResults(): Promise<void> {
    await this.#press('.skip-link', this.#all('.skip-link')[1]);
  }

  /** The titles of the results shown, in order. */
  titles(): string[] {
    return this.#all('[part="title"]').map(words);
  }

  /** The ids of the results shown, in order. */
  ids(): string[] {
    return this.#all('[part="item"]').map((item) => item.dataset.id!);
  }

  /** The words of the first result the search marked as matched. */
  marked(): string[] {
    return this.#all('.results > li:first-child mark').map(words);
  }

  /** The distances shown, in order. */
  distances(): string[] {
    return this.#all('[part="distance"]').map(words);
  }

  /** Result `index` (from 0) as a visitor reads it. */
  card(index = 0): Card {
    const card = this.#all('.results > li')[index];
    if (!card) throw new Error(`no result ${index}: ${this.titles().join(', ')}`);
    return {
      title: words(card.querySelector('[part="title"]')),
      organisation: words(card.querySelector('.organisation')),
      facts: Object.fromEntries(
        [...card.querySelectorAll('.fact')].map((fact) => [
          words(fact.querySelector('dt')),
          words(fact.querySelector('dd')),
        ]),
      ),
      links: [...card.querySelectorAll<HTMLAnchorElement>('.contact a')].map((link) => [
        link.textContent!,
        link.getAttribute('href')!,
      ]),
      text: card.textContent ?? '',
      hasMarkup: card.querySelectorAll('b, img, script, i').length > 0,
    };
  }

  /** The result titled `title` as read: its distance and each fact (`When`, `Cost`…). */
  factsOf(title: string): Record<string, string | undefined> {
    const index = this.titles().indexOf(title);
    if (index < 0) throw new Error(`no result “${title}”: ${this.titles().join(', ')}`);
    const item = this.#all('.results > li')[index];
    return { distance: words(item.querySelector('[part="distance"]')) || undefined, ...this.card(index).facts };
  }

  /** The paragraphs and lines of the description of the result titled `title`, as rendered. */
  descriptionOf(title: string): string[] {
    const index = this.titles().indexOf(title);
    if (index < 0) throw new Error(`no result “${title}”: ${this.titles().join(', ')}`);
    const item = this.#all('.results > li')[index];
    // Read from the nodes (a line break is a <br>, however deep), so a closed record reads as an open one shows it.
    return [...item.querySelectorAll<HTMLElement>('p.description')].map((paragraph) =>
      textWithBreaks(paragraph).trim(),
    );
  }

  /** All the text of the results shown. */
  listText(): string {
    return this.#one('[part="list"]')?.textContent ?? '';
  }

  /** Whether result `index` is shown as chosen (its full record open). */
  isChosen(index: number): boolean {
    return this.#all('[part="title"]')[index].getAttribute('aria-expanded') === 'true';
  }

  #item(id: string): HTMLElement {
    const item = this.#one(`[part="item"][data-id="${CSS.escape(id)}"]`);
    if (!item) throw new Error(`no result “${id}”: ${this.ids().join(', ')}`);
    return item;
  }

  /** What the compact card of activity `id` shows: next date, place line, cost, freshness, and its height in pixels. */
  compact(id: string): { next: string; place: string; cost: string; freshness: string; height: number } {
    const item = this.#item(id);
    return {
      next: words(item.querySelector('.next')),
      place: (item.querySelector<HTMLElement>('.place')?.innerText ?? '').replace(/\s+/g, ' ').trim(),
      cost: words(item.querySelector('.cost')),
      freshness: words(item.querySelector('.freshness')),
      height: item.getBoundingClientRect().height,
    };
  }

  /** The "Add to my list" button of activity `id`: its words, accessible name (its hidden words) and state. */
  saveButton(id: string): { text: string; name: string; pressed: boolean } {
    const button = this.#item(id).querySelector<HTMLElement>('[part="save"]')!;
    return {
      text: words(button.querySelector('[aria-hidden="true"]:not(.save-mark)')),
      name: words(button.querySelector('.visually-hidden')),
      pressed: button.getAttribute('aria-pressed') === 'true',
    };
  }

  /** Presses "Add to my list" (or "On my list") on activity `id` with the keyboard. */
  async save(id: string): Promise<void> {
    await this.#press('', this.#item(id).querySelector<HTMLElement>('[part="save"]'));
  }

  /** Opens (or closes) the full record of activity `id` by pressing Enter on its name. */
  async openDetails(id: string): Promise<void> {
    await this.#press('', this.#item(id).querySelector<HTMLElement>('[part="title"]'));
    await this.#settle();
  }

  /** Presses "Close" in the full record of activity `id`. */
  async closeDetails(id: string): Promise<void> {
    await this.#press('', this.#item(id).querySelector<HTMLElement>('.details .close'));
    await this.#settle();
  }

  /** The full record of activity `id`, if it is open: its facts, next dates, links and whole text. */
  details(id: string): { facts: Record<string, string>; next: string[]; links: string[]; text: string } | undefined {
    const details = this.#item(id).querySelector<HTMLElement>('[part="details"]')!;
    if (details.hidden || details.getBoundingClientRect().height === 0) return undefined;
    return {
      facts: Object.fromEntries(
        [...details.querySelectorAll('.fact')].map((fact) => [
          words(fact.querySelector('dt')),
          words(fact.querySelector('dd')),
        ]),
      ),
      next: [...details.querySelectorAll('.sessions li')].map(words),
      links: [...details.querySelectorAll('.contact a')].map((link) => words(link)),
      text: words(details),
    };
  }

  /** Presses "Add to calendar" in the open record of activity `id`. */
  async addToCalendar(id: string): Promise<void> {
    await this.#press('', this.#item(id).querySelector<HTMLElement>('.details [part~="calendar"]'));
  }

  /** The labels of the filter chips shown. */
  chips(): string[] {
    return this.#all('[part="chip"] span:first-child').map(words);
  }

  /** The accessible name of chip `index`. */
  chipName(index = 0): string {
    return this.#all('[part="chip"]')[index].getAttribute('aria-label') ?? '';
  }

  /** What the empty state says ('' when there are results). */
  emptyText(): string {
    return words(this.#one('[part="empty"]'));
  }

  /** The ways out an empty result offers. */
  waysOut(): string[] {
    return this.#all('.ways-out button').map(words);
  }

  /** The label of "Show more" ('' without one). */
  moreLabel(): string {
    return words(this.#one('[part="more"]'));
  }

  /** What the place finder says under the postcode box. */
  placeMessage(): string {
    return words(this.#one('.place-message'));
  }

  /** The place in use, as shown ("Near LS1 4AP"), or ''. */
  placeShown(): string {
    return words(this.#one('.place-current span'));
  }

  /** A notice about the feed: an error (with "Try again"), or an older copy; '' when all is well. */
  feedNotice(): string {
    return words(this.#one('[part="status"]'));
  }

  /** Whether the filters panel is there at all. */
  hasFilters(): boolean {
    return this.#one('[part="filters"]') !== null;
  }

  /** Whether the filters can be seen now. */
  filtersVisible(): boolean {
    return getComputedStyle(this.#one('[part="filters"]')!).display !== 'none';
  }

  /** The button that shows and hides the filters: its words, whether it is shown and whether it says they are open. */
  filtersToggle(): { text: string; visible: boolean; expanded: boolean } {
    const toggle = this.#one('[part="filters-toggle"]')!;
    return {
      text: words(toggle),
      visible: getComputedStyle(toggle).display !== 'none',
      expanded: toggle.getAttribute('aria-expanded') === 'true',
    };
  }

  /** "Show results" under the filters: its words and whether it is shown. */
  filtersDone(): { text: string; visible: boolean } {
    const done = this.#one('.filters-done')!;
    return { text: words(done), visible: getComputedStyle(done).display !== 'none' };
  }

  /** Whether the filters sit beside the results (left of them). */
  filtersBesideResults(): boolean {
    return (
      this.#one('[part="filters"]')!.getBoundingClientRect().right <=
      this.#one('[part="list"]')!.getBoundingClientRect().left
    );
  }

  /** The loading skeleton: whether screen readers skip it, and its height. */
  skeleton(): { hidden: boolean; height: number } | undefined {
    const skeleton = this.#one('.skeleton');
    return skeleton
      ? { hidden: skeleton.getAttribute('aria-hidden') === 'true', height: skeleton.getBoundingClientRect().height }
      : undefined;
  }

  /** The label of a checkbox filter starting with `label` ("Gardening (2)"). */
  filterLabel(label: string): string {
    return words(this.#checkbox(label).parentElement);
  }

  /** The options of a choice (`filter-distance`, `filter-cost`, `sort`…), as read. */
  options(choice: string): string[] {
    return [...this.#one<HTMLSelectElement>(`#${choice}`)!.options].map((option) => option.text);
  }

  /** The day filter's options, as read. */
  dayOptions(): string[] {
    return this.#all('input[name="day"]').map((day) => words(day.parentElement));
  }

  /** The search box's label. */
  searchLabel(): string {
    return words(this.#one('label[for="search-input"]'));
  }

  /** What has focus, named as a visitor would: `search box`, `postcode box`, `more`, `filters toggle`, `title: …`, `chip: …`. */
  focused(): string | undefined {
    const active = this.element.shadowRoot!.activeElement as HTMLElement | null;
    if (!active) return undefined;
    if (active.id === 'search-input') return 'search box';
    if (active.id === 'place-postcode') return 'postcode box';
    if (active.matches('[part="more"]')) return 'more';
    if (active.matches('[part="filters-toggle"]')) return 'filters toggle';
    if (active.matches('[part="title"]')) return `title: ${words(active)}`;
    if (active.matches('[part="details"]')) return `details: ${active.getAttribute('aria-label')}`;
    if (active.matches('[part="chip"]')) return `chip: ${words(active.querySelector('span'))}`;
    if (active.matches('input[name="day"], input[name="days"]')) return `day: ${words(active.parentElement)}`;
    if (active.matches('[part="count"]')) return 'count';
    if (active.matches('.skip-link')) return `skip link: ${words(active)}`;
    if (active.matches('.search-end')) return `end: ${words(active)}`;
    return words(active);
  }

  /** What the search box holds. */
  typed(): string {
    return this.#one<HTMLInputElement>('#search-input')!.value;
  }

  /** Presses "Use my location". */
  async useMyLocation(): Promise<void> {
    this.#all('.place-row button')
      .find((button) => button.textContent === 'Use my location')!
      .click();
    await this.#settle();
  }

  /** Types into the search box as a visitor would, optionally pressing Enter. */
  async type(text: string, enter = false): Promise<void> {
    const input = this.#one<HTMLInputElement>('#search-input')!;
    input.focus();
    input.select();
    await sendKeys({ press: 'Backspace' });
    if (text) await sendKeys({ type: text });
    if (enter) await sendKeys({ press: 'Enter' });
    if (enter) await this.#settle();
  }

  /** Ticks (or unticks) the checkbox filter whose label starts with `label`, by mouse. */
  async tick(label: string): Promise<void> {
    this.#checkbox(label).click();
    await this.#settle();
  }

  /** Chooses an option of a choice (`filter-cost`, `filter-mode`, `filter-distance`, `sort`), as the browser does. */
  async choose(choice: string, value: string): Promise<void> {
    const select = this.#one<HTMLSelectElement>(`#${choice}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.#settle();
  }

  /** Types an age and Tabs away. */
  async enterAge(age: string): Promise<void> {
    this.#one('#filter-age')!.focus();
    await sendKeys({ type: age });
    await sendKeys({ press: 'Tab' });
    await this.#settle();
  }

  /** Types a postcode and presses Enter; waits for distances unless `expectDistances` is false. */
  async findPostcode(postcode: string, expectDistances = true): Promise<void> {
    const input = this.#one<HTMLInputElement>('#place-postcode')!;
    input.focus();
    input.value = '';
    await sendKeys({ type: postcode });
    await sendKeys({ press: 'Enter' });
    if (expectDistances) await waitUntil(() => this.distances().length > 0, 'no distances shown', { timeout: 5000 });
  }

  /** Presses "Forget this place" with the keyboard. */
  async forgetPlace(): Promise<void> {
    await this.#press('.place-current button');
  }

  /** Presses Enter on chip `index`. */
  async removeChip(index = 0): Promise<void> {
    await this.#press(`[part="chip"]:nth-of-type(${index + 1})`, this.#all('[part="chip"]')[index]);
  }

  /** Presses Enter on "Clear all". */
  async clearAll(): Promise<void> {
    await this.#press('.clear-all');
  }

  /** Presses Enter on the way out `key` (`query`, `wider`, `clear-all`, or a chip's key). */
  async takeWayOut(key: string): Promise<void> {
    await this.#press(`[data-way="${key}"]`);
  }

  /** Presses Enter on "Show more". */
  async showMore(): Promise<void> {
    await this.#press('[part="more"]');
  }

  /** Presses Enter on "Try again" in a failed feed's alert. */
  async tryAgain(): Promise<void> {
    await this.#press('[part="status"] button');
  }

  /** Presses Enter on the button that shows and hides the filters. */
  async toggleFilters(): Promise<void> {
    await this.#press('[part="filters-toggle"]');
  }

  /** Presses Enter on "Show results" under the filters. */
  async doneWithFilters(): Promise<void> {
    await this.#press('.filters-done');
  }

  /** Chooses result `index` by clicking its title. */
  chooseResult(index: number): void {
    this.#all('[part="title"]')[index].click();
  }

  /** Presses a key where focus is, and waits for the widget to draw. */
  async pressKey(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.#settle();
  }

  /** Presses Tab until `reached(name of what has focus)` (at most `limit` times); true when it got there. */
  async tabUntil(reached: (focused: string | undefined) => boolean, limit = 80): Promise<boolean> {
    for (let i = 0; i < limit && !reached(this.focused()); i++) await sendKeys({ press: 'Tab' });
    return reached(this.focused());
  }

  async #press(selector: string, target = this.#one(selector)): Promise<void> {
    if (!target) throw new Error(`nothing to press: ${selector}`);
    target.focus();
    await sendKeys({ press: 'Enter' });
    await this.#settle();
  }

  #checkbox(label: string): HTMLInputElement {
    const found = this.#all('label.check').find((option) => words(option).startsWith(label));
    if (!found) throw new Error(`no filter “${label}”`);
    return found.querySelector('input')!;
  }
}
