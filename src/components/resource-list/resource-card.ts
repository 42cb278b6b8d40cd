import { html, nothing } from 'lit';
import type { Resource } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { formatList } from '../../i18n/format.js';
import { highlight, type TextPiece } from '../../search/highlight.js';
import { isExternal, webHref } from '../shared/links.js';
import { paragraphs } from '../shared/paragraphs.js';
import { audienceInSentence } from './resource-words.js';

export interface ResourceCardContext {
  msg: Catalogue;
  /** The BCP 47 tag for `Intl`. */
  intl: string;
  /** The words the search matched, marked in titles. */
  matched: ReadonlySet<string>;
  /** Called when the visitor follows a resource's link; false stops the link. */
  onOpen: (resource: Resource) => boolean;
}

const externalMark = html`<svg class="external-mark" aria-hidden="true" viewBox="0 0 16 16" width="14" height="14">
  <path d="M9 2h5v5M14 2 7 9M12 9v5H2V4h5" fill="none" stroke="currentColor" stroke-width="1.6" />
</svg>`;

const piece = ({ text, match }: TextPiece) => (match ? html`<mark>${text}</mark>` : text);

/**
 * The title, its matched words marked. A link to another site ends with words for screen readers and
 * an arrow, kept on one line with the title's last word so the arrow never wraps alone.
 */
function title(resource: Resource, matched: ReadonlySet<string>, external: boolean, msg: Catalogue) {
  const pieces = highlight(resource.title, matched);
  if (!external) return pieces.map(piece);
  const last = pieces.pop()!;
  // At most the last 20 letters are kept with the arrow, so a long unbroken word can still wrap.
  const cut = Math.max(last.text.lastIndexOf(' ') + 1, last.text.length - 20);
  const head = { text: last.text.slice(0, cut), match: last.match };
  const tail = { text: last.text.slice(cut), match: last.match };
  return html`${[...pieces, head].filter((part) => part.text).map(piece)}<span class="last-word"
      >${piece(tail)}<span class="visually-hidden"> ${msg.opensAnotherSite}</span>${externalMark}</span
    >`;
}

/** One resource: its title as a link (only http(s)), badges, who it is for and its description. */
export function resourceCard(resource: Resource, { msg, intl, matched, onOpen }: ResourceCardContext) {
  const href = webHref(resource.url);
  const external = href !== undefined && isExternal(href);
  const audiences = resource.audience.map((audience) => audienceInSentence(msg, audience));
  return html`<li part="item" class="resource" data-id=${resource.id}>
    <p class="title">
      ${
        href
          ? html`<a part="link" href=${href} @click=${(event: Event) => onOpen(resource) || event.preventDefault()}
              >${title(resource, matched, external, msg)}</a
            >`
          : html`<span>${title(resource, matched, false, msg)}</span>`
      }
    </p>
    ${
      resource.registrationRequired || resource.national
        ? html`<p class="badges">
            ${resource.registrationRequired ? html`<span part="badge" class="badge registration">${msg.registrationRequired}</span>` : nothing}
            ${resource.national ? html`<span part="badge" class="badge national">${msg.nationalResource}</span>` : nothing}
          </p>`
        : nothing
    }
    ${resource.description ? paragraphs(resource.description, 'description') : nothing}
    ${audiences.length ? html`<p class="audience muted">${msg.resourceFor(formatList(intl, audiences))}</p>` : nothing}
  </li>`;
}
