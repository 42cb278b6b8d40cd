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
import type { NetworkMap } from './map-controller.js';

export interface MapColumnOptions {
  msg: Catalogue;
  /** Whether the map column is hidden (the map cannot run on this page). */
  hidden: boolean;
  map: Pick<NetworkMap, 'zoomIn' | 'zoomOut' | 'pan' | 'showAll'>;
  /** The tiles' URL template; empty when there are none (and so no credit). */
  tileUrl: string;
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

function controls(msg: Catalogue, map: MapColumnOptions['map']) {
  const button = (label: string, sign: string, act: () => void) =>
    html`<button type="button" part="button" @click=${act}>
      <span aria-hidden="true">${sign}</span><span class="visually-hidden">${label}</span>
    </button>`;
  return html`<div class="controls" part="controls" role="group" aria-label=${msg.mapControls}>
    ${button(msg.zoomIn, '+', () => map.zoomIn())} ${button(msg.zoomOut, '−', () => map.zoomOut())}
    ${button(msg.moveNorth, '↑', () => map.pan(0, -1))} ${button(msg.moveWest, '←', () => map.pan(-1, 0))}
    ${button(msg.moveEast, '→', () => map.pan(1, 0))} ${button(msg.moveSouth, '↓', () => map.pan(0, 1))}
    <button type="button" part="button" @click=${() => map.showAll()}>${msg.showAll}</button>
  </div>`;
}

function attribution({ msg, tileUrl, tileAttribution, tileAttributionUrl }: MapColumnOptions) {
  if (!tileUrl) return nothing;
  const link = webHref(tileAttributionUrl);
  return html`<p class="attribution" part="attribution">
    <span class="visually-hidden">${msg.attributionLabel}: </span>${
      link ? html`<a href=${link} rel="noopener" target="_blank">${tileAttribution}</a>` : tileAttribution
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

export function renderMapColumn(options: MapColumnOptions) {
  const { msg, showsActivities, activityCount, activity } = options;
  return html`<div class="map-column" ?hidden=${options.hidden}>
    ${controls(msg, options.map)}
    <div class="map-frame">
      <div class="map" part="map" role="region" aria-label=${msg.mapLabel} aria-describedby="map-hint"></div>
      ${attribution(options)}
    </div>
    <p id="map-hint" class="muted">${msg.mapKeyboardHint}</p>
    ${showsActivities && activityCount !== undefined ? html`<p class="muted">${msg.activitiesShown(activityCount)}</p>` : nothing}
    ${activity ? activitySummary(msg, activity) : nothing} ${legend(msg, options.scopes, showsActivities)}
  </div>`;
}
