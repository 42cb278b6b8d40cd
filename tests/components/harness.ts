/**
 * A page of Linkwork widgets inside one `<lw-feed>`, as a visitor meets it. Only this file (with the widgets' own
 * harnesses) knows the widgets' DOM: tests speak in a visitor's steps (find a postcode, press "Change", try again)
 * and read what the visitor sees or hears (the notices, the alerts, what a screen reader was told, where focus is).
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LwFeed } from '../../src/components/feed/feed.js';
import '../../src/define/lw-feed.js';
import '../../src/define/lw-place-finder.js';
import { postcodesIo } from '../../src/geo/geocoder.js';

const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every element below `root`, looking into open shadow roots, in page order. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** The words of each list item a widget shows, in order. */
export function listItems(widget: Element): string[] {
  return [...widget.shadowRoot!.querySelectorAll('li')].map(words);
}

/** The Linkwork element whose shadow root holds `element` (or the element itself). */
function widgetOf(element: Element): string {
  // Not `instanceof ShadowRoot`: a page in a frame has its own.
  const root = element.getRootNode() as Partial<ShadowRoot>;
  return root.host ? root.host.localName : element.localName;
}

const liveSelector = '[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])';

/** What a screen reader hears from live regions while it listens: each settled change of a region's words. */
export class Announcements {
  readonly #root: ParentNode;
  readonly #last = new Map<Element, string>();
  readonly #observer = new MutationObserver(() => this.#scan());
  readonly #observed = new WeakSet<Node>();
  /** Everything said: `widget: words`. */
  readonly heard: string[] = [];
  /** Regions that came into the page already speaking (a screen reader may miss them): `widget: words`. */
  readonly late: string[] = [];

  constructor(root: ParentNode) {
    this.#root = root;
    this.#scan(true);
  }

  #scan(first = false): void {
    this.#observe(this.#root as Node);
    for (const element of deepElements(this.#root)) if (element.shadowRoot) this.#observe(element.shadowRoot);
    for (const region of deepElements(this.#root).filter((element) => element.matches(liveSelector))) {
      const text = words(region);
      const before = this.#last.get(region);
      this.#last.set(region, text);
      if (first || text === before || !text) continue;
      if (before === undefined) this.late.push(`${widgetOf(region)}: ${text}`);
      else this.heard.push(`${widgetOf(region)}: ${text}`);
    }
  }

  #observe(node: Node): void {
    if (this.#observed.has(node)) return;
    this.#observed.add(node);
    this.#observer.observe(node, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.#observer.disconnect();
  }
}

/** A widget's postcode box, or the line that points to the box in another widget. */
export class PlaceBoxHarness {
  constructor(readonly element: HTMLElement) {}

  #one<T extends Element = HTMLElement>(selector: string): T | null {
    return this.element.shadowRoot!.querySelector<T>(selector);
  }

  /** Whether this widget shows the postcode box. */
  hasBox(): boolean {
    return this.#one('input[autocomplete="postal-code"]') !== null;
  }

  /** Types `postcode` into the box and presses Enter, as a keyboard user does. */
  async find(postcode: string): Promise<void> {
    this.#one('input[autocomplete="postal-code"]')!.focus();
    await sendKeys({ type: postcode });
    await sendKeys({ press: 'Enter' });
  }

  /** Presses "Use my location". */
  async useMyLocation(): Promise<void> {
    await this.#pressButton('.place-row button[type="button"]');
  }

  /** Presses "Forget this place". */
  async forget(): Promise<void> {
    await this.#pressButton('.place-current button');
  }

  async #pressButton(selector: string): Promise<void> {
    this.#one(selector)!.focus();
    await sendKeys({ press: 'Enter' });
  }

