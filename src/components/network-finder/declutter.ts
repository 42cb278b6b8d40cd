/**
 * Markers never hide one another: in the order given (what matters most first), each marker stays
 * where it belongs unless it would overlap one already placed; then it moves to the nearest free spot
 * on rings around that point (the way a spiderfied cluster fans out), so every target keeps its own
 * box. Pure pixel geometry, so it is tested and reused without a map.
 */

/** A marker's box in the map's pixels, where its point belongs. */
export interface MarkerBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The space kept between two markers. */
const gap = 2;
/** How far apart the rings of candidate spots are, and how far out they go. */
const ringStep = 6;
const farthest = 240;

const overlaps = (a: MarkerBox, b: MarkerBox) =>
  a.left < b.left + b.width + gap &&
  b.left < a.left + a.width + gap &&
  a.top < b.top + b.height + gap &&
  b.top < a.top + a.height + gap;

/** How far (`x`, `y` in px) each box must move so that none overlaps an earlier one. */
export function declutter(boxes: readonly MarkerBox[]): { x: number; y: number }[] {
  const placed: MarkerBox[] = [];
  return boxes.map((box) => {
    const free = (x: number, y: number) => {
      const moved = { ...box, left: box.left + x, top: box.top + y };
      return placed.every((other) => !overlaps(moved, other)) ? moved : undefined;
    };
    let found = free(0, 0);
    let offset = { x: 0, y: 0 };
    for (let radius = ringStep; !found && radius <= farthest; radius += ringStep) {
      const steps = Math.ceil((2 * Math.PI * radius) / ringStep);
      for (let step = 0; step < steps && !found; step++) {
        // From straight below, round: the first spots tried keep a pin's point near its place.
        const angle = Math.PI / 2 + (2 * Math.PI * step) / steps;
        offset = { x: Math.round(radius * Math.cos(angle)), y: Math.round(radius * Math.sin(angle)) };
        found = free(offset.x, offset.y);
      }
    }
    placed.push(found ?? box);
    return found ? offset : { x: 0, y: 0 };
  });
}
