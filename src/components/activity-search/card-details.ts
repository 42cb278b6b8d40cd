/**
 * An activity's full record, opened in place from its card: the whole description, who runs it, every
 * session pattern and the next dates (with "Add to calendar"), cost, ages, how to join, access, the full
 * address, categories, how fresh it is, and ways to get in touch and to get there. Escape or "Close"
 * closes it (and the card's name has focus again).
 */
import { html, nothing } from 'lit';
import type { BankHolidayRule } from '../../feed/schema.js';
import type { Nation } from '../../schedule/bank-holidays.js';
import type { ActivityResult } from '../../search/activities.js';
import { highlight } from '../../search/highlight.js';
import { paragraphs } from '../shared/paragraphs.js';
import type { ActivityFacts } from '../shortlist/activity-facts.js';
import { agesWords } from './activity-words.js';
import { renderContactLinks } from './contact-links.js';
import type { CardContext } from './result-card.js';

export interface DetailsContext extends CardContext {
  open: boolean;
  facts: ActivityFacts;
  /** Where "Add to calendar" puts its download link, and whose bank holidays its file leaves out. */
  calendar: { root?: ShadowRoot; nation: Nation; feedRule?: BankHolidayRule };
  onClose: () => void;
}

/** Text with the matched words in `<mark>`, as text nodes. */
export function marked(text: string, matched: ReadonlySet<string>) {
  return highlight(text, matched).map((piece) => (piece.match ? html`<mark>${piece.text}</mark>` : piece.text));
}

/** The id of the element holding an activity's full record. */
export const detailsId = (id: string) => `details-${id}`;

function fact(term: string, value: unknown) {
  return html`<div class="fact">
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

export function renderCardDetails(result: ActivityResult, context: DetailsContext) {
  const { msg, tag, matched, facts, open } = context;
  const { activity } = result;
  const ages = agesWords(msg, tag, activity);
  const where = [facts.place, activity.online ? msg.onlineActivity : ''].filter(Boolean).join(' · ');
  // The calendar file's code loads only when a visitor asks for one.
  const addToCalendar = async () => {
    const { root, nation, feedRule } = context.calendar;
    const [{ calendarText, downloadCalendar }, { calendarFileName }] = await Promise.all([
      import('../shortlist/calendar-file.js'),
      import('../../schedule/ics.js'),
    ]);
    const text = calendarText(activity, { msg, now: new Date(), nation, feedRule, cost: facts.cost });
    if (root && text) downloadCalendar(root, text, calendarFileName(activity));
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    context.onClose();
  };
  return html`<div
    id=${detailsId(activity.id)}
    class="details"
    part="details"
    role="group"
    aria-label=${msg.moreAbout(activity.title)}
    tabindex="-1"
    ?hidden=${!open}
    @keydown=${onKeydown}
  >
    ${activity.organisation ? html`<p class="organisation">${msg.organisedBy} ${marked(activity.organisation.name, matched)}</p>` : nothing}
    ${activity.description ? paragraphs(activity.description, 'description', (line) => marked(line, matched)) : nothing}
    <dl class="facts">
      ${
        facts.pattern.length
          ? fact(
              msg.whenLabel,
              facts.pattern.map((line) => html`<span class="line">${line}</span>`),
            )
          : nothing
      }
      ${facts.cost ? fact(msg.costTerm, facts.cost) : nothing} ${ages ? fact(msg.agesTerm, ages) : nothing}
      ${activity.howToJoin ? fact(msg.howToJoinTerm, activity.howToJoin) : nothing}
      ${facts.access ? fact(msg.accessTerm, facts.access) : nothing} ${where ? fact(msg.whereTerm, where) : nothing}
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
    <div class="next-dates">
      <p class="next-dates-term">${msg.nextDatesTerm}</p>
      ${
        facts.sessions.length
          ? html`<ul class="sessions">
              ${facts.sessions.map((session) => html`<li>${session}</li>`)}
            </ul>`
          : html`<p>${msg.askForDates}</p>`
      }
      ${
        facts.sessions.length
          ? html`<button type="button" part="button calendar" class="calendar" @click=${() => void addToCalendar()}>
              ${msg.addToCalendar}<span class="visually-hidden">: ${activity.title}</span>
            </button>`
          : nothing
      }
    </div>
    ${renderContactLinks(msg, activity)}
    <button
      type="button"
      part="button close"
      class="close"
      aria-label=${msg.closeNamed(activity.title)}
      @click=${context.onClose}
    >
      ${msg.closeDetails}
    </button>
  </div>`;
}
