import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatDate } from '../../i18n/format.js';
import { isIncomplete } from '../../store/selectors.js';
import type { State } from '../../store/state.js';
import type { LinkworkStore } from '../../store/store.js';

/** Why the feed failed, in the visitor's words; undefined while it has not. */
export function failureWords(state: State, msg: Catalogue): string | undefined {
  if (state.status !== 'error') return undefined;
  if (state.error?.permanent) return msg.feedUnavailable;
  return state.error?.kind === 'timeout' ? msg.feedFailedTimeout : msg.feedFailed;
}

/** What to say about a feed that loaded with a gap: an older copy, or a part missing; undefined when whole. */
export function gapWords(state: State, msg: Catalogue, locale: string): string | undefined {
  if (state.status === 'ready' && state.staleSince) return msg.staleSince(formatDate(locale, state.staleSince));
  if (isIncomplete(state)) return msg.feedPartial;
  return undefined;
}

/**
 * The two live regions that say how the feed went: a failure (an alert) and a gap (politely). They are in the page
 * from the start, empty, so a screen reader hears each message once, when it comes.
 */
export function feedAnnouncements(state: State, msg: Catalogue, locale: string) {
  return html`<p class="visually-hidden" role="alert">${failureWords(state, msg)}</p>
    <p class="visually-hidden" role="status">${gapWords(state, msg, locale)}</p>`;
}

/**
 * What every widget says about its feed: why it failed (with a way to try again when that may help), that what
 * it shows is an older copy, or that part of it could not be loaded. Nothing while all is well; loading is each
 * widget's own skeleton. Inside an `<lw-feed>`, the feed announces these once for the page, so the widgets only
 * show them; a widget on its own announces them itself.
 */
export function feedStatus(state: State, store: LinkworkStore | undefined, msg: Catalogue, locale: string) {
  const announces = !store?.announcedByFeed;
  const failure = failureWords(state, msg);
  const gap = gapWords(state, msg, locale);
  // A widget that announces its own feed has the words in its live regions already: the notice shows them to the
  // eye only, so a screen reader reads them once.
  const hidden = announces ? 'true' : undefined;
  // Trying again will not help (a wrong address, a file that is not a feed): say so, and offer nothing.
  const notice = failure
    ? html`<div part="status" class="notice">
        <p aria-hidden=${ifDefined(hidden)}>${failure}</p>
        ${
          state.error?.permanent
            ? nothing
            : html`<button type="button" part="button" @click=${() => store?.reload()}>${msg.tryAgain}</button>`
        }
      </div>`
    : gap
      ? html`<p part="status" class="notice" aria-hidden=${ifDefined(hidden)}>${gap}</p>`
      : nothing;
  return html`${announces ? feedAnnouncements(state, msg, locale) : nothing}${notice}`;
}
