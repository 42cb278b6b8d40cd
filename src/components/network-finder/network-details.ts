import { html, nothing } from 'lit';
import type { Network } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { addressLine } from '../shared/address.js';
import { mailtoHref, telHref, webHref } from '../shared/links.js';
import { paragraphs } from '../shared/paragraphs.js';
import { coverageWords } from './scope-words.js';

/**
 * What the finder says about one network: its description, area and how to reach it. Feed text is
 * only ever bound as text; links are only http(s), `mailto:` and `tel:` (see shared/links.ts).
 */
export function networkDetails(msg: Catalogue, locale: string, network: Network, id: string) {
  const { description, location, url, email, phone } = network;
  const [website, mail, tel] = [webHref(url), mailtoHref(email), telHref(phone)];
  const address = addressLine(location);
  return html`<div class="details" id=${id} part="details">
    ${description ? paragraphs(description, 'description') : nothing}
    <p class="muted">${coverageWords(msg, locale, network)}</p>
    <dl>
      ${
        address
          ? html`<dt>${msg.address}</dt>
              <dd>${address}</dd>`
          : nothing
      }
      ${
        website
          ? html`<dt>${msg.website}</dt>
              <dd><a href=${website} rel="noopener" target="_blank">${url!.replace(/^https?:\/\//, '')}</a></dd>`
          : nothing
      }
      ${
        mail
          ? html`<dt>${msg.email}</dt>
              <dd><a href=${mail}>${email}</a></dd>`
          : nothing
      }
      ${
        tel
          ? html`<dt>${msg.phone}</dt>
              <dd><a href=${tel}>${phone}</a></dd>`
          : nothing
      }
    </dl>
  </div>`;
}
