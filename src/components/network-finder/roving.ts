/**
 * Roving focus, the ARIA APG's way of making a group of buttons one Tab stop: only one of them is in
 * the Tab order, and the arrow keys, Home and End move focus within the group.
 */
export interface RovingKeys {
  /** The arrow keys that go to the next and the previous button. */
  next: string;
  previous: string;
  /** Whether the last button leads back to the first (and the first to the last). */
  wrap: boolean;
}

export const acrossKeys: RovingKeys = { next: 'ArrowRight', previous: 'ArrowLeft', wrap: true };
export const downKeys: RovingKeys = { next: 'ArrowDown', previous: 'ArrowUp', wrap: false };

/** The button of `buttons` that `event`'s key moves focus to from the one it was pressed on (undefined for other keys). */
export function rovingTarget<T extends HTMLElement>(
  buttons: T[],
  event: KeyboardEvent,
  keys: RovingKeys,
): T | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const at = buttons.indexOf(event.target as T);
  if (at < 0) return undefined;
  const last = buttons.length - 1;
  const after = at === last ? (keys.wrap ? 0 : last) : at + 1;
  const before = at === 0 ? (keys.wrap ? last : 0) : at - 1;
  const to = { [keys.next]: after, [keys.previous]: before, Home: 0, End: last }[event.key];
  if (to === undefined) return undefined;
  event.preventDefault();
  return buttons[to];
}
