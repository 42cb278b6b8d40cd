/**
 * The search's skip links, out of sight until focused: "Skip past the search" (to its end, from which
 * the next Tab leaves the widget: past the filters and every result, to what follows on the page), then
 * "Skip to results" (to the count, from which the next Tab reaches the first result), just before the
 * search box so that Shift+Tab from the box reaches it.
 */
import { html } from 'lit';
import type { Catalogue } from '../../i18n/en.js';

function target(event: Event, selector: string): HTMLElement | null {
  const root = (event.currentTarget as HTMLElement).getRootNode() as ShadowRoot;
  return root.querySelector<HTMLElement>(selector);
}

/**
 * The end is a Tab stop only while it has focus: from an element out of the Tab order at the end of a
 * shadow root, Chromium's next Tab goes back to the root's start instead of on to the page.
 */
function skipPast(event: Event): void {
  const end = target(event, '.search-end');
  if (!end) return;
  end.tabIndex = 0;
  end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
  end.focus();
}

export function skipLinks(msg: Catalogue) {
  return html`<button type="button" class="skip-link" @click=${skipPast}>${msg.skipPastSearch}</button>
    <button type="button" class="skip-link" @click=${(event: Event) => target(event, '[part="count"]')?.focus()}>
      ${msg.skipToResults}
    </button>`;
}

/** Where "Skip past the search" lands: said, and shown with its focus ring, only while it has focus. */
export function searchEnd(msg: Catalogue) {
  return html`<p class="search-end" tabindex="-1">${msg.searchEnd}</p>`;
}
