import { html, nothing } from 'lit';
import type { Network } from '../../feed/schema.js';
import { hasLocalCover, type NetworkAnswer, type NetworkNearby } from '../../geo/find-networks.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatDistance } from '../../i18n/format.js';
import { scopeName } from './scope-words.js';

/**
 * "Which network covers me?": the networks covering the place, most local first, then the nearest
 * others with distances. Where no local or regional network covers it yet (the status above says so),
 * a kind word on how to find people nearby, and the question of whether the visitor could start one.
 */
export function answerView(
  msg: Catalogue,
  locale: string,
  placeName: string,
  answer: NetworkAnswer,
  onChoose: (network: Network) => void,
) {
  const entry = ({ network, distanceKm }: NetworkNearby) =>
    html`<li>
      <button type="button" class="link-button" @click=${() => onChoose(network)}>${network.name}</button>
      <span class="muted"
        >${scopeName(msg, network.scope)}${distanceKm !== undefined && network.scope !== 'national' ? ` · ${msg.distanceAway(formatDistance(locale, distanceKm))}` : ''}</span
      >
    </li>`;
  const covered = hasLocalCover(answer);
  return html`<div class="answer" part="answer">
    <h3>${msg.answerHeading(placeName)}</h3>
    ${
      covered
        ? nothing
        : html`<div class="no-network" part="empty">
            <p>${msg.noNetworkKind}</p>
            <p>${msg.noNetworkQuestion}</p>
          </div>`
    }
    ${
      answer.covering.length
        ? html`<ol class="answer-list">
            ${answer.covering.map(entry)}
          </ol>`
        : nothing
    }
    ${
      answer.nearest.length && !covered
        ? html`<h4>${msg.nearestHeading}</h4>
            <ol class="answer-list">
              ${answer.nearest.map(entry)}
            </ol>`
        : nothing
    }
  </div>`;
}
