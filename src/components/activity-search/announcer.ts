/**
 * What the search says to screen readers, apart from what it shows: the result count, once a change
 * has settled. While the visitor types, the count on screen follows at once but is read out only after
 * a pause of {@link typingQuietMs}, so a slow typist is not talked over after each word; other changes
 * (a filter, Enter, "Show more") are read out at once. One message at a time, in one polite live region
 * that is in the page from the start.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** How long typing must pause before the count is read out (accessible-autocomplete waits 1,400 ms). */
export const typingQuietMs = 1200;

/** How long other changes settle before they are read out (quick changes then speak once). */
const settleMs = 150;

export class Announcer implements ReactiveController {
  /** What the live region holds now. */
  #said = '';
  /** The count last seen, and a message to go before it (a filter added, more results shown). */
  #count = '';
  #lead = '';
  /** The lead says it all: read it without the count. */
  #alone = false;
  #lastTyped = -Infinity;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** The visitor typed: what follows waits for a pause. */
  typed(): void {
    this.#lastTyped = performance.now();
    if (this.#timer !== undefined) this.#schedule();
  }

  /** Reads `message` out before the next count ("Filter added: Tuesday. 4 activities match"). */
  lead(message: string): void {
    this.#lead = message;
    this.#alone = false;
    this.#schedule();
  }

  /** Reads `message` out instead of the next count (it says what changed: "5 more shown: 10 of 12"). */
  say(message: string): void {
    this.#lead = message;
    this.#alone = true;
    this.#schedule();
  }

  /** The count as the widget shows it now, taken as already known: nothing is read out. */
  quietly(count: string): void {
    this.#count = count;
  }

  /** The count as the widget shows it now: read out once it changed and things settled. */
  count(count: string): void {
    if (count === this.#count) return;
    this.#count = count;
    this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    const wait = Math.max(settleMs, this.#lastTyped + typingQuietMs - performance.now());
    this.#timer = setTimeout(() => this.#speak(), wait);
  }

  #speak(): void {
    this.#timer = undefined;
    const message = this.#alone ? this.#lead : [this.#lead, this.#count].filter(Boolean).join(' ');
    this.#lead = '';
    this.#alone = false;
    // The same words again (a filter added and removed) are read again: change the text so the region speaks.
    this.#said = message === this.#said ? `${message}\u00a0` : message;
    this.host.requestUpdate();
  }

  /** The live region: always in the page, empty until it speaks. */
  render() {
    return html`<p class="visually-hidden" role="status" aria-atomic="true" data-announcer>${this.#said}</p>`;
  }
}