  /** What the box says under it: a mistake, a lookup under way ('' when nothing). */
  message(): string {
    return words(this.#one('.place-message'));
  }

  /** The kind of live region the message is said from (`polite`, `status`…), or '' when it is in none. */
  messageRegion(): string {
    const region = this.#one('.place-message')?.closest('[aria-live], [role="status"], [role="alert"]');
    return region?.getAttribute('aria-live') ?? region?.getAttribute('role') ?? '';
  }

  /** Whether the box is marked as holding a mistake. */
  isInvalid(): boolean {
    return this.#one('input[autocomplete="postal-code"]')?.getAttribute('aria-invalid') === 'true';
  }

  /** The place in use beside the box: `Near SW1A 1AA Forget this place`, or ''. */
  current(): string {
    return words(this.#one('.place-current'));
  }

  /** In a widget without the box: `Near LS1 4AP · Change` or `Set a place` ('' in the widget with the box). */
  pointer(): string {
    return words(this.#one('.place-elsewhere'));
  }

  /** The accessible name of the pointer's button. */
  pointerButtonName(): string {
    const button = this.#one('.place-elsewhere button');
    return button?.getAttribute('aria-label') ?? words(button);
  }

  /** Presses the pointer's button ("Change" or "Set a place") with the keyboard. */
  async pressPointer(): Promise<void> {
    await this.#pressButton('.place-elsewhere button');
  }

  /** Whether keyboard focus is in this widget's postcode box. */
  focusIsInBox(): boolean {
    const active = this.element.shadowRoot!.activeElement;
    return document.activeElement === this.element && active?.matches('input[autocomplete="postal-code"]') === true;
  }
}

/** The element with keyboard focus, looking into shadow roots. */
export function focusedElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A keyboard-only visitor who counts every key pressed: Tabs (with Shift+Tab), each character typed,
 * and every other key (Enter, the arrows). Starts from the top of the page, nothing focused.
 */
export class CountedKeys {
  tabs = 0;
  typed = 0;
  others = 0;

  constructor() {
    (document.activeElement as HTMLElement | null)?.blur();
  }

  /** Every key pressed so far. */
  get total(): number {
    return this.tabs + this.typed + this.others;
  }

  /** Presses Tab until focus is on an element matching `selector` inside `<tag>` (or the page); at most `limit` Tabs. */
  async tabTo(selector: string, tag?: string, limit = 120): Promise<void> {
    const reached = () => {
      const active = focusedElement();
      const root = active?.getRootNode() as Partial<ShadowRoot> | undefined;
      return Boolean(active?.matches(selector) && (!tag || root?.host?.localName === tag));
    };
    while (!reached()) {
      if (this.tabs >= limit) throw new Error(`${selector} not reached in ${limit} Tabs`);
      await this.press('Tab');
    }
  }

  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      if (key === 'Tab') this.tabs++;
      else this.others++;
      await sendKeys({ press: key });
    }
  }

  /** Shift+Tab: one Tab back. */
  async back(): Promise<void> {
    this.tabs++;
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  }

  async type(text: string): Promise<void> {
    this.typed += text.length;
    await sendKeys({ type: text });
  }

  /** The words of what has focus, and the widget it is in: `lw-activity-search: Singing for the brain`. */
  focused(): string {
    const active = focusedElement();
    return active ? `${widgetOf(active)}: ${words(active)}` : '';
  }
}

/** Landmarks: elements whose role (given or native) is one of these. */
const landmarkRoles = ['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search'];

function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label;
  const ids = element.getAttribute('aria-labelledby');
  const root = element.getRootNode() as Document | ShadowRoot;
  return ids
    ? ids
        .split(/\s+/)
        .map((id) => words(root.getElementById(id)))
        .join(' ')
    : '';
}

function landmarkRole(element: Element): string | undefined {
  const role = element.getAttribute('role');
  if (role) return landmarkRoles.includes(role) ? role : undefined;
  const named = nameOf(element) !== '';
  const native: Record<string, string | undefined> = {
    main: 'main',
    nav: 'navigation',
    aside: 'complementary',
    section: named ? 'region' : undefined,
    form: named ? 'form' : undefined,
  };
  return native[element.localName];
}

