/**
 * Sends one of Linkwork's public events from an element: the one way every widget and controller
 * dispatches them (each class documents its events with `@fires`). Returns false when the page
 * cancelled a cancelable event, so the caller leaves things as they were.
 */
export function fire(host: EventTarget, event: Event): boolean {
  return host.dispatchEvent(event);
}
