/**
 * One activity in the results: its title (a button that chooses it), organisation, distance,
 * description, when, cost, ages, accessibility, place, categories and contact links. Words the
 * search matched are marked; every piece of feed text is bound as text, never as HTML.
 */
import { html, nothing } from 'lit';
import { located } from '../../feed/located.js';
import type { Catalogue } from '../../i18n/en.js';
import type { ActivityResult } from '../../search/activities.js';
import { highlight } from '../../search/highlight.js';
import { addressLine } from '../shared/address.js';
import { paragraphs } from '../shared/paragraphs.js';
import { agesWords, costWords, scheduleWords } from './activity-words.js';
import { renderContactLinks } from './contact-links.js';
import { distanceWords, type Units } from './filter-words.js';

export interface CardContext {
  msg: Catalogue;
  tag: string;
  units: Units;
  matched: ReadonlySet<string>;
  categoryLabel: (id: string) => string;
  selectedId?: string;
  /** The visitor gave a place, so distances are shown (and "distance unknown" for a place without coordinates). */
  measuring?: boolean;
  onSelect: (result: ActivityResult) => void;
}

/** Text with the matched words in `<mark>`, as text nodes. */
function marked(text: string, matched: ReadonlySet<string>) {
  return highlight(text, matched).map((piece) => (piece.match ? html`<mark>${piece.text}</mark>` : piece.text));
}

function fact(term: string, value: unknown) {
  return html`<div class="fact">
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

export function renderResultCard(result: ActivityResult, context: CardContext) {
  const { msg, tag, matched } = context;
  const { activity } = result;
  const selected = context.selectedId === activity.id;
  const schedule = scheduleWords(msg, tag, activity);
  const cost = costWords(msg, tag, activity);
  const ages = agesWords(msg, tag, activity);
  // A place known only by its address is still a place: its distance is unknown, not absent.
  const distance =
    result.distanceKm !== undefined
      ? msg.away(distanceWords(tag, result.distanceKm, context.units))
      : context.measuring && activity.location && !located(activity.location)
        ? msg.distanceUnknown
        : undefined;
  const where = addressLine(activity.location);
  return html`<li part="item" class=${selected ? 'card selected' : 'card'} data-id=${activity.id}>
    <article aria-labelledby="title-${activity.id}">
      <h3 class="title" id="title-${activity.id}">
        <button
          type="button"
          part="title"
          class="title-button"
          aria-pressed=${selected ? 'true' : 'false'}
          @click=${() => context.onSelect(result)}
        >
          ${marked(activity.title, matched)}
        </button>
      </h3>
      ${activity.organisation ? html`<p class="organisation">${msg.organisedBy} ${marked(activity.organisation.name, matched)}</p>` : nothing}
      ${distance ? html`<p class="distance" part="distance">${distance}</p>` : nothing}
      ${activity.description ? paragraphs(activity.description, 'description', (line) => marked(line, matched)) : nothing}
      <dl class="facts">
        ${
          schedule.length
            ? fact(
                msg.whenLabel,
                schedule.map((line) => html`<span class="line">${line}</span>`),
              )
            : nothing
        }
        ${cost ? fact(msg.costTerm, cost) : nothing} ${ages ? fact(msg.agesTerm, ages) : nothing}
        ${activity.howToJoin ? fact(msg.howToJoinTerm, activity.howToJoin) : nothing}
        ${activity.accessibility.length ? fact(msg.accessTerm, activity.accessibility.map((need) => msg.accessNeed(need)).join(', ')) : nothing}
        ${where || activity.online ? fact(msg.whereTerm, [where, activity.online ? msg.onlineActivity : ''].filter(Boolean).join(' · ')) : nothing}
        ${
          activity.categories.length
            ? fact(
                msg.categoriesTerm,
                activity.categories.map(
                  (id) => html`<span class="badge">${marked(context.categoryLabel(id), matched)}</span> `,
                ),
              )
            : nothing
        }
      </dl>
      ${renderContactLinks(msg, activity)}
    </article>
  </li>`;
}
