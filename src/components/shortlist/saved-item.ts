/**
 * One activity on the list, on screen: its name, next dates, place, cost and contact, how fresh it is,
 * "Add to calendar" and "Remove". An activity the feed no longer lists keeps its place, marked as such.
 */
import { html, nothing } from 'lit';
import type { Activity } from '../../feed/schema.js';
import type { ShortlistCatalogue } from '../../i18n/shortlist-words.js';
import { mailtoHref, telHref, webHref } from '../shared/links.js';
import type { ActivityFacts } from './activity-facts.js';

export interface SavedEntry {
  id: string;
  /** The activity, while the feed lists it. */
  activity?: Activity;
  /** Its title: the feed's, or the one kept from when it was saved. */
  title?: string;
  facts?: ActivityFacts;
  /** An `.ics` file of its sessions, when its dates are known. */
  calendar?: string;
  /** Not known to be listed or not: the directory searched where it lives has not answered for it (yet). */
  unknown?: boolean;
}

export interface ItemContext {
  msg: ShortlistCatalogue;
  headingLevel: number;
  /** The feed is in; without it nothing can be said to be no longer listed. */
  ready: boolean;
  onRemove: (entry: SavedEntry) => void;
  onCalendar: (entry: SavedEntry) => void;
}

function fact(term: string, value: unknown) {
  return html`<div class="fact">
    <dt>${term}</dt>
    <dd>${value}</dd>
  </div>`;
}

function contactLinks(msg: ShortlistCatalogue, activity: Activity) {
  const { contact } = activity;
  const phone = telHref(contact?.phone);
  const email = mailtoHref(contact?.email);
  const website = webHref(contact?.url ?? activity.url ?? activity.organisation?.url);
  const links = [
    phone && html`<a part="link" href=${phone}>${msg.call(contact!.phone!)}</a>`,
    email && html`<a part="link" href=${email}>${contact!.email}</a>`,
    website && html`<a part="link" href=${website} rel="noopener noreferrer">${msg.website}</a>`,
  ].filter(Boolean);
  if (!contact?.name && links.length === 0) return nothing;
  return fact(
    msg.contactTerm,
    html`${contact?.name ? html`<span class="line">${contact.name}</span>` : nothing}${links.map(
      (link) => html`<span class="line">${link}</span>`,
    )}`,
  );
}

function when(msg: ShortlistCatalogue, facts: ActivityFacts) {
  if (facts.sessions.length)
    return html`<ul class="sessions">
      ${facts.sessions.map((session, index) => html`<li>${index === 0 ? msg.nextSession(session) : session}</li>`)}
    </ul>`;
  return facts.pattern.length
    ? facts.pattern.map((line) => html`<span class="line">${line}</span>`)
    : html`<span class="line">${msg.askForDates}</span>`;
}

/**
 * What an entry is called: the feed's title or the one kept when it was saved; without either, its id once the
 * feed is in (it is no longer listed), and its place on the list while the feed cannot be read.
 */
export function entryTitle(entry: SavedEntry, position: number, ready: boolean, msg: ShortlistCatalogue): string {
  return entry.title ?? (ready ? entry.id : msg.savedActivity(position + 1));
}

export function savedItem(entry: SavedEntry, position: number, context: ItemContext) {
  const { msg } = context;
  const { activity, facts } = entry;
  const title = entryTitle(entry, position, context.ready, msg);
  const gone = context.ready && !activity && !entry.unknown;
  const level = Math.min(6, context.headingLevel + 1);
  return html`<li part="item" class=${gone ? 'item gone' : 'item'} data-id=${entry.id}>
    <p class="title" role="heading" aria-level=${level}>${gone ? msg.noLongerListedTitle(title) : title}</p>
    ${gone ? html`<p class="muted">${msg.noLongerListedHint}</p>` : nothing}
    ${
      activity && facts
        ? html`<dl class="facts">
              ${fact(msg.whenLabel, when(msg, facts))}
              ${facts.place || activity.online ? fact(msg.whereTerm, [facts.place, activity.online ? msg.onlineActivity : ''].filter(Boolean).join(' · ')) : nothing}
              ${facts.cost ? fact(msg.costTerm, facts.cost) : nothing} ${contactLinks(msg, activity)}
            </dl>
            ${facts.freshness ? html`<p class=${facts.freshness.stale ? 'freshness stale' : 'freshness muted'}>${facts.freshness.words}</p>` : nothing}`
        : nothing
    }
    <div class="actions">
      ${
        entry.calendar
          ? html`<button type="button" part="button calendar" @click=${() => context.onCalendar(entry)}>
              ${msg.addToCalendar}<span class="visually-hidden">: ${title}</span>
            </button>`
          : nothing
      }
      <button
        type="button"
        part="button remove"
        class="remove"
        aria-label=${msg.removeNamed(title)}
        @click=${() => context.onRemove(entry)}
      >
        ${msg.remove}
      </button>
    </div>
  </li>`;
}
