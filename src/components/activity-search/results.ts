/**
 * The list of results, a page at a time with "Show more", and the skeleton shown while the feed loads.
 * With a place and no distance chosen, the results within the near radius (and online ones) come
 * first and the rest follow under their own heading; when none is near, the list says so first.
 */
import { html, nothing } from 'lit';
import type { ActivityResult } from '../../search/activities.js';
import type { NearGroups } from '../../search/near.js';
import { renderResultCard, type CardContext } from './result-card.js';

export interface ResultListContext extends CardContext {
  /** How many more "Show more" would add (none: no button). */
  more: number;
  /** The button's words when the count is not known (the next page of a directory searched where it lives). */
  moreLabel?: string;
  onMore: () => void;
  /** The results split by the near radius, with the radius and the place in words ("10 miles", "LS1 4AP"). */
  near?: { groups: NearGroups; distance: string; place: string };
}

export function renderSkeleton() {
  return html`<ul class="results skeleton" aria-hidden="true">
    ${[0, 1, 2].map(() => html`<li class="card"><span class="bone title"></span><span class="bone"></span><span class="bone short"></span></li>`)}
  </ul>`;
}

/** The results in the order shown: the near ones first when there is a near radius. */
export function orderShown(results: readonly ActivityResult[], groups?: NearGroups): readonly ActivityResult[] {
  return groups ? [...groups.near, ...groups.further] : results;
}

const list = (results: readonly ActivityResult[], context: CardContext) =>
  html`<ul part="list" class="results">
    ${results.map((result) => renderResultCard(result, context))}
  </ul>`;

/** The first `shown` results, and a "Show more" button while there are more. */
export function renderResultList(results: readonly ActivityResult[], shown: number, context: ResultListContext) {
  const { msg, more, moreLabel, onMore, near } = context;
  const page = results.slice(0, shown);
  const button =
    more > 0
      ? html`<button type="button" part="more" class="more" @click=${onMore}>
          ${moreLabel ?? msg.showMore(more)}
        </button>`
      : nothing;
  if (!near || near.groups.further.length === 0) return html`${list(page, context)}${button}`;
  const { groups, distance, place } = near;
  const nearShown = page.slice(0, groups.near.length);
  const furtherShown = page.slice(groups.near.length);
  return html`${groups.nothingNear ? html`<p class="nothing-near" part="nothing-near">${msg.nothingNear(distance, place)}</p>` : nothing}
  ${
    nearShown.length
      ? html`<h3 class="group-heading">${groups.nothingNear ? msg.online : msg.nearHeading(distance, place)}</h3>
          ${list(nearShown, context)}`
      : nothing
  }
  ${
    furtherShown.length
      ? html`<h3 class="group-heading">${msg.furtherHeading(distance)}</h3>
          ${list(furtherShown, context)}`
      : nothing
  }
  ${button}`;
}
