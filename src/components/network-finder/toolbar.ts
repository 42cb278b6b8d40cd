/**
 * The map's zoom and move buttons as one ARIA toolbar: a single Tab stop (the button last used), the
 * Left and Right arrow keys go from button to button, Home and End to the first and last.
 */
import { html } from 'lit';
import type { Catalogue } from '../../i18n/en.js';
import type { NetworkMap } from './map-controller.js';

export type MapMoves = Pick<NetworkMap, 'zoomIn' | 'zoomOut' | 'pan' | 'showAll'>;

/** Moves focus among the toolbar's buttons, keeping only the focused one in the Tab order. */
function roving(event: KeyboardEvent): void {
  const toolbar = event.currentTarget as HTMLElement;
  const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  const last = buttons.length - 1;
  const to = { ArrowRight: at === last ? 0 : at + 1, ArrowLeft: at === 0 ? last : at - 1, Home: 0, End: last }[
    event.key
  ];
  if (to === undefined) return;
  event.preventDefault();
  for (const [i, button] of buttons.entries()) button.tabIndex = i === to ? 0 : -1;
  buttons[to].focus();
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
