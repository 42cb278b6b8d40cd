/**
 * "Add to my list" / "On my list": a toggle button that saves an activity to the visitor's list in the
 * store the widget shows, so every widget in one `<lw-feed>` (and its `<lw-shortlist>`) agrees. It finds
 * that store through the widget drawing it, so a widget only has to put it in its template.
 */
import { html, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import { storeOf } from '../../controllers/store-controller.js';
import type { Activity } from '../../feed/schema.js';
import type { Catalogue } from '../../i18n/en.js';

/** The button, pressed when `saved`; `onToggle` saves or unsaves. */
export function renderSaveButton(msg: Catalogue, activity: Activity, saved: boolean, onToggle: () => void) {
  const words = saved ? msg.onList : msg.addToList;
  return html`<button
    type="button"
    part="save"
    class="save"
    aria-pressed=${saved ? 'true' : 'false'}
    @click=${onToggle}
  >
    <span class="save-mark" aria-hidden="true">${saved ? '★' : '☆'}</span>
    <span aria-hidden="true">${words}</span><span class="visually-hidden">${msg.saveNamed(words, activity.title)}</span>
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
    const saved = store.state.saved.includes(activity.id);
    return renderSaveButton(msg, activity, saved, () =>
      store.state.saved.includes(activity.id) ? store.unsave(activity.id) : store.save(activity.id),
    );
  }
}

/** The save button of `activity`, acting on the store of the widget whose template holds it. */
export const saveButton = directive(SaveButton);
