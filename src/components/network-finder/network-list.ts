import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Network } from '../../feed/schema.js';
import { distanceKm, type LatLng } from '../../geo/distance.js';
import type { NetworkAnswer } from '../../geo/find-networks.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatDistance } from '../../i18n/format.js';
import { networkDetails } from './network-details.js';
import { downKeys, rovingTarget } from './roving.js';
import { scopeName } from './scope-words.js';

export interface ListOptions {
  msg: Catalogue;
  locale: string;
  /** Local and regional networks (on the map), then national ones. */
  networks: readonly Network[];
  selectedId?: string;
  answer?: NetworkAnswer;
  /** The place searched for: each network's distance from it is shown. */
  place?: LatLng;
  /** Whether the feed lists any network at all (else the `scope` chosen left none). */
  feedHasNetworks: boolean;
  /** The network whose button was last focused in the list: it keeps the list's one Tab stop. */
  tabStopId?: string;
  onChoose: (network: Network) => void;
  /** A network's button got focus (by Tab, an arrow key or a choice on the map). */
  onFocusNetwork: (id: string) => void;
}

/** Up, Down, Home and End go from network to network, across both lists. */
function moveFocus(event: KeyboardEvent): void {
  const list = event.currentTarget as HTMLElement;
  rovingTarget([...list.querySelectorAll<HTMLElement>('.network-button')], event, downKeys)?.focus();
}

/**
 * The list alternative to the map: every network, in the map's order, each a button that shows its
 * details (a disclosure) and the network on the map. Everything the map offers can be done here.
 * The buttons are one Tab stop (roving focus, see roving.ts): the one last focused, else the chosen
 * network, else the first; an open network's links follow its button in the Tab order.
 */
export function networkList({
  msg,
  locale,
  networks,
  selectedId,
  answer,
  place,
  feedHasNetworks,
  tabStopId,
  onChoose,
  onFocusNetwork,
}: ListOptions) {
  const drawn = networks.filter((network) => network.scope !== 'national');
  const national = networks.filter((network) => network.scope === 'national');
  const covering = new Set(answer?.covering.map((nearby) => nearby.network.id));
  const listed = (id?: string) => networks.some((network) => network.id === id);
  const stop = [tabStopId, selectedId].find(listed) ?? networks[0]?.id;
  const item = (network: Network, index: number) => {
    const selected = network.id === selectedId;
    const detailsId = `network-details-${index}`;
    const distance = place && network.location ? distanceKm(place, network.location) : undefined;
    return html`<li part="item" class=${selected ? 'network selected' : 'network'}>
      <button
        type="button"
        class="network-button"
        data-id=${network.id}
        tabindex=${network.id === stop ? 0 : -1}
        aria-expanded=${selected ? 'true' : 'false'}
        aria-controls=${detailsId}
        @click=${() => onChoose(network)}
        @focus=${() => onFocusNetwork(network.id)}
      >
        <span class="swatch scope-${network.scope}" aria-hidden="true"></span>
        <span class="network-name">${network.name}</span>
        <span class="network-meta"
          >${scopeName(msg, network.scope)}${distance !== undefined && network.scope !== 'national' ? html` · ${msg.distanceAway(formatDistance(locale, distance))}` : nothing}</span
        >
        ${covering.has(network.id) ? html`<span class="badge covers">${msg.coversYourPlace}</span>` : nothing}
      </button>
      ${selected ? networkDetails(msg, locale, network, detailsId) : html`<div id=${detailsId} hidden></div>`}
    </li>`;
  };
  return html`<div class="networks" @keydown=${moveFocus}>
    <h3 id="networks-heading" tabindex="-1">
      ${msg.listHeading} <span class="muted">(${msg.networkCount(networks.length)})</span>
    </h3>
    ${networks.length > 1 ? html`<p class="muted list-hint">${msg.listKeyboardHint}</p>` : nothing}
    ${networks.length === 0 ? html`<p>${feedHasNetworks ? msg.noNetworksForScope : msg.noNetworksInFeed}</p>` : nothing}
    ${
      drawn.length
        ? html`<ul part="list" class="network-list">
            ${repeat(
              drawn,
              (network) => network.id,
              (network, index) => item(network, index),
            )}
          </ul>`
        : nothing
    }
    ${
      national.length
        ? html`<h4>${msg.nationalHeading}</h4>
            <p class="muted">${msg.nationalNote}</p>
            <ul part="list" class="network-list">
              ${repeat(
                national,
                (network) => network.id,
                (network, index) => item(network, drawn.length + index),
              )}
            </ul>`
        : nothing
    }
  </div>`;
}
