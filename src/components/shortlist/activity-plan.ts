/**
 * The printed activity plan: a heading with the feed's publisher and the date, the note, then each
 * activity with what it is, its next three dates, where it is and how to get there, cost, access and
 * whom to contact; and a QR code that opens the list on a phone. Printed alone from "Print this list",
 * and in place of the list when the whole page is printed.
 */
import { html, nothing } from 'lit';
import type { ShortlistCatalogue } from '../../i18n/shortlist-words.js';
import { qrImage, type QrCode } from './qr-code.js';
import type { SavedEntry } from './saved-item.js';

export interface PlanContext {
  msg: ShortlistCatalogue;
  /** Who publishes the feed: the plan's sender. */
  publisher?: string;
  /** Today, in words. */
  date: string;
  note: string;
  shareUrl: string;
  qrCode?: QrCode;
}

function row(term: string, value: unknown) {
  return html`<tr>
    <th scope="row">${term}</th>
    <td>${value}</td>
  </tr>`;
}

function contact(msg: ShortlistCatalogue, entry: SavedEntry) {
  const { contact: details, url, organisation } = entry.activity!;
  const lines = [
    details?.name,
    details?.phone && `${msg.phoneTerm}: ${details.phone}`,
    details?.email && `${msg.email}: ${details.email}`,
    details?.url ?? url ?? organisation?.url,
  ].filter(Boolean);
  return lines.length
    ? row(
        msg.contactTerm,
        lines.map((line) => html`<span class="line">${line}</span>`),
      )
    : nothing;
}

function planActivity(msg: ShortlistCatalogue, entry: SavedEntry) {
  const activity = entry.activity!;
  const facts = entry.facts!;
  const sessions = facts.sessions.length ? facts.sessions : facts.pattern.length ? facts.pattern : [msg.askForDates];
  const gettingThere = [facts.mapUrl && msg.onMap(facts.mapUrl), activity.online && msg.joinOnline].filter(
    (line): line is string => Boolean(line),
  );
  return html`<li class="plan-activity">
    <h2>${activity.title}</h2>
    ${activity.organisation ? html`<p class="organiser">${msg.organisedBy} ${activity.organisation.name}</p>` : nothing}
    ${facts.summary ? html`<p>${facts.summary}</p>` : nothing}
    <table>
      ${row(
        msg.nextDatesTerm,
        sessions.map((line) => html`<span class="line">${line}</span>`),
      )}
      ${facts.place ? row(msg.whereTerm, facts.place) : nothing}
      ${
        gettingThere.length
          ? row(
              msg.howToGetThere,
              gettingThere.map((line) => html`<span class="line">${line}</span>`),
            )
          : nothing
      }
      ${facts.cost ? row(msg.costTerm, facts.cost) : nothing}
      ${facts.access ? row(msg.accessTerm, facts.access) : nothing} ${contact(msg, entry)}
    </table>
    ${facts.freshness?.stale ? html`<p class="stale">${facts.freshness.words}</p>` : nothing}
  </li>`;
}

export function activityPlan(entries: readonly SavedEntry[], context: PlanContext) {
  const { msg } = context;
  const listed = entries.filter((entry) => entry.activity && entry.facts);
  return html`<article class="plan" part="plan">
    <header class="plan-header">
      <div>
        <h1>${msg.planHeading}</h1>
        ${context.publisher ? html`<p class="publisher">${msg.planFrom(context.publisher)}</p>` : nothing}
        <p class="made">${msg.planMade(context.date)}</p>
      </div>
      ${context.qrCode ? html`<div class="plan-qr">${qrImage(context.qrCode, msg.qrCodeLabel)}</div>` : nothing}
    </header>
    <p class="plan-address">
      ${context.qrCode ? msg.planScan : msg.planLink}
      <span class="line">${context.shareUrl}</span>
    </p>
    ${
      context.note.trim()
        ? html`<section class="plan-note">
            <h2>${msg.noteLabel}</h2>
            <p>${context.note}</p>
          </section>`
        : nothing
    }
    <ol class="plan-activities">
      ${listed.map((entry) => planActivity(msg, entry))}
    </ol>
  </article>`;
}
