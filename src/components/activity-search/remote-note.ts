/**
 * What a directory searched where it lives adds under the result count: that a filter was applied only
 * to the results in hand (with a way to look further), or that its last answer failed (with "Try again").
 */
import { html, nothing } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import type { ActivityResults } from '../../search/activities.js';
import type { LinkworkStore } from '../../store/store.js';

/** The note for the results `found`, when they come from a directory searched where it lives. */
export function renderRemoteNote(msg: Catalogue, found: ActivityResults | undefined, store: LinkworkStore | undefined) {
  const remote = found?.remote;
  if (!remote) return nothing;
  if (remote.status === 'error')
    return html`<p class="notice" part="status" role="alert">
      ${store?.state.remote?.error?.kind === 'timeout' ? msg.remoteTimeout : msg.remoteFailed}
      <button type="button" part="button" @click=${() => store?.searchAgain()}>${msg.tryAgain}</button>
    </p>`;
  if (remote.withinFirst === undefined) return nothing;
  // With no result in hand, the button that reads the next page is here, not under the list.
  return html`<p class="muted">
    ${msg.remoteFilteredWithin(remote.withinFirst)}
    ${
      found.results.length === 0 && remote.more
        ? html`<button
            type="button"
            part="more"
            class="more"
            ?disabled=${remote.status === 'more'}
            @click=${() => store?.searchMore()}
          >
            ${msg.remoteLookFurther}
          </button>`
        : nothing
    }
  </p>`;
}
