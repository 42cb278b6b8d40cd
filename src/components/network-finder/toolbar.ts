/**
 * The map's zoom and move buttons as one ARIA toolbar: a single Tab stop (the button last used), the
 * Left and Right arrow keys go from button to button, Home and End to the first and last.
 */
import { html } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import type { NetworkMap } from './map-controller.js';
import { acrossKeys, rovingTarget } from './roving.js';

export type MapMoves = Pick<NetworkMap, 'zoomIn' | 'zoomOut' | 'pan' | 'showAll'>;

/** Moves focus among the toolbar's buttons, keeping only the focused one in the Tab order. */
function roving(event: KeyboardEvent): void {
  const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('button')];
  const to = rovingTarget(buttons, event, acrossKeys);
  if (!to) return;
  for (const button of buttons) button.tabIndex = button === to ? 0 : -1;
  to.focus();
}

export function mapToolbar(msg: Catalogue, map: MapMoves) {
  // Only the first button starts in the Tab order; `roving` moves that place. Lit sets the attribute
  // again only when its value here changes (never), so a new render keeps where the visitor left it.
  const button = (label: string, sign: string, act: () => void, first = false) =>
    html`<button type="button" part="button" tabindex=${first ? 0 : -1} @click=${act}>
      <span aria-hidden="true">${sign}</span><span class="visually-hidden">${label}</span>
    </button>`;
  return html`<div class="controls" part="controls" role="toolbar" aria-label=${msg.mapControls} @keydown=${roving}>
    ${button(msg.zoomIn, '+', () => map.zoomIn(), true)} ${button(msg.zoomOut, '−', () => map.zoomOut())}
    ${button(msg.moveNorth, '↑', () => map.pan(0, -1))} ${button(msg.moveWest, '←', () => map.pan(-1, 0))}
    ${button(msg.moveEast, '→', () => map.pan(1, 0))} ${button(msg.moveSouth, '↓', () => map.pan(0, 1))}
    <button type="button" part="button" tabindex="-1" @click=${() => map.showAll()}>${msg.showAll}</button>
  </div>`;
}
