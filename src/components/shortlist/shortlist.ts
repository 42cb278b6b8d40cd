import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { StoreController, type FeedWidget } from '../../controllers/store-controller.js';
import { ShortlistChangeEvent } from '../../events/shortlist-change-event.js';
import { formatDate } from '../../i18n/format.js';
import { shortlistCatalogue, type ShortlistCatalogue } from '../../i18n/shortlist-words.js';
import { nations, type Nation } from '../../schedule/bank-holidays.js';
import { defaultStaleAfterMonths } from '../../schedule/freshness.js';
import { calendarFileName } from '../../schedule/ics.js';
import { visitorNation } from '../../schedule/nation.js';
import { maxSaved } from '../../store/saved.js';
import { baseStyles } from '../../styles/base.styles.js';
import { followHostFont } from '../../styles/host-font.js';
import { printStyles } from '../../styles/print.styles.js';
import { feedStatus } from '../shared/feed-status.js';
import { type FactsContext } from './activity-facts.js';
import { activityPlan } from './activity-plan.js';
import { downloadCalendar } from './calendar-file.js';
import { ListNote } from './list-note.js';
import { planStyles } from './plan.styles.js';
import { SavedEntries } from './saved-entries.js';
import { entryTitle, savedItem, type SavedEntry } from './saved-item.js';
import { SavedListStorage } from './saved-list-storage.js';
import { ShareActions } from './share-actions.js';
import { shareUrl } from './share-link.js';
import { emailHref, smsHref } from './share-message.js';
import { sharePanel } from './share-panel.js';
import { shortlistStyles } from './shortlist.styles.js';

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The activities a visitor (or a link worker, for them) saved: each with its next dates, place, cost and
 * contact; a note; a link, an email and a text message to pass the list on; a QR code; and a printed
 * activity plan. Kept only in the browser (`sessionStorage`, or `localStorage` with `remember`), and
 * never sent anywhere: a shared link carries the activities' ids, never the note.
 *
 * @tagname lw-shortlist
 * @summary The visitor's saved activities, with a note, a share link, email, text message, QR code and a printed plan.
 *
 * @attr color-scheme - `auto` follows the visitor's light or dark setting; `dark` or `light` fixes one (light when unset, or as the `<lw-feed>` around it says).
 * @fires {ShortlistChangeEvent} lw-shortlist-change - The saved activities changed (added, removed, started again, or read from storage or a shared link at start): `ids`, `count`.
 *
 * @csspart base - The widget's box.
 * @csspart heading - The heading, "My list", with the count.
 * @csspart count - How many activities are on the list.
 * @csspart list - The list of saved activities.
 * @csspart item - One saved activity (or one no longer listed).
 * @csspart link - A contact link of an activity (phone, email, website).
 * @csspart button - Buttons: remove, add to calendar, undo, start again, copy, email, text message, QR code, print, try again.
 * @csspart remove - The button that takes one activity off the list.
 * @csspart calendar - The "Add to calendar" button of an activity (it downloads an `.ics` file).
 * @csspart print - The "Print this list" button.
 * @csspart note - The note's text box.
 * @csspart share - The "Share this list" panel.
 * @csspart input - The share link's box.
 * @csspart qr - The QR code that opens the list.
 * @csspart empty - What is shown while nothing is saved.
 * @csspart plan - The printed activity plan (shown only in print).
 * @csspart status - A message about the feed: failed (with a retry button), or an older copy.
 */
export class LwShortlist extends LitElement implements FeedWidget {
  static override styles = [baseStyles, planStyles, shortlistStyles, printStyles];

  /** A feed URL of the widget's own; without it the widget shows the list of the `<lw-feed>` around it. */
  @property({ reflect: true }) src?: string;

  /** With its own `src`: do not keep a copy of the feed in the browser's storage. */
  @property({ type: Boolean, attribute: 'no-cache' }) noCache = false;

  /** Keep the list in `localStorage`, so it is still there next time; by default it lasts until the browser closes (right for shared computers). */
  @property({ type: Boolean }) remember = false;

  /** The start of the list parameter's name in shared links (`lw-` gives `?lw-list=…`). */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'lw-';

  /** Whose bank holidays apply when neither an activity's postcode nor the visitor's says: `england-and-wales` (default), `scotland` or `northern-ireland`. */
  @property() nation?: string;

  /** Months after which an activity's last update is called out of date ("check before you go"); default 12. */
  @property({ type: Number, attribute: 'stale-after' }) staleAfter = defaultStaleAfterMonths;