/** Every landmark below `root` (into shadow roots): `role "name"`, with the widget it is in. */
export function landmarksIn(root: ParentNode): { widget: string; landmark: string }[] {
  return deepElements(root)
    .filter((element) => landmarkRole(element))
    .map((element) => ({ widget: widgetOf(element), landmark: `${landmarkRole(element)} "${nameOf(element)}"` }));
}

export class FeedPage {
  constructor(readonly root: HTMLElement) {}

  /** The page's `<lw-feed>`. */
  get feed(): LwFeed {
    return this.root.querySelector('lw-feed')!;
  }

  /** An empty page in language `lang`, to listen to before anything is on it. */
  static async blank(lang = 'en-GB'): Promise<FeedPage> {
    return new FeedPage(await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`));
  }

  /**
   * A page holding `markup` (one `<lw-feed>` with its widgets, written as a webmaster would) in language `lang`,
   * asking the fake postcode service at `geocoder` when given, once the feed has loaded or failed and the widgets
   * have drawn it.
   */
  static async open(markup: string, lang = 'en-GB', geocoder?: string): Promise<FeedPage> {
    const page = await FeedPage.blank(lang);
    await page.put(markup, geocoder);
    return page;
  }

  /** Puts `markup` on the page, as {@link open} does. */
  async put(markup: string, geocoder?: string): Promise<void> {
    this.root.innerHTML = markup;
    if (geocoder) this.feed.geocoder = postcodesIo(geocoder);
    await this.settled();
  }

  /** Waits until the feed (or each widget's own) has loaded or failed, and every widget has drawn it. */
  async settled(): Promise<void> {
    const widgets = this.#widgets();
    const feedSettled = () =>
      this.feed
        ? this.feed.store.state.status !== 'loading'
        : widgets.every((widget) => !widget.shadowRoot?.querySelector('[aria-busy="true"]'));
    await waitUntil(feedSettled, 'the feed never settled', { timeout: 10000 });
    for (const element of [...(this.feed ? [this.feed] : []), ...widgets]) await element.updateComplete;
  }

  #widgets(): (HTMLElement & { updateComplete: Promise<unknown> })[] {
    return [...this.root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('*')].filter(
      (element) => element.localName.startsWith('lw-') && !['lw-feed', 'lw-source'].includes(element.localName),
    );
  }

  /** The `index`th widget of tag `tag`. */
  widget(tag: string, index = 0): HTMLElement & { updateComplete: Promise<unknown> } {
    const found = this.root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(tag)[index];
    if (!found) throw new Error(`no <${tag}> number ${index + 1} on the page`);
    return found;
  }

  /** The place box (or the pointer to it) of a widget. */
  place(tag: string, index = 0): PlaceBoxHarness {
    return new PlaceBoxHarness(this.widget(tag, index));
  }

  /** The widgets that show a postcode box, by tag, in page order. */
  placeBoxes(): string[] {
    return deepElements(this.root)
      .filter((element) => element.matches('input[autocomplete="postal-code"]'))
      .map(widgetOf);
  }

  /** Every alert region on the page (said at once, interrupting): `widget: words` ('' when it is silent). */
  alerts(): string[] {
    return deepElements(this.root)
      .filter((element) => element.getAttribute('role') === 'alert')
      .map((element) => `${widgetOf(element)}: ${words(element)}`);
  }

  /** The feed notices shown on screen, by widget: `widget: words`. */
  notices(): string[] {
    return deepElements(this.root)
      .filter((element) => element.matches('[part="status"].notice'))
      .map((element) => `${widgetOf(element)}: ${words(element)}`);
  }

  /** Presses "Try again" in the feed notice of `tag`. */
  async tryAgain(tag: string): Promise<void> {
    const button = this.widget(tag).shadowRoot!.querySelector<HTMLElement>('[part="status"].notice button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
  }

  /** Starts listening as a screen reader does. */
  listen(): Announcements {
    return new Announcements(this.root);
  }

  /** The landmarks on the page, with the widget each is in. */
  landmarks(): { widget: string; landmark: string }[] {
    return landmarksIn(this.root);
  }
}
