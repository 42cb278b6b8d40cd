import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController } from '../../controllers/store-controller.js';
import { audiences, resourceTypes, type Audience, type Resource, type ResourceType } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatList } from '../../i18n/format.js';
import { resourceListWords } from '../../i18n/resource-list-words.js';
import { findResources, groupByType, type ResourceResults } from '../../search/resources.js';
import { baseStyles } from '../../styles/base.styles.js';
import { followHostFont } from '../../styles/host-font.js';
import { printStyles } from '../../styles/print.styles.js';
import { choose } from '../shared/choose.js';
import { countPauseMs } from '../shared/count-pause.js';
import { feedStatus } from '../shared/feed-status.js';
import { resourceCard } from './resource-card.js';
import { resourceFilters, type ResourceChoice } from './resource-filters.js';
import { resourceListStyles } from './resource-list.styles.js';
import { audienceInSentence, resourceWords, typeLabel } from './resource-words.js';

/** The words of a space- or comma-separated attribute that are among `allowed`; others are named in the console. */
function wordsOf<T extends string>(attribute: string, value: string | undefined, allowed: readonly T[]): T[] {
  const words = (value ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = words.filter((word) => !(allowed as readonly string[]).includes(word));
  if (unknown.length)
    console.warn(`Linkwork: <lw-resource-list ${attribute}> ignores ${unknown.join(', ')}; use ${allowed.join(', ')}.`);
  return words.filter((word): word is T => (allowed as readonly string[]).includes(word));
}

/**
 * Resources from the feed (portals, webinars, guides, networks and organisations), grouped by type,
 * with a search box and type and audience filters. Each resource shows its badges (registration
 * required, national), who it is for and a description; its link opens it.
 *
 * @tagname lw-resource-list
 * @summary Resources grouped by type, searchable and filterable by type and audience.
 *
 * @attr color-scheme - `auto` follows the visitor's light or dark setting; `dark` or `light` fixes one (light when unset, or as the `<lw-feed>` around it says).
 * @fires {SelectEvent} lw-select - The visitor opened a resource (by mouse or keyboard): `kind` is `resource`, `id` its id and `record` the resource. Cancelling it stops the link, so the page can show the resource its own way.
 *
 * @csspart base - The widget's box.
 * @csspart controls - The search box and filters: the widget's one landmark (a search), named by `label`.
 * @csspart input - The search box.
 * @csspart filters - The type and audience choices (a fold-away `<details>` in the compact layout).
 * @csspart filter - One group of choices: types, or audiences.
 * @csspart count - The number of resources shown, also announced to screen readers.
 * @csspart group - The resources of one type, with their heading.
 * @csspart group-heading - The heading of a group: `Guides`.
 * @csspart list - The list of one group's resources.
 * @csspart item - One resource.
 * @csspart link - A resource's title, linking to it.
 * @csspart badge - A badge: `Registration required`, `National`.
 * @csspart status - A message about the feed: failed (with a retry button), or an older copy.
 * @csspart button - Buttons: try again, show all resources.
 *
 * @cssprop [--lw-resource-list-card-width=16rem] - The narrowest a card may be before the cards layout puts fewer in a row.
 */
export class LwResourceList extends LitElement {
  static override styles = [baseStyles, resourceListStyles, printStyles];

  /** A feed URL of the widget's own; without it the widget shows the feed of the `<lw-feed>` around it. */
  @property({ reflect: true }) src?: string;

  /** With its own `src`: do not keep a copy of the feed in the browser's storage. */
  @property({ type: Boolean, attribute: 'no-cache' }) noCache = false;

  /** With its own `src`: stop reading a feed larger than this many bytes (default 50 MB). */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes?: number;

  /**
   * Show only these types at first: any of `portal`, `webinar`, `guide`, `network`, `organisation`,
   * separated by spaces. The visitor can change the choice with the type checkboxes.
   */
  @property({ reflect: true }) type?: string;

  /**
   * Show only resources for these audiences at first: any of `cultural-organisations`, `link-workers`,
   * `public`, separated by spaces (resources naming no audience are for everyone). The visitor can change it.
   */
  @property({ reflect: true }) audience?: string;

  /** `cards` (a grid, for full pages) or `compact` (one column, filters folded away, for sidebars). */
  @property({ reflect: true }) layout: 'cards' | 'compact' = 'cards';

  /**
   * The name of the widget's search landmark, for a page with more than one list. By default `Resources`, or what
   * `type` and `audience` choose: `Guides for link workers`.
   */
  @property({ reflect: true }) label?: string;

  /** The heading level of the group headings (`Portals`, `Guides`…), to fit the page's outline (default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  readonly #store = new StoreController(this);
  readonly #locale = new LocaleController(this, resourceListWords);
  #choice: ResourceChoice = { query: '', types: [], audiences: [] };
  /** The types and audiences the page chose with `type` and `audience`. */
  #presets: Pick<ResourceChoice, 'types' | 'audiences'> = { types: [], audiences: [] };
  /** Whether the last change was typing (its count waits for a pause) rather than a choice (said at once). */
  #typed = false;
  #announced = '';
  /** Whether the status shows a count (rather than loading, or nothing). */
  #counting = false;
  #announceTimer?: ReturnType<typeof setTimeout>;
  #hadFocus = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type') || changed.has('audience')) {
      this.#presets = {
        types: wordsOf<ResourceType>('type', this.type, resourceTypes),
        audiences: wordsOf<Audience>('audience', this.audience, audiences),
      };
      this.#choice = { ...this.#choice, ...this.#presets };
    }
    this.#hadFocus = this.shadowRoot?.activeElement != null;
  }

  override updated(): void {
    // Whatever had focus went away (a retry or "show all" button): keep focus in the widget.
    if (this.#hadFocus && this.shadowRoot!.activeElement === null) {
      const root = this.renderRoot;
      (root.querySelector<HTMLElement>('#resource-query') ?? root.querySelector<HTMLElement>('[part="base"]'))?.focus();
    }
  }

  /** The visitor changed the search (`typed`: in the search box, so the count waits for typing to pause). */
  #choose(choice: ResourceChoice, typed = false): void {
    this.#choice = choice;
    this.#typed = typed;
    this.requestUpdate();
  }

  /** Escape folds away the open filters (or any open details) the focus is in, and leaves focus on its summary. */
  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    const details = event.composedPath().find((node): node is HTMLDetailsElement => node instanceof HTMLDetailsElement);
    if (!details?.open) return;
    event.preventDefault();
    details.open = false;
    details.querySelector('summary')?.focus();
  }

  /** The landmark's name: the page's `label`, else what the presets show ("Guides for link workers"), else "Resources". */
  #landmarkName(msg: Catalogue): string {
    if (this.label?.trim()) return this.label.trim();
    const { types, audiences } = this.#presets;
    const intl = this.#locale.intl;
    const what = types.length
      ? formatList(
          intl,
          types.map((type) => typeLabel(msg, type)),
        )
      : msg.resourcesLabel;
    return audiences.length
      ? msg.resourcesFor(
          what,
          formatList(
            intl,
            audiences.map((audience) => audienceInSentence(msg, audience)),
          ),
        )
      : what;
  }

  /** The visitor followed a resource's link; false when the page cancelled `lw-select` (the link is then not followed). */
  #open(resource: Resource): boolean {
    return choose(this, this.#store.store, 'resource', resource);
  }

  /** Says `message` in the status region: at once, or once typing pauses (`afterPause`). */
  #announce(message: string, afterPause: boolean): void {
    clearTimeout(this.#announceTimer);
    if (!afterPause) this.#announced = message;
    else if (message !== this.#announced) {
      this.#announceTimer = setTimeout(() => {
        this.#announced = message;
        this.requestUpdate();
      }, countPauseMs);
    }
  }

  override render() {
    const msg = this.#locale.msg;
    const state = this.#store.state;
    const loading = state.status === 'loading';
    const ready = state.status === 'ready';
    const total = state.feed.resources.length;
    const results = ready && total > 0 ? findResources(state.feed, resourceWords(msg), this.#choice) : undefined;
    // The first count after loading is said at once, and so is a choice; after typing, the count waits for a pause.
    if (results) this.#announce(msg.resourcesShown(results.resources.length, total), this.#counting && this.#typed);
    else this.#announce(loading ? msg.feedLoading : ready ? msg.noResourcesInFeed : '', false);
    this.#counting = results !== undefined;
    return html`<div
      part="base"
      class="base ${this.layout}"
      aria-busy=${loading ? 'true' : 'false'}
      tabindex="-1"
      @keydown=${this.#onKeydown}
    >
      ${feedStatus(state, this.#store.store, msg, this.#locale.intl)}
      ${
        results
          ? resourceFilters({
              msg,
              name: this.#landmarkName(msg),
              choice: this.#choice,
              results,
              compact: this.layout === 'compact',
              onChange: (choice, typed) => this.#choose(choice, typed),
            })
          : nothing
      }
      <p part="count" class="count ${loading ? 'visually-hidden' : ''}" role="status">${this.#announced}</p>
      ${loading ? this.#skeleton(msg) : nothing} ${results ? this.#results(msg, results) : nothing}
    </div>`;
  }

  /**
   * The loading state, with its words shown here rather than in the count: the filters arrive above the count, and
   * a count that had words in sight would be pushed down by them (a layout shift); the skeleton is taken away instead.
   */
  #skeleton(msg: Catalogue) {
    return html`<div class="skeleton" aria-hidden="true">
      <p class="count">${msg.feedLoading}</p>
      ${[0, 1, 2, 3].map(() => html`<div class="skeleton-card"></div>`)}
    </div>`;
  }

  #results(msg: Catalogue, results: ResourceResults) {
    if (results.resources.length === 0) return this.#empty(msg);
    return html`${results.partial ? html`<p class="muted partial">${msg.resourcesPartial}</p>` : nothing}${this.#groups(msg, results)}`;
  }

  #groups(msg: Catalogue, results: ResourceResults) {
    const context = {
      msg,
      intl: this.#locale.intl,
      matched: results.matched,
      onOpen: (resource: Resource) => this.#open(resource),
    };
    return groupByType(results.resources).map(
      ({ type, resources }) =>
        html`<div part="group" class="group">
          <p
            part="group-heading"
            class="group-heading"
            role="heading"
            aria-level=${Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3))}
          >
            ${typeLabel(msg, type)}
          </p>
          <ul part="list" class="resources">
            ${resources.map((resource) => resourceCard(resource, context))}
          </ul>
        </div>`,
    );
  }

  #empty(msg: Catalogue) {
    return html`<div class="notice empty">
      <p>${msg.noResourcesMatch}</p>
      <p>${msg.noResourcesWaysOut}</p>
      <button type="button" part="button" @click=${() => this.#choose({ query: '', types: [], audiences: [] })}>
        ${msg.showAllResources}
      </button>
    </div>`;
  }
}

LwResourceList.addInitializer(followHostFont);