  /** The level of the widget's heading, to fit the page's outline (default 2; activities are one below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  readonly #store = new StoreController(this);
  readonly #locale = new LocaleController(this);
  readonly #storage = new SavedListStorage(this, {
    remember: () => this.remember,
    feedAddress: () => this.src ?? this.closest('lw-feed')?.getAttribute('src') ?? '',
    urlPrefix: () => this.urlPrefix,
    onLinkProblems: (problems) => (this.#linkProblems = problems),
  });

  readonly #note = new ListNote(this, () => this.#store.store);
  readonly #sharing = new ShareActions(this, {
    shareUrl: () => this.shareUrl,
    msg: () => this.#msg,
    lang: () => (this.#locale.locale === 'cy' ? 'cy' : 'en-GB'),
    say: (message) => this.#say(message),
    keepNote: () => this.#note.keep(),
  });

  #linkProblems?: { unreadable: number; overflow: number };
  #announced = '';
  #undo?: { saved: readonly string[]; note: string; message: string; after: readonly string[] };
  #reported: readonly string[] = [];
  #focusAfterRemove?: number;
  #focusUndo = false;
  readonly #saved = new SavedEntries();

  /** The words of the page's language, the shortlist's own included. */
  get #msg(): ShortlistCatalogue {
    return shortlistCatalogue(this.#locale.locale);
  }

