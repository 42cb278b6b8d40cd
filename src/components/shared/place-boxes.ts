import type { LinkworkStore } from '../../store/store.js';

/** A widget that can show the postcode box: its element, and how to take the visitor to its box. */
export interface PlaceBox {
  readonly element: HTMLElement;
  /** Moves keyboard focus to the postcode box (and scrolls it into view). */
  focusBox(): void;
  /** Draws the widget again: the box may have moved to it, or away. */
  redraw(): void;
}

/** The widgets of each shared store that could show the box. Keyed weakly: a store that goes takes its list. */
const boxesOf = new WeakMap<LinkworkStore, Set<PlaceBox>>();

function redrawAll(boxes: ReadonlySet<PlaceBox>): void {
  for (const box of boxes) box.redraw();
}

/**
 * Records `box` as able to show the place box for `store`; returns the function that forgets it. Each change
 * redraws every widget of the store, since the one that shows the box may have changed.
 */
export function addPlaceBox(store: LinkworkStore, box: PlaceBox): () => void {
  let boxes = boxesOf.get(store);
  if (!boxes) boxesOf.set(store, (boxes = new Set()));
  boxes.add(box);
  redrawAll(boxes);
  return () => {
    boxes.delete(box);
    redrawAll(boxes);
  };
}

/**
 * The one widget of `store` that shows the postcode box: a `<lw-place-finder>` where the page put one (the first,
 * in page order), else the first widget in page order. The others say where the place is and link to it.
 */
export function placeBoxOf(store: LinkworkStore): PlaceBox | undefined {
  const boxes = [...(boxesOf.get(store) ?? [])].filter((box) => box.element.isConnected);
  const inPageOrder = (a: PlaceBox, b: PlaceBox) =>
    a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  const placed = boxes.filter((box) => box.element.localName === 'lw-place-finder');
  return (placed.length ? placed : boxes).sort(inPageOrder)[0];
}
