/**
 * `<lw-network-finder>` as a visitor meets it. Only this file knows the finder's DOM: tests speak in
 * a visitor's steps (find a postcode, choose a network in the list, press Enter on a marker) and read
 * what the visitor would see or hear (the status, the markers' names, the details).
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwNetworkFinder } from '../../src/components/network-finder/network-finder.js';
import '../../src/define/lw-network-finder.js';
import { postcodesIo } from '../../src/geo/geocoder.js';

export const feedUrl = '/tests/fixtures/networks-feed.json';

/** A marker's name as a screen reader hears it (a cluster also shows its count). */
const markerName = (marker: Element) => {
  const words = [...marker.querySelectorAll('.visually-hidden')].map((part) => part.textContent).join('');
  return (words || marker.textContent!).trim();
};

export interface FinderOptions {
  show?: string;
  scope?: string;
  tileUrl?: string;
  lang?: string;
}

export class FinderHarness {
  constructor(readonly element: LwNetworkFinder) {}

  /** A finder alone on the networks fixture, with the fake geocoder and no tiles, once its list shows. */
  static async open(options: FinderOptions = {}): Promise<FinderHarness> {
    const element = await fixture<LwNetworkFinder>(
      html`<lw-network-finder
        src=${feedUrl}
        no-cache
        tile-url=${options.tileUrl ?? ''}
        show=${options.show ?? 'networks'}
        scope=${options.scope ?? 'local regional national'}
        lang=${options.lang ?? 'en'}
      ></lw-network-finder>`,
    );
    element.geocoder = postcodesIo('/geocoder');
    const finder = new FinderHarness(element);
    await waitUntil(() => finder.listNames().length > 0, 'the networks never showed', { timeout: 10000 });
    await finder.mapLoaded();
    return finder;
  }

  /** Waits for the map: it loads once the finder is near the viewport. */
  async mapLoaded(): Promise<void> {
    await waitUntil(() => this.mapPanes() > 0, 'the map never loaded', { timeout: 10000 });
  }

  /** The Leaflet map, for what only the map can say (zoom, bounds). */
  get map() {
    return this.element.leafletMap!;
  }

