/**
 * What the visitor sees when nothing matches: what they searched for, and concrete ways out
 * (clear the search, remove a filter, look further away), never a bare "No results".
 */
import { html, nothing } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import type { Chip } from './chips.js';

export interface WayOut {
  label: string;
  /** Kept across renders so focus can follow. */
  key: string;
  act: () => void;
}

export function renderEmptyState(
  msg: Catalogue,
  query: string,
  chips: readonly Chip[],
  waysOut: readonly WayOut[],
  feedIsEmpty: boolean,
) {
  if (feedIsEmpty) return html`<div class="empty" part="empty"><p>${msg.emptyFeed}</p></div>`;
  return html`<div class="empty" part="empty">
    <h3 class="empty-heading">${msg.emptyHeading}</h3>
    ${query.trim() ? html`<p>${msg.emptyWhat(msg.chipQuery(query.trim()))}</p>` : nothing}
    ${chips.length ? html`<p>${msg.emptyFilters(chips.length)}</p>` : nothing}
    ${
      waysOut.length
        ? html`<p>${msg.emptyWaysOut}</p>
            <ul class="ways-out">
              ${waysOut.map((way) => html`<li><button type="button" part="button" data-way=${way.key} @click=${way.act}>${way.label}</button></li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}
