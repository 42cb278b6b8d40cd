/**
 * The filters of `<lw-activity-search>` folding away on narrow screens: their button unfolds and folds
 * them, "Show results" folds them and takes the visitor to the results, and Escape folds them and gives
 * focus back to their button.
 */
import type { ReactiveElement } from 'lit';
import { focusAfterUpdate } from '../shared/focus-after-update.js';
import type { FiltersAreaOptions } from './filters-panel.js';

export class FiltersFold {
  /** Whether the filters are unfolded. */
  #open = false;

  constructor(private readonly host: ReactiveElement) {}

  /** What the filters area needs to fold. */
  get area(): Pick<FiltersAreaOptions, 'open' | 'onToggle' | 'onDone' | 'onKey'> {
    return {
      open: this.#open,
      onToggle: () => this.#set(!this.#open),
      onDone: () => {
        this.#set(false);
        void focusAfterUpdate(this.host, ['.results .title-button', '[part="filters-toggle"]']);
      },
      onKey: (event) => {
        if (event.key !== 'Escape' || !this.#open) return;
        event.preventDefault();
        this.#set(false);
        void focusAfterUpdate(this.host, ['[part="filters-toggle"]']);
      },
    };
  }

  #set(open: boolean): void {
    this.#open = open;
    this.host.requestUpdate();
  }
}
