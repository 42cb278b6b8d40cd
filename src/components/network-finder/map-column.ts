/**
 * Everything in the finder's map column: the zoom and move buttons (the map never needs dragging),
 * the map's box, the tile credit, the keyboard hint, how many activities are shown, the chosen
 * activity's summary and the key.
 */
import { html, nothing } from 'lit';
import type { Activity, Scope } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { webHref } from '../shared/links.js';
import { saveButton } from '../shared/save-button.js';
import { legend } from './legend.js';
import { mapToolbar, type MapMoves } from './toolbar.js';

export interface MapColumnOptions {
  msg: Catalogue;
  /** Whether the map column is hidden (the map cannot run on this page). */
  hidden: boolean;
  map: MapMoves;
  /** Whether the map shows only its outline basemap (no tiles chosen, or none arrived): then it credits Natural Earth. */
  outlineOnly: boolean;
  tileAttribution: string;
  /** Where the credit links to, if it is an http(s) address. */
  tileAttributionUrl: string;
  scopes: readonly Scope[];
  /** Whether the activities layer is on. */
  showsActivities: boolean;
  /** How many activities the map shows, once the layer has drawn them. */
  activityCount?: number;
  /** The activity chosen, if one is. */
  activity?: Activity;
}

const naturalEarth = { text: 'Natural Earth', url: 'https://www.naturalearthdata.com/' };

function attribution({ msg, outlineOnly, tileAttribution, tileAttributionUrl }: MapColumnOptions) {
  const [text, link] = outlineOnly
    ? [naturalEarth.text, naturalEarth.url]
    : [tileAttribution, webHref(tileAttributionUrl)];
  return html`<p class="attribution" part="attribution">
    <span class="visually-hidden">${msg.attributionLabel}: </span>${
      link ? html`<a href=${link} rel="noopener" target="_blank">${text}</a>` : text
    }
  </p>`;
}

function activitySummary(msg: Catalogue, activity: Activity) {
  const where = [activity.location?.name, activity.location?.address].filter(Boolean).join(', ');
  const link = webHref(activity.url);
  return html`<div class="activity" part="activity">
    <p><strong>${activity.title}</strong></p>
    ${where ? html`<p class="muted">${where}</p>` : nothing}
    ${link ? html`<p><a href=${link} rel="noopener" target="_blank">${msg.website}</a></p>` : nothing}
    ${saveButton(msg, activity)}
  </div>`;
}

/** "Skip the map": to the list of networks, which carries everything the map shows. */
function skipLink(msg: Catalogue) {
  const skip = (event: Event) => {
    event.preventDefault();
    const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
    root.querySelector<HTMLElement>('#networks-heading, .list-column .skeleton')?.focus();
  };
  return html`<a class="skip-link" href="#networks-heading" @click=${skip}>${msg.skipMap}</a>`;
}

export function renderMapColumn(options: MapColumnOptions) {
  const { msg, showsActivities, activityCount, activity } = options;
  return html`<div class="map-column" ?hidden=${options.hidden}>
    ${skipLink(msg)} ${mapToolbar(msg, options.map)}
    <div class="map-frame">
      <div class="map" part="map" role="group" aria-label=${msg.mapLabel} aria-describedby="map-hint"></div>
      ${attribution(options)}
    </div>
    <p id="map-hint" class="muted">${msg.mapKeyboardHint}</p>
    ${showsActivities && activityCount !== undefined ? html`<p class="muted">${msg.activitiesShown(activityCount)}</p>` : nothing}
    ${activity ? activitySummary(msg, activity) : nothing} ${legend(msg, options.scopes, showsActivities)}
  </div>`;
}
