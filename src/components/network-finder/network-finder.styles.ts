import leafletStyles from 'leaflet/dist/leaflet.css';
import { css, unsafeCSS } from 'lit';
import { baseStyles } from '../../styles/base.styles.js';
import { placeFinderStyles } from '../shared/place-finder.styles.js';
import { mapStyles } from './map.styles.js';

/** Leaflet's own stylesheet, which must live inside the shadow root to reach the map. */
const leafletCss = unsafeCSS(leafletStyles);

const finderCss = css`
  :host {
    display: block;
  }
  /* While the feed loads the widget keeps the room it kept before its code arrived (define/loading-room.ts). */
  :host:has(.skeleton) {
    min-height: var(--lw-loading-height, 100svh);
  }
  .finder {
    display: grid;
    gap: var(--lw-space-l, 1rem);
  }
  h3,
  h4 {
    margin: 0 0 var(--lw-space-s, 0.5rem);
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  /* Empty, the status stays in the accessibility tree (a live region must be there before it speaks), taking no room. */
  .result-status:empty {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .result-status {
    margin: 0;
    font-weight: 600;
  }
  .layout {
    display: grid;
    gap: var(--lw-space-l, 1rem);
    grid-template-columns: minmax(0, 1fr);
  }
  @container (min-width: 48rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
      align-items: start;
    }
  }
  :host {
    container-type: inline-size;
  }
  /* "Skip the map": out of sight until it has focus. */
  .skip-link:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .skip-link:focus {
    justify-self: start;
  }
  .map-column[hidden] {
    display: none;
  }
  .map-column,
  .list-column {
    display: grid;
    gap: var(--lw-space-s, 0.5rem);
    min-width: 0;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--lw-space-xs, 0.25rem);
  }
  .controls button {
    min-width: 2.75rem;
    padding: 0 var(--lw-space-s, 0.5rem);
  }
  .map-frame {
    position: relative;
  }
  .map {
    box-sizing: border-box;
    height: var(--lw-network-finder-height, 28rem);
    border: 1px solid var(--lw-color-border, var(--_lw-color-border));
    border-radius: var(--lw-radius, 6px);
    font: inherit;
  }
  .map.leaflet-container {
    background: var(--lw-network-finder-sea-color, #dce8f2);
  }
  .attribution {
    position: absolute;
    right: 1px;
    bottom: 1px;
    z-index: 800;
    margin: 0;
    padding: 0 var(--lw-space-xs, 0.25rem);
    border-top-left-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface, var(--_lw-color-surface));
    font-size: var(--lw-font-size-s, 0.875rem);
  }
  .muted,
  #map-hint {
    margin: 0;
  }

  /* The answer. */
  .answer {
    padding: var(--lw-space-m, 0.75rem) var(--lw-space-l, 1rem);
    border: 1px solid var(--lw-color-border, var(--_lw-color-border));
    border-radius: var(--lw-radius, 6px);
  }
  .answer p {
    margin: 0 0 var(--lw-space-s, 0.5rem);
  }
  .answer-list {
    margin: 0 0 var(--lw-space-s, 0.5rem);
    padding-inline-start: 1.5rem;
  }
  .answer-list li {
    margin-block: var(--lw-space-xs, 0.25rem);
  }
  .answer-list .muted {
    display: block;
  }
  .answer-list .link-button {
    text-align: start;
  }
  .no-network {
    padding: var(--lw-space-m, 0.75rem);
    margin-block-end: var(--lw-space-s, 0.5rem);
    border-radius: var(--lw-radius, 6px);
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
  }

  /* The list. */
  /* Room above for the focus ring's halo, which would cover the line before the list. */
  .network-list {
    display: grid;
    gap: var(--lw-space-s, 0.5rem);
    margin: var(--lw-space-m, 0.75rem) 0 var(--lw-space-l, 1rem);
    padding: 0;
    list-style: none;
  }
  .network-button {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--lw-space-s, 0.5rem);
    width: 100%;
    padding: var(--lw-space-s, 0.5rem) var(--lw-space-m, 0.75rem);
    text-align: start;
    color: var(--lw-color-text, var(--_lw-color-text));
    border-color: var(--lw-color-border-strong, var(--_lw-color-border-strong));
  }
  .network-button > :not(.swatch) {
    grid-column: 2;
  }
  .network-name {
    font-weight: 600;
    color: var(--lw-color-accent, var(--_lw-color-accent));
    text-decoration: underline;
  }
  .network-meta {
    font-size: var(--lw-font-size-s, 0.875rem);
    color: var(--lw-color-text-muted, var(--_lw-color-text-muted));
  }
  .network.selected .network-button {
    border-color: var(--lw-color-accent, var(--_lw-color-accent));
    border-width: 2px;
    background: var(--lw-color-surface-muted, var(--_lw-color-surface-muted));
  }
  .badge.covers {
    justify-self: start;
    margin-block-start: var(--lw-space-xs, 0.25rem);
    border-color: var(--lw-color-border, var(--_lw-color-border));
  }
  .swatch,
  .key-swatch {
    display: inline-block;
    width: 1rem;
    height: 1rem;
    margin-block-start: 0.25rem;
    border-radius: 50%;
    background: var(--scope-color, var(--lw-color-border-strong, var(--_lw-color-border-strong)));
  }
  /* The map's marks on a rim of the map's land colour, as on the map: they keep 3:1 on a dark surface too. */
  .swatch:not(.scope-national),
  .key-swatch:not(.key-national) {
    box-shadow: 0 0 0 2px var(--lw-network-finder-land-color, #f7f4ec);
  }
  .details {
    padding: var(--lw-space-s, 0.5rem) var(--lw-space-m, 0.75rem);
  }
  .details p {
    margin: 0 0 var(--lw-space-s, 0.5rem);
  }
  .details dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--lw-space-xs, 0.25rem) var(--lw-space-s, 0.5rem);
    margin: 0;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .activity {
    padding: var(--lw-space-s, 0.5rem) var(--lw-space-m, 0.75rem);
    border: 1px solid var(--lw-color-border, var(--_lw-color-border));
    border-radius: var(--lw-radius, 6px);
  }
  .activity p {
    margin: 0;
  }

  /* The key. */
  .legend-title {
    margin: 0 0 var(--lw-space-xs, 0.25rem);
    font-weight: 600;
  }
  .legend ul {
    display: grid;
    gap: var(--lw-space-xs, 0.25rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    gap: var(--lw-space-s, 0.5rem);
    align-items: start;
  }
  .key-swatch {
    flex: none;
  }
  .key-area {
    border-radius: 2px;
    border: 2px solid var(--scope-color);
    background: color-mix(in srgb, var(--scope-color) 15%, transparent);
  }
  .key-area.scope-regional {
    border-style: dashed;
  }
  .swatch.scope-regional {
    border-radius: 2px;
  }
  .key-national {
    border-radius: 2px;
    border: 2px dotted var(--lw-color-border-strong, var(--_lw-color-border-strong));
    background: none;
  }
  .key-activity {
    background: var(--lw-network-finder-activity-color, #a64b00);
  }
  .key-place {
    border: 3px solid #1f2328;
    background: #ffffff;
  }
  .skeleton {
    min-height: 12rem;
    margin: 0;
    color: var(--lw-color-text-muted, var(--_lw-color-text-muted));
  }
`;

export const networkFinderStyles = [baseStyles, placeFinderStyles, leafletCss, finderCss, mapStyles];
