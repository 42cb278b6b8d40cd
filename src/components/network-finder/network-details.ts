import { html, nothing } from 'lit';
import type { Network } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { coverageWords } from './scope-words.js';

/**
 * What the finder says about one network: its description, area and how to reach it. Feed text is
 * only ever bound as text; links are the feed's validated http(s) URLs, `mailto:` and `tel:`.
 */
export function networkDetails(msg: Catalogue, locale: string, network: Network, id: string) {
  const { description, location, url, email, phone } = network;
  const address = [location?.name, location?.address, location?.postcode].filter(Boolean).join(', ');
  return html`<div class="details" id=${id} part="details">
    ${description ? html`<p>${description}</p>` : nothing}
    <p class="muted">${coverageWords(msg, locale, network)}</p>
    <dl>
      ${address ? html`<dt>${msg.address}</dt><dd>${address}</dd>` : nothing}
      ${url ? html`<dt>${msg.website}</dt><dd><a href=${url} rel="noopener" target="_blank">${url.replace(/^https?:\/\//, '')}</a></dd>` : nothing}
      ${email ? html`<dt>${msg.email}</dt><dd><a href=${`mailto:${email}`}>${email}</a></dd>` : nothing}
      ${phone ? html`<dt>${msg.phone}</dt><dd><a href=${`tel:${phone.replace(/\s+/g, '')}`}>${phone}</a></dd>` : nothing}
    </dl>
  </div>`;
}
