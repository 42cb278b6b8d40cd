/**
 * One activity in the results, compact: its name, when it next meets, where (and how far), what it
 * costs, how fresh the record is and "Add to my list". The name opens the full record in place (see
 * `card-details.ts`), and choosing it chooses the activity for every widget of the feed (a map follows).
 * Words the search matched are marked; every piece of feed text is bound as text, never as HTML.
 */
import { html, nothing } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { storeOf } from '../../controllers/store-controller.js';
import { located } from '../../feed/located.js';
import type { Catalogue } from '../../i18n/en.js';
import { visitorNation } from '../../schedule/nation.js';
import type { ActivityResult } from '../../search/activities.js';
import { renderSaveButton } from '../shared/save-button.js';
import type { ActivityFacts } from '../shortlist/activity-facts.js';
import { detailsId, marked, renderCardDetails } from './card-details.js';
import { cardFacts, staleAfterMonths, type CardSettings } from './card-facts.js';
import { distanceWords, type Units } from './filter-words.js';

export interface CardContext {
  msg: Catalogue;
  tag: string;
  units: Units;
  matched: ReadonlySet<string>;
  categoryLabel: (id: string) => string;
  /** The activity chosen, whose full record is open. */
  selectedId?: string;
  /** The visitor gave a place, so distances are shown (and "distance unknown" for a place without coordinates). */
  measuring?: boolean;
  onSelect: (result: ActivityResult) => void;
}

/** "Next: Tuesday 8 December, 10:00–12:00"; the schedule in words when no date can be known. */
function nextWords(msg: Catalogue, facts: ActivityFacts): string | undefined {
  return facts.sessions[0] ? msg.nextSession(facts.sessions[0]) : facts.pattern[0];
}

function distanceOf(result: ActivityResult, context: CardContext): string | undefined {
  const { msg, tag, units } = context;
  const { activity } = result;
  // An online activity with no place has no distance; a place known only by its address has one, unknown.
  if (result.distanceKm !== undefined) return msg.away(distanceWords(tag, result.distanceKm, units));
  return context.measuring && activity.location && !located(activity.location) ? msg.distanceUnknown : undefined;
}

/** Moves focus, once the widget has drawn, to what `selector` finds in it. */
async function focusIn(host: HTMLElement & { updateComplete?: Promise<unknown> }, selector: string): Promise<void> {
  await host.updateComplete;
  host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
}

class ResultCard extends Directive {
  render(_result: ActivityResult, _context: CardContext): unknown {
    return nothing;
  }

  override update(part: ChildPart, [result, context]: Parameters<this['render']>) {
    const host = part.options?.host as (HTMLElement & CardSettings) | undefined;
    const store = storeOf(host);
    const { msg, tag, matched } = context;
    const { activity } = result;
    const open = context.selectedId === activity.id;
    const feedRule = store?.state.feed.bankHolidays;
    const facts = cardFacts(activity, {
      msg,
      tag,
      nation: visitorNation(store?.state.place, host?.nation),
      feedRule,
      staleAfterMonths: staleAfterMonths(host?.staleAfter),
    });
    const next = nextWords(msg, facts);
    const distance = distanceOf(result, context);
    const place = activity.location?.name ?? activity.location?.address?.split(',')[0] ?? activity.location?.postcode;
    const where = [
      place,
      distance && html`<span part="distance" class="distance">${distance}</span>`,
      activity.online && msg.onlineActivity,
    ].filter(Boolean);
    const id = activity.id;
    const toggle = (focus: string) => {
      context.onSelect(result);
      if (host) void focusIn(host, focus);
    };
    const close = () => toggle(`#title-${CSS.escape(id)} button`);
    return html`<li part="item" class=${open ? 'card selected open' : 'card'} data-id=${id}>
      <article aria-labelledby="title-${id}">
        <h3 class="title" id="title-${id}">
          <button
            type="button"
            part="title"
            class="title-button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${detailsId(id)}
            @click=${() => toggle(`#${CSS.escape(detailsId(id))}`)}
          >
            ${marked(activity.title, matched)}
          </button>
        </h3>
        ${next ? html`<p class="next">${next}</p>` : nothing}
        ${
          where.length
            ? html`<p class="place">${where.map((part, index) => html`${index ? ' · ' : ''}${part}`)}</p>`
            : nothing
        }
        <div class="card-foot">
          ${facts.cost ? html`<p class="cost">${facts.cost}</p>` : nothing}
          ${store ? renderSaveButton(msg, activity, store) : nothing}
        </div>
        ${
          facts.freshness
            ? html`<p class=${facts.freshness.stale ? 'freshness stale' : 'freshness'}>${facts.freshness.words}</p>`
            : nothing
        }
        ${renderCardDetails(result, {
          ...context,
          open,
          facts,
          calendar: {
            root: host?.shadowRoot ?? undefined,
            nation: visitorNation(store?.state.place, host?.nation),
            feedRule,
          },
          onClose: close,
        })}
      </article>
    </li>`;
  }
}

const card = directive(ResultCard);

/** Result `result` as a card: compact, with its full record in place when chosen. */
export function renderResultCard(result: ActivityResult, context: CardContext) {
  return card(result, context);
}
