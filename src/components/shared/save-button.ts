/**
 * "Add to my list" / "On my list": a toggle button that saves an activity to the visitor's list in the
 * store the widget shows, so every widget in one `<lw-feed>` (and its `<lw-shortlist>`) agrees. It finds
 * that store through the widget drawing it, so a widget only has to put it in its template.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { storeOf } from '../../controllers/store-controller.js';
import type { Activity } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';
import { maxSaved } from '../../store/saved.js';
import type { LinkworkStore } from '../../store/store.js';

/**
 * The button of `activity` in `store`: pressed when it is on the visitor's list, and pressing it saves or unsaves.
 * On a full list an activity not on it cannot be added, and its button says so (`aria-disabled`), rather than doing
 * nothing when pressed.
 */
export function renderSaveButton(msg: Catalogue, activity: Activity, store: LinkworkStore) {
  const { id, title } = activity;
  const saved = store.state.saved.includes(id);
  const full = !saved && store.state.saved.length >= maxSaved;
  const words = saved ? msg.onList : full ? msg.listFullButton : msg.addToList;
  return html`<button
    type="button"
    part="save"
    class="save"
    aria-pressed=${saved ? 'true' : 'false'}
    aria-disabled=${full ? 'true' : nothing}
    @click=${full ? nothing : () => (store.state.saved.includes(id) ? store.unsave(id) : store.save(id))}
  >
    <span class="save-mark" aria-hidden="true">${saved ? '★' : '☆'}</span>
    <span aria-hidden="true">${words}</span
    ><span class="visually-hidden"
      >${full ? msg.listFullNamed(String(maxSaved), title) : msg.saveNamed(words, title)}</span
    >
  </button>`;
}

class SaveButton extends Directive {
  render(_msg: Catalogue, _activity: Activity): TemplateResult | string {
    return '';
  }

  override update(part: ChildPart, [msg, activity]: Parameters<this['render']>) {
    // The widget re-renders on every change to its store, and so this button with it.
    const store = storeOf(part.options?.host as Element | undefined);
    if (!store) return '';
    return renderSaveButton(msg, activity, store);
  }
}

/** The save button of `activity`, acting on the store of the widget whose template holds it. */
export const saveButton = directive(SaveButton);