  #one<T extends Element = HTMLElement>(selector: string): T | null {
    return this.element.shadowRoot!.querySelector<T>(selector);
  }

  #all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.element.shadowRoot!.querySelectorAll<T>(selector)];
  }

  #text(selector: string): string {
    return this.#one(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The polite status: how many networks cover the place, or what the map last did. */
  status(): string {
    return this.#text('[role=status].result-status');
  }

  /** What the postcode box says under it (an error, or "Looking up…"). */
  placeMessage(): string {
    return this.#text('.place-message');
  }

  /** A notice about the feed (failed, or an older copy), or ''. */
  feedNotice(): string {
    return this.#text('[part="status"].notice');
  }

  /** The label of the button in a failed feed's alert ('' without one). */
  retryLabel(): string {
    return this.#text('[part="status"] button');
  }

  isLoading(): boolean {
    return this.#one('.skeleton') !== null;
  }

  /** The accessible names of the markers on the map, in Tab order. */
  markers(kind: 'network' | 'activity' | 'cluster' = 'network'): string[] {
    return this.#all(`.leaflet-marker-pane .${kind}-marker`).map(markerName);
  }

  /** The clusters of activities: the count each shows, and whether it is a button the map's arrow keys reach (not Tab). */
  clusters(): { shows: string; isButton: boolean }[] {
    return this.#all('.cluster-marker').map((cluster) => ({
      shows: cluster.querySelector('.cluster-count')!.textContent!,
      isButton: cluster.getAttribute('role') === 'button' && cluster.tabIndex === -1,
    }));
  }

  /** Whether every network marker is a button that the map's arrow keys reach, out of the Tab order. */
  markersAreButtons(): boolean {
    const markers = this.#all('.network-marker');
    return (
      markers.length > 0 &&
      markers.every((marker) => marker.getAttribute('role') === 'button' && marker.tabIndex === -1)
    );
  }

  /** The box of every marker drawn (networks, clusters, activities, the place), with its name. */
  markerBoxes(): { name: string; box: DOMRect }[] {
    return this.#all('.leaflet-marker-pane .lw-marker').map((marker) => ({
      name: marker.querySelector('svg[aria-label]')?.getAttribute('aria-label') ?? markerName(marker),
      box: marker.getBoundingClientRect(),
    }));
  }

  /** The landmarks in the finder, each as `role "name"`. */
  landmarks(): string[] {
    const named = (element: Element) =>
      element.getAttribute('aria-label') ??
      (element.getAttribute('aria-labelledby') &&
        this.element.shadowRoot!.getElementById(element.getAttribute('aria-labelledby')!)?.textContent?.trim()) ??
      '';
    return this.#all(
      '[role], section, nav, aside, main, header, footer, form[aria-label], form[aria-labelledby], search',
    )
      .map((element) => {
        const role = element.getAttribute('role') ?? (element.localName === 'section' ? 'region' : element.localName);
        const landmark = ['region', 'search', 'navigation', 'main', 'banner', 'complementary', 'contentinfo', 'form'];
        const counted = landmark.includes(role) && (!['region', 'form'].includes(role) || named(element));
        return counted ? `${role} "${named(element)}"` : '';
      })
      .filter(Boolean);
  }

  /** The status element: whether it is in the accessibility tree now (not display:none, not hidden). */
  statusIsInTree(): boolean {
    const status = this.#one('[role=status].result-status');
    return status !== null && getComputedStyle(status).display !== 'none' && !status.closest('[hidden]');
  }

  /** Records every text the status says from now on. */
  listenToStatus(): string[] {
    const said: string[] = [];
    const status = this.#one('[role=status].result-status')!;
    new MutationObserver(() => {
      const text = status.textContent!.replace(/\s+/g, ' ').trim();
      if (text && text !== said.at(-1)) said.push(text);
    }).observe(status, { childList: true, characterData: true, subtree: true });
    return said;
  }

  /** The name of the marker with focus, or undefined. */
  focusedMarker(): string | undefined {
    const active = this.element.shadowRoot!.activeElement;
    return active?.classList.contains('lw-marker') ? markerName(active) : undefined;
  }

  /** Presses keys one after the other. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) await sendKeys({ press: key });
  }

  /** Focuses the map (as Tab would) and presses `keys`. */
  async onMap(...keys: string[]): Promise<void> {
    this.#one('.map')!.focus();
    await this.press(...keys);
  }

  /** Focuses the "Use my location" button (the last of the place box). */
  focusLastPlaceButton(): void {
    this.#all('.place-row button').at(-1)!.focus();
  }

  /** What has focus in the finder, as a visitor names it (see `focused`), after `tab` more Tabs each. */
  async tabStops(count: number): Promise<(string | undefined)[]> {
    const stops = [];
    for (let i = 0; i < count; i++) {
      await sendKeys({ press: 'Tab' });
      stops.push(this.focused());
    }
    return stops;
  }

  /** Whether the marker whose name starts with `name` is drawn as the chosen one (and says so). */
  markerIsChosen(name: string): boolean {
    const marker = this.#marker(name);
    return marker.classList.contains('selected') && marker.getAttribute('aria-current') === 'true';
  }

  /** How many coverage areas are drawn (of a scope, or chosen). */
  areas(which?: 'local' | 'regional' | 'chosen'): number {
    const suffix = which === 'chosen' ? '.selected' : which ? `.scope-${which}` : '';
    return this.#all(`path.coverage${suffix}`).length;
  }

  /** Whether the outline basemap is drawn (no tiles, or they failed). */
  hasOutline(): boolean {
    return this.#one('path.outline') !== null;
  }

  /** The names of towns and cities the outline shows in the map's box. */
  placeLabels(): string[] {
    const map = this.#one('.map')!.getBoundingClientRect();
    return this.#all('.place-label')
      .filter((label) => {
        const box = label.getBoundingClientRect();
        return box.left >= map.left && box.right <= map.right && box.top >= map.top && box.bottom <= map.bottom;
      })
      .map((label) => label.textContent!);
  }

  /** Whether the outline's names are hidden from screen readers (the markers and list say what matters). */
  placeLabelsAreHidden(): boolean {
    return this.#one('.leaflet-lw-outline-pane')?.getAttribute('aria-hidden') === 'true';
  }

  tilesShown(): number {
    return this.#all('.leaflet-tile').length;
  }

  tilesLoaded(): number {
    return this.#all('.leaflet-tile-loaded').length;
  }

  /** The tile credit as read out, and where it links (undefined without a link); undefined with no credit. */
  credit(): { text: string; href?: string } | undefined {
    if (!this.#one('.attribution')) return undefined;
    return { text: this.#text('.attribution'), href: this.#one<HTMLAnchorElement>('.attribution a')?.href };
  }

  /** The names in the list of networks, in order. */
  listNames(): string[] {
    return this.#all('.network-button .network-name').map((name) => name.textContent!);
  }

  /** The hint under the list's heading on its arrow keys ('' when there is none). */
  listHint(): string {
    return this.#text('.list-hint');
  }

  /** The text of the list column when it has no networks to list. */
  listMessage(): string {
    return this.#text('.networks p');
  }

  /** Whether the network `id` is open in the list. */
  isOpen(id: string): boolean {
    return this.#listButton(id).getAttribute('aria-expanded') === 'true';
  }

  /** The details shown for the open network ('' when none is open). */
  details(): string {
    return this.#one('.details')?.textContent ?? '';
  }

  /** The paragraphs of the open network's description. */
  detailsParagraphs(): string[] {
    return this.#all('.details p.description').map((paragraph) => paragraph.textContent!.trim());
  }

  /** The details' links: `[text, href]`. */
  detailsLinks(): [string, string][] {
    return this.#all<HTMLAnchorElement>('.details a').map((link) => [
      link.textContent!.trim(),
      link.getAttribute('href')!,
    ]);
  }

  /** How many elements the feed's text could have made if it were taken as markup (it must be 0). */
  elementsFromFeedMarkup(): number {
    return this.#all('img, b, em, script:not([type])').length;
  }

  /** The answer for the place searched for ('' before a search). */
  answer(): string {
    return this.#text('.answer');
  }

  /** The kind message shown when no local or regional network covers the place. */
  noNetworkMessage(): string {
    return this.#text('.no-network');
  }

  /** The networks the answer offers, as buttons in order. */
  answerNames(): string[] {
    return this.#all('.answer-list button').map((button) => button.textContent!.trim());
  }

  /** The key's entries. */
  legend(): string[] {
    return this.#all('.legend li').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
  }

  /** The labels of the zoom and move buttons, as read out. */
  controls(): string[] {
    return this.#all('.controls button').map((button) =>
      (button.querySelector('.visually-hidden') ?? button).textContent!.trim(),
    );
  }

  /** Whether every map button is at least 24 px tall (WCAG 2.2 target size). */
  controlsAreLargeEnough(): boolean {
    return this.#all('.controls button').every((button) => button.getBoundingClientRect().height >= 24);
  }

  /** The map's accessible name. */
  mapName(): string {
    return this.#one('.map')!.getAttribute('aria-label')!;
  }

  /** The map box's height in px. */
  mapHeight(): number {
    return this.#one('.map')!.getBoundingClientRect().height;
  }

  /** Whether Leaflet's own CSS reaches inside the shadow root. */
  leafletStylesApply(): boolean {
    return (
      getComputedStyle(this.#one('.leaflet-marker-pane')!).position === 'absolute' &&
      getComputedStyle(this.#one('.leaflet-container')!).overflow === 'hidden'
    );
  }

  /** Whether the map is drawn at all (Leaflet's panes are in the shadow root). */
  mapPanes(): number {
    return this.#all('.leaflet-map-pane').length;
  }

  /** Whether any zoom animation is running. */
  isAnimating(): boolean {
    return this.#one('.leaflet-zoom-anim') !== null;
  }

  /** The chosen activity's summary under the map ('' when none). */
  activitySummary(): string {
    return this.#text('[part="activity"]');
  }

  /** What the finder says under the map about the activities it shows ('' when nothing). */
  activitiesNote(): string {
    return this.#text('#map-hint + p.muted');
  }

  /** What has focus in the finder, named as a visitor would: `postcode box`, a network's id, `the map`, or a control's text. */
  focused(): string | undefined {
    const active = this.element.shadowRoot!.activeElement as HTMLElement | null;
    if (!active) return undefined;
    if (active.matches('input[name=postcode]')) return 'postcode box';
    if (active.dataset.id) return active.dataset.id;
    if (active.matches('.map')) return 'the map';
    if (active.matches('.lw-marker')) return markerName(active);
    if (active.matches('#networks-heading')) return 'the list heading';
    if (active.closest('.controls')) return (active.querySelector('.visually-hidden') ?? active).textContent!.trim();
    return active.textContent?.trim();
  }

  /** Each network in the list as read out: name, scope, distance, and whether it covers the place. */
  listEntries(): string[] {
    return this.#all('.network-button').map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
  }

  /** The list entry of the network `id`, as read out. */
  listEntry(id: string): string {
    return this.#listButton(id).textContent!.replace(/\s+/g, ' ').trim();
  }

  /** The name of the visitor's place on the map, or undefined when no place is shown. */
  placeOnMap(): string | undefined {
    return this.#one('.place-marker svg')?.getAttribute('aria-label') ?? undefined;
  }

  /** Whether the postcode box is marked as holding a mistake. */
  postcodeIsMarkedInvalid(): boolean {
    return this.#one('input[name=postcode]')!.getAttribute('aria-invalid') === 'true';
  }

  hasPostcodeBox(): boolean {
    return this.#one('input[name=postcode]') !== null;
  }

  /** Presses "Forget this place" with the keyboard. */
  async forgetPlace(): Promise<void> {
    this.#one('.place-current button')!.focus();
    await sendKeys({ press: 'Enter' });
    await this.element.updateComplete;
  }

  /** Types a postcode and presses Enter, as a keyboard user would. */
  async findPostcode(postcode: string): Promise<void> {
    const input = this.#one<HTMLInputElement>('input[name=postcode]')!;
    input.focus();
    input.value = '';
    if (postcode) await sendKeys({ type: postcode });
    await sendKeys({ press: 'Enter' });
  }

  /** Presses "Use my location". */
  async useMyLocation(): Promise<void> {
    this.#all('.place-row button')
      .find((button) => button.textContent === 'Use my location')!
      .click();
    await this.element.updateComplete;
  }

  /** Chooses the network `id` in the list (or closes it, if open), by mouse. */
  async chooseInList(id: string): Promise<void> {
    this.#listButton(id).click();
    await this.element.updateComplete;
  }

  /** Focuses the network `id` in the list and presses `key`. */
  async pressInList(id: string, key = 'Enter'): Promise<void> {
    this.#listButton(id).focus();
    await sendKeys({ press: key });
    await this.element.updateComplete;
  }

  /** Chooses an offered network in the answer by keyboard: Tab until there, then Enter. */
  async chooseInAnswer(name: string): Promise<void> {
    await this.tabTo((active) => active.matches('.answer-list button') && active.textContent!.trim() === name);
    await sendKeys({ press: 'Enter' });
    await this.element.updateComplete;
  }

  /** The chosen activity's "Add to my list" button: its accessible name and whether it is pressed. */
  chosenActivitySave(): { name: string; pressed: boolean } | undefined {
    const button = this.#one('[part="activity"] [part="save"]');
    if (!button) return undefined;
    return {
      name: button.querySelector('.visually-hidden')!.textContent!.trim(),
      pressed: button.ariaPressed === 'true',
    };
  }

  /** Presses "Add to my list" (or "On my list") on the chosen activity with the keyboard. */
  async saveChosenActivity(): Promise<void> {
    this.#one('[part="activity"] [part="save"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await this.element.updateComplete;
  }

  /** Clicks the marker whose name starts with `name`. */
  clickMarker(name: string): void {
    this.#marker(name).click();
  }

  /** Focuses the marker whose name starts with `name`, and presses `key` (Enter or Space). */
  async pressOnMap(name: string, key = 'Enter'): Promise<void> {
    this.#marker(name).focus();
    await sendKeys({ press: key });
  }

  /** Presses Tab until focus is on what `reached` accepts (at most `limit` times); returns its name. */
  async tabTo(reached: (active: HTMLElement) => boolean, limit = 40): Promise<string> {
    for (let i = 0; i < limit; i++) {
      await sendKeys({ press: 'Tab' });
      const active = this.element.shadowRoot!.activeElement as HTMLElement | null;
      if (active && reached(active)) return active.textContent!.trim();
    }
    throw new Error('Tab never got there');
  }

  /** Presses Tab once; returns what then has focus. */
  async tab(): Promise<string | undefined> {
    await sendKeys({ press: 'Tab' });
    return this.element.shadowRoot!.activeElement?.textContent?.trim();
  }

  /** Presses the map button whose label includes `label` (Zoom in, Move the map east…). */
  pressControl(label: string): void {
    this.#all('.controls button')
      .find((button) => button.textContent!.includes(label))!
      .click();
  }

  #listButton(id: string): HTMLElement {
    const button = this.#one(`.network-button[data-id="${CSS.escape(id)}"]`);
    if (!button) throw new Error(`no network “${id}” in the list`);
    return button;
  }

  #marker(name: string): HTMLElement {
    const marker = this.#all('.leaflet-marker-pane [role=button]').find((candidate) =>
      markerName(candidate).startsWith(name),
    );
    if (!marker) throw new Error(`no marker “${name}”: ${this.markers().join(', ')}`);
    return marker;
  }
}
