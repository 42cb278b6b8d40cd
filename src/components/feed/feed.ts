import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { storeContext } from '../../context/store-context.js';
import { FeedLoader } from '../../controllers/feed-loader.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { CategoryMap } from '../../feed/adapters/categories.js';
import { FeedError } from '../../feed/errors.js';
import type { FeedSourceSpec } from '../../feed/sources.js';
import type { Geocoder } from '../../geo/geocoder.js';
import { LinkworkStore } from '../../store/store.js';
import { baseStyles } from '../../styles/base.styles.js';
import { followHostFont } from '../../styles/host-font.js';
import { failureWords, gapWords } from '../shared/feed-status.js';
import { feedStyles } from './feed.styles.js';

function parseInline(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return new FeedError('not-json', 'The feed inside <lw-feed> is not valid JSON.');
  }
}

/**
 * Loads one feed, validates it, and shares it with every Linkwork widget inside, so a search,
 * a map and a list on one page stay in step.
 *
 * Besides its own `src`, it reads every `<lw-source src="…" format="…">` element directly inside it, so
 * a council's Open Referral UK API and a leisure provider's OpenActive feed can show as one list: the
 * sources are joined in order, and an activity found in two of them shows once.
 *
 * @tagname lw-feed
 * @summary Loads and shares one feed with the widgets inside it. Invisible itself.
 *
 * @attr color-scheme - `auto` follows the visitor's light or dark setting; `dark` or `light` fixes one (light when unset). On `<lw-feed>`, it reaches every widget inside.
 * @slot - The widgets that show the feed; optionally `<lw-source>` elements naming more sources, or a `<script type="application/json">` holding the feed itself.
 *
 * @fires {FeedLoadEvent} lw-feed-load - The feed was loaded and validated: `counts` of each kind of record, `problems` (dropped records and mended or removed fields, with reasons; counted in `droppedRecords` and `changedFields`), `staleSince` when an older copy is shown, `partial` for sources read only in part.
 * @fires {FeedErrorEvent} lw-feed-error - The feed could not be loaded: `reason` is `network`, `timeout`, `http`, `not-json`, `invalid` or `too-large`.
 *
 * @csspart status - The short message shown when loading fails and no widget inside shows it. A failure is announced
 * once, by this element, however many widgets show it.
 */
export class LwFeed extends LitElement {
  static override styles = [baseStyles, feedStyles];

  /** The URL of the feed. */
  @property({ reflect: true }) src?: string;

  /**
   * What `src` is: `linkwork` (our own feed), `openreferral` (an Open Referral UK services API, either
   * shape) or `openactive` (an OpenActive RPDE feed). Without it, the format is told from the first page;
   * a format that does not match the feed is an error that says what the feed looks like.
   */
  @property({ reflect: true }) format?: string;

  /**
   * `remote`: `src` is a large Open Referral UK API searched where it lives: one page on load, then one
   * request per settled search, and "Show more" reads the next page. Also on `<lw-source>`.
   */
  @property({ reflect: true }) search?: string;

  /** The most pages to read from one paged source (an ORUK API or an RPDE feed). */
  @property({ type: Number, attribute: 'max-pages' }) maxPages = 50;

  /**
   * Foreign category labels → Linkwork category ids, e.g. `{ "Arts / Crafts": "arts" }`. Wins over a
   * `categoryMap` inside a Linkwork feed and over the built-in words; unmapped labels keep their own name.
   */
  @property({ attribute: false }) categoryMap?: CategoryMap;

  /** The feed itself, as an object; wins over `src` and inline JSON. */
  @property({ attribute: false }) feed?: unknown;

  /** Do not keep a copy of the feed in the browser's storage to fall back on. */
  @property({ type: Boolean, attribute: 'no-cache' }) noCache = false;

  /** Give up on the feed server after this many seconds. */
  @property({ type: Number }) timeout = 10;

