/** The list of results, a page at a time with "Show more", and the skeleton shown while the feed loads. */
import { html, nothing } from 'lit';
import type { ActivityResults } from '../../search/activities.js';
import { renderResultCard, type CardContext } from './result-card.js';

export interface ResultListContext extends CardContext {
  /** How many more "Show more" would add (none: no button). */
  more: number;
  /** The button's words when the count is not known (the next page of a directory searched where it lives). */
  moreLabel?: string;
  onMore: () => void;
}

export function renderSkeleton() {
  return html`<ul class="results skeleton" aria-hidden="true">
    ${[0, 1, 2].map(() => html`<li class="card"><span class="bone title"></span><span class="bone"></span><span class="bone short"></span></li>`)}
  </ul>`;
}

/** The first `shown` results, and a "Show more" button while there are more. */
export function renderResultList(found: ActivityResults, shown: number, context: ResultListContext) {
  const { msg, more, moreLabel, onMore } = context;
  return html`<ul part="list" class="results">
      ${found.results.slice(0, shown).map((result) => renderResultCard(result, context))}
    </ul>
    ${more > 0 ? html`<button type="button" part="more" class="more" @click=${onMore}>${moreLabel ?? msg.showMore(more)}</button>` : nothing}`;
}
