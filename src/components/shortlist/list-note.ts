/**
 * The visitor's note on the list in `<lw-shortlist>`: the box shows what they type at once, and the note
 * is kept in the store once typing pauses, when the box loses focus, and before the widget goes away or
 * the plan is printed. How many characters are left is said once fewer than 200 remain.
 */
import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ShortlistCatalogue } from '../../i18n/shortlist-words.js';
import { maxNoteLength } from '../../store/saved.js';
import type { LinkworkStore } from '../../store/store.js';

/** How long typing in the note pauses before the note is kept. */
const noteDelayMs = 300;
/** Show how many characters are left once fewer than this remain. */
const noteWarning = 200;

export class ListNote implements ReactiveController {
  /** What was typed and is not kept yet. */
  #draft?: string;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => LinkworkStore | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.keep();
  }

  /** The note as the visitor sees it: typed, or kept. */
  get text(): string {
    return this.#draft ?? this.store()?.state.listNote ?? '';
  }

  /** Keeps what was typed now. */
  keep(): void {
    clearTimeout(this.#timer);
    if (this.#draft !== undefined) this.store()?.setListNote(this.#draft);
    this.#draft = undefined;
  }

  /** Forgets what was typed (the note was put back as it was). */
  forget(): void {
    this.#draft = undefined;
  }

  render(msg: ShortlistCatalogue) {
    const note = this.text;
    const left = maxNoteLength - note.length;
    return html`<div class="note">
      <label for="note">${msg.noteLabel}</label>
      <p id="note-hint" class="muted">${msg.noteHint}</p>
      <textarea
        id="note"
        part="note"
        rows="4"
        maxlength=${maxNoteLength}
        aria-describedby="note-hint note-left"
        .value=${live(note)}
        @input=${(event: InputEvent) => this.#type((event.target as HTMLTextAreaElement).value)}
        @change=${() => this.keep()}
      ></textarea>
      <p id="note-left" class="muted">${left < noteWarning ? msg.noteCharactersLeft(left) : ''}</p>
    </div>`;
  }

  #type(text: string): void {
    this.#draft = text;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.keep(), noteDelayMs);
    this.host.requestUpdate();
  }
}