  /** Whether the feed is in: only then is a saved activity the feed lacks "no longer listed". */
  get #feedIn(): boolean {
    return this.#store.state.status === 'ready';
  }

  /** How many activities are on the list. */
  get count(): number {
    return this.#store.state.saved.length;
  }

  /** The ids of the saved activities, in the order they were saved. */
  get saved(): readonly string[] {
    return this.#store.state.saved;
  }

  /** The page's address with the list in it: opening it shows the same list on any device. */
  get shareUrl(): string {
    return shareUrl(location.href, this.urlPrefix, this.saved);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const store = this.#store.store;
    if (store) this.#storage.attach(store);
    if (this.#undo && this.#undo.after !== this.#store.state.saved) this.#undo = undefined;
    if (changed.has('nation') && this.nation && !(nations as readonly string[]).includes(this.nation))
      console.warn(`Linkwork: <lw-shortlist nation> ignores "${this.nation}"; use ${nations.join(', ')}.`);
  }

  protected override updated(): void {
    const saved = this.#store.state.saved;
    if (!sameIds(saved, this.#reported)) {
      this.#reported = saved;
      // Made apart from dispatchEvent, or the manifest's analyser would take the id list for the event's name.
      const change = new ShortlistChangeEvent(saved);
      this.dispatchEvent(change);
    }
    if (this.#focusAfterRemove !== undefined) {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('[part~="remove"]')];
      const target = buttons[Math.min(this.#focusAfterRemove, buttons.length - 1)];
      (target ?? this.renderRoot.querySelector<HTMLElement>('[part="base"]'))?.focus();
      this.#focusAfterRemove = undefined;
    }
    if (this.#focusUndo) {
      this.renderRoot.querySelector<HTMLElement>('.undo button')?.focus();
      this.#focusUndo = false;
    }
  }

  get #nation(): Nation {
    return visitorNation(this.#store.state.place, this.nation);
  }

  #factsContext(now: Date): FactsContext {
    const months = Number.isFinite(this.staleAfter) && this.staleAfter >= 1 ? this.staleAfter : defaultStaleAfterMonths;
    return {
      msg: this.#msg,
      tag: this.#locale.intl,
      now,
      nation: this.#nation,
      feedRule: this.#store.state.feed.bankHolidays,
      staleAfterMonths: months,
    };
  }

  /** What each saved id stands for now. */
  #entries(): SavedEntry[] {
    return this.#saved.entries(this.#store.state, this.#factsContext(new Date()), (id) => this.#storage.titleOf(id));
  }

  #say(message: string): void {
    this.#announced = message;
    this.requestUpdate();
  }

  #remove(entry: SavedEntry, index: number): void {
    const store = this.#store.store;
    if (!store) return;
    const before = { saved: store.state.saved, note: store.state.listNote };
    store.unsave(entry.id);
    const message = this.#msg.removed(entryTitle(entry, index, this.#feedIn, this.#msg));
    this.#undo = { ...before, message, after: store.state.saved };
    this.#focusAfterRemove = index;
    this.#say(message);
  }

  #startAgain(): void {
    const store = this.#store.store;
    if (!store) return;
    this.#note.keep();
    const before = { saved: store.state.saved, note: store.state.listNote };
    store.setSaved([]);
    store.setListNote('');
    this.#undo = { ...before, message: this.#msg.startedAgain, after: store.state.saved };
    this.#sharing.hideQr();
    this.#focusUndo = true;
    this.#say(this.#msg.startedAgain);
  }

  #restore(): void {
    const store = this.#store.store;
    const undo = this.#undo;
    if (!store || !undo) return;
    this.#undo = undefined;
    store.setSaved(undo.saved);
    store.setListNote(undo.note);
    this.#note.forget();
    this.#focusAfterRemove = 0;
    this.#say(this.#msg.undone);
  }

  override render() {
    const msg = this.#msg;
    const state = this.#store.state;
    const entries = this.#entries();
    const loading = state.status === 'loading' && entries.length > 0;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div part="base" class="base" tabindex="-1" aria-busy=${loading ? 'true' : 'false'}>
      <div class="screen">
        <p part="heading" class="heading" role="heading" aria-level=${level}>
          ${msg.shortlistHeading}
          ${entries.length ? html`<span part="count" class="badge"><span aria-hidden="true">${entries.length}</span> <span class="visually-hidden">${msg.savedCount(entries.length)}</span></span>` : nothing}
        </p>
        <p class="visually-hidden" role="status">${this.#announced}</p>
        ${entries.length ? feedStatus(state, this.#store.store, msg, this.#locale.intl) : nothing}
        ${this.#linkProblems ? this.#linkNotice(msg) : nothing}
        ${this.#undo ? this.#undoNotice(msg, this.#undo.message) : nothing}
        ${
          loading
            ? html`<p class="muted">${msg.shortlistLoading}</p>
                <div class="skeleton" aria-hidden="true"></div>`
            : nothing
        }
        ${!loading && entries.length ? this.#list(msg, entries, level) : nothing}
        ${
          entries.length === 0
            ? html`<div part="empty" class="empty">
                <p>${msg.shortlistEmpty}</p>
                <p class="muted">${msg.shortlistEmptyHint}</p>
              </div>`
            : nothing
        }
        ${entries.length ? this.#note.render(msg) : nothing}
        ${entries.length ? this.#share(msg, entries, level) : nothing}
        ${entries.length ? html`<p class="start-again"><button type="button" part="button" @click=${() => this.#startAgain()}>${msg.startAgain}</button></p>` : nothing}
      </div>
      ${entries.length ? this.#plan(msg, entries) : nothing}
    </div>`;
  }

  #list(msg: ShortlistCatalogue, entries: SavedEntry[], level: number) {
    const context = {
      msg,
      headingLevel: level,
      ready: this.#feedIn,
      onRemove: (entry: SavedEntry) => this.#remove(entry, entries.indexOf(entry)),
      onCalendar: (entry: SavedEntry) =>
        downloadCalendar(this.shadowRoot!, entry.calendar!, calendarFileName(entry.activity!)),
    };
    return html`<ol part="list" class="items">
        ${entries.map((entry, position) => savedItem(entry, position, context))}
      </ol>
      ${entries.length >= maxSaved ? html`<p class="muted">${msg.listFull(maxSaved)}</p>` : nothing}`;
  }

  #linkNotice(msg: ShortlistCatalogue) {
    const { unreadable, overflow } = this.#linkProblems!;
    return html`<div class="notice" role="status">
      ${unreadable ? html`<p>${msg.linkUnreadable(unreadable)}</p>` : nothing}
      ${overflow ? html`<p>${msg.linkOverflow(overflow)}</p>` : nothing}
    </div>`;
  }

  #undoNotice(msg: ShortlistCatalogue, message: string) {
    return html`<div class="notice undo">
      <p>${message}</p>
      <button type="button" part="button" @click=${() => this.#restore()}>${msg.undo}</button>
    </div>`;
  }

  #share(msg: ShortlistCatalogue, entries: SavedEntry[], level: number) {
    const url = this.shareUrl;
    return sharePanel({
      msg,
      headingLevel: level,
      shareUrl: url,
      emailHref: emailHref(msg, entries, this.#note.text, url, this.#feedIn),
      smsHref: smsHref(msg, url),
      ...this.#sharing.panel,
    });
  }

  #plan(msg: ShortlistCatalogue, entries: SavedEntry[]) {
    const { feed } = this.#store.state;
    const url = this.shareUrl;
    return activityPlan(entries, {
      msg,
      publisher: feed.publisher?.name ?? feed.title,
      date: formatDate(this.#locale.intl, new Date(), { weekday: true, year: true }),
      note: this.#note.text,
      shareUrl: url,
      qrCode: this.#sharing.codeFor(url),
    });
  }
}

LwShortlist.addInitializer(followHostFont);
