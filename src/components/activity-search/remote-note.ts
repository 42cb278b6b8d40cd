/**
 * What a directory searched where it lives adds under the result count: that a filter was applied only
 * to the results in hand (with a way to look further), or that its last answer failed (with "Try again").
 */
import { html, nothing } from 'lit';
import type { FeedError } from '../../feed/errors.js';
import type { Catalogue } from '../../i18n/en.js';
import type { RemoteResults } from '../../search/remote-results.js';

export interface RemoteNoteContext {
  msg: Catalogue;
  remote: RemoteResults;
  error?: FeedError;
  /** No result is in hand: the button that reads the next page is here, not under the list. */
  empty: boolean;
  onMore: () => void;
  onRetry: () => void;
}

export function renderRemoteNote({ msg, remote, error, empty, onMore, onRetry }: RemoteNoteContext) {
  if (remote.status === 'error')
    return html`<p class="notice" part="status" role="alert">
      ${error?.kind === 'timeout' ? msg.remoteTimeout : msg.remoteFailed}
      <button type="button" part="button" @click=${onRetry}>${msg.tryAgain}</button>
    </p>`;
  if (remote.withinFirst === undefined) return nothing;
  return html`<p class="muted">
    ${msg.remoteFilteredWithin(remote.withinFirst)}
    ${
      empty && remote.more
        ? html`<button type="button" part="more" class="more" ?disabled=${remote.status === 'more'} @click=${onMore}>
            ${msg.remoteLookFurther}
          </button>`
        : nothing
    }
  </p>`;
}
