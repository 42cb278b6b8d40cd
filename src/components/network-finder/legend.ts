import { html, nothing } from 'lit';
import type { Scope } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';

/** The key to the map's colours and shapes, for the scopes shown. */
export function legend(msg: Catalogue, scopes: readonly Scope[], activities: boolean) {
  const area = { local: msg.scopeLocalArea, regional: msg.scopeRegionalArea };
  return html`<div class="legend" part="legend">
    <p class="legend-title">${msg.legendHeading}</p>
    <ul>
      ${scopes.map((scope) =>
        scope === 'national'
          ? html`<li><span class="key-swatch key-national" aria-hidden="true"></span>${msg.legendNational}</li>`
          : html`<li><span class="key-swatch key-area scope-${scope}" aria-hidden="true"></span>${area[scope]}</li>`,
      )}
      ${activities ? html`<li><span class="key-swatch key-activity" aria-hidden="true"></span>${msg.legendActivities}</li>` : nothing}
      <li><span class="key-swatch key-place" aria-hidden="true"></span>${msg.legendPlace}</li>
    </ul>
  </div>`;
}