  /** Stop reading a feed larger than this many bytes (default 50 MB), with a clear message. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /**
   * How the widgets inside turn a postcode into a place: a function from postcode to `{ lat, lng, label }`
   * (or `undefined` when unknown). Defaults to postcodes.io; give your own to use another service.
   */
  get geocoder(): Geocoder {
    return this.store.geocoder;
  }
  set geocoder(geocoder: Geocoder) {
    this.store.geocoder = geocoder;
  }

  /** The store shared with the widgets inside; this element announces its failures for all of them. */
  readonly store = Object.assign(new LinkworkStore(), { announcedByFeed: true });

  readonly #locale = new LocaleController(this);
  readonly #loader = new FeedLoader(this, this.store, () => this.#source());

  // <lw-source> elements added, removed or changed: load again.
  readonly #children = new MutationObserver(() => this.requestUpdate());

  constructor() {
    super();
    new ContextProvider(this, { context: storeContext, initialValue: this.store });
    this.store.subscribe(() => this.requestUpdate());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#children.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['src', 'format', 'search'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#children.disconnect();
  }

  /** Loads the feed again. */
  reload(): Promise<void> {
    return this.#loader.load();
  }

  #source() {
    return {
      src: this.src,
      format: this.format,
      search: this.search,
      sources: this.#sourceElements(),
      json: this.feed ?? this.#inlineJson(),
      noCache: this.noCache,
      timeoutMs: this.timeout * 1000,
      maxBytes: this.maxBytes,
      maxPages: this.maxPages,
      categoryMap: this.categoryMap,
      categoryNames: this.#locale.msg,
    };
  }

  #sourceElements(): FeedSourceSpec[] {
    return [...this.querySelectorAll(':scope > lw-source[src]')].map((source) => ({
      url: source.getAttribute('src')!,
      ...(source.hasAttribute('format') ? { format: source.getAttribute('format')! } : {}),
      ...(source.hasAttribute('search') ? { search: source.getAttribute('search')! } : {}),
    }));
  }

  #inline?: { text: string; json: unknown };

  /** The feed written inside the element, parsed once per change of its text. */
  #inlineJson(): unknown {
    const text = this.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (text === undefined || text === null) return undefined;
    if (this.#inline?.text !== text) this.#inline = { text, json: parseInline(text) };
    return this.#inline.json;
  }

  override render() {
    const msg = this.#locale.msg;
    const failure = failureWords(this.store.state, msg);
    // Widgets inside show the failure, and this element says it once for all. Without any widget it must also be
    // shown here: then the alert itself becomes the visible notice, so the words are there (and read) once.
    const shown = failure !== undefined && this.store.viewCount === 0;
    const notice = shown ? 'notice' : 'visually-hidden';
    const gap = gapWords(this.store.state, msg, this.#locale.intl);
    return html`<slot></slot>
      <p class=${notice} part=${ifDefined(shown ? 'status' : undefined)} role="alert">${failure}</p>
      <p class="visually-hidden" role="status">${gap}</p>`;
  }
}

LwFeed.addInitializer(followHostFont);

/**
 * One more source for the `<lw-feed>` it sits directly inside: that element reads these attributes and joins the
 * sources in order (an activity found in two of them shows once). Not a defined element: it renders nothing and has
 * no properties, so set its attributes.
 *
 * @tagname lw-source
 * @summary One more feed for the `<lw-feed>` around it, e.g. a council's Open Referral UK API. Invisible itself.
 *
 * @attr src - The URL of the source (required: an `<lw-source>` without `src` is skipped).
 * @attr {'linkwork' | 'openreferral' | 'openactive'} format - What the source is: `linkwork` (our own feed), `openreferral` (an Open Referral UK services API) or `openactive` (an OpenActive RPDE feed). Without it, the format is told from the first page.
 * @attr {'remote'} search - `remote`: the source is a large Open Referral UK API searched where it lives, a page at a time.
 */
export declare class LwSource extends HTMLElement {}
