import { html, nothing } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import { formatDate } from '../../i18n/format.js';
import { isIncomplete } from '../../store/selectors.js';
import type { State } from '../../store/state.js';
import type { LinkworkStore } from '../../store/store.js';

/**
 * What every widget says about its feed: why it failed (with a way to try again when that may help), that what
 * it shows is an older copy, or that part of it could not be
 * loaded. Nothing while all is well; loading is each widget's own skeleton.
 */
export function feedStatus(state: State, store: LinkworkStore | undefined, msg: Catalogue, locale: string) {
  if (state.status === 'error') {
    // Trying again will not help (a wrong address, a file that is not a feed): say so, and offer nothing.
    if (state.error?.permanent)
      return html`<div part="status" class="notice" role="alert"><p>${msg.feedUnavailable}</p></div>`;
    const message = state.error?.kind === 'timeout' ? msg.feedFailedTimeout : msg.feedFailed;
    return html`<div part="status" class="notice" role="alert">
      <p>${message}</p>
      <button type="button" part="button" @click=${() => store?.reload()}>${msg.tryAgain}</button>
    </div>`;
  }
  if (state.status === 'ready' && state.staleSince) {
    return html`<p part="status" class="notice" role="status">
      ${msg.staleSince(formatDate(locale, state.staleSince))}
    </p>`;
  }
  if (isIncomplete(state)) {
    return html`<p part="status" class="notice" role="status">${msg.feedPartial}</p>`;
  }
  return nothing;
}
