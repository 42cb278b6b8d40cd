import type { ReactiveElement } from 'lit';

export interface FocusAfterUpdateOptions extends FocusOptions {
  /** Leave focus alone if something in the widget has it once the update is drawn. */
  unlessFocused?: boolean;
}

/**
 * Once the element has drawn its next update, moves focus to the first of `selectors` found in its
 * shadow root, so focus never falls out of a widget when the control that had it goes away. Returns
 * what it focused, if anything.
 */
export async function focusAfterUpdate(
  host: ReactiveElement,
  selectors: readonly string[],
  { unlessFocused = false, ...options }: FocusAfterUpdateOptions = {},
): Promise<HTMLElement | undefined> {
  await host.updateComplete;
  if (unlessFocused && host.shadowRoot?.activeElement) return undefined;
  for (const selector of selectors) {
    const target = host.renderRoot.querySelector<HTMLElement>(selector);
    if (target) {
      target.focus(options);
      return target;
    }
  }
  return undefined;
}
