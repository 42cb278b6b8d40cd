/**
 * The map as one Tab stop (after MapML and the ARIA composite-widget patterns): with the map focused,
 * the arrow keys go from marker to marker in list order (networks, then the activities in the search's
 * order), Home and End to the first and last; each marker is a button, so a screen reader reads its
 * name and what it is, then where it is among the markers in view ("3 of 12"). Enter or Space chooses (see
 * activate.ts), Escape brings focus back to the map, plus and minus zoom. Markers stay out of the Tab order
 * (`tabindex="-1"`).
 */

export interface MarkerKeyActions {
  /** The markers in view, in list order. */
  markers: () => HTMLElement[];
  zoom: (by: 1 | -1) => void;
  /** "3 of 12", in the visitor's language. */
  position: (at: number, count: number) => string;
}

/** Says, after a marker's name, where it is among the markers in view: they change as the map moves. */
function sayPosition(marker: HTMLElement, words: string): void {
  let position = marker.querySelector('.marker-position');
  if (!position) {
    position = document.createElement('span');
    position.className = 'visually-hidden marker-position';
    marker.append(position);
  }
  position.textContent = `, ${words}`;
}

export function listenForMarkerKeys(container: HTMLElement, actions: MarkerKeyActions, signal: AbortSignal): void {
  container.tabIndex = 0;
  container.addEventListener(
    'keydown',
    (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement;
      if (event.key === 'Escape') {
        if (target === container) return;
        event.preventDefault();
        container.focus();
        return;
      }
      if (event.key === '+' || event.key === '=' || event.key === '-') {
        event.preventDefault();
        actions.zoom(event.key === '-' ? -1 : 1);
        return;
      }
      const markers = actions.markers();
      const at = markers.indexOf(target);
      const last = markers.length - 1;
      const to = {
        ArrowRight: Math.min(at + 1, last),
        ArrowDown: Math.min(at + 1, last),
        ArrowLeft: at < 0 ? last : Math.max(at - 1, 0),
        ArrowUp: at < 0 ? last : Math.max(at - 1, 0),
        Home: 0,
        End: last,
      }[event.key];
      if (to === undefined) return;
      event.preventDefault();
      const marker = markers[to];
      if (!marker) return;
      sayPosition(marker, actions.position(to + 1, markers.length));
      marker.focus({ preventScroll: true });
    },
    { signal },
  );
  // A marker left keeps only its name: its place among the markers is said again when it is reached again.
  container.addEventListener(
    'focusout',
    (event) => (event.target as HTMLElement).querySelector?.(':scope > .marker-position')?.remove(),
    { signal },
  );
}

/** Whether a marker's element is (at least partly) inside the map's box. */
export function inView(container: HTMLElement, element: HTMLElement): boolean {
  const box = container.getBoundingClientRect();
  const mark = element.getBoundingClientRect();
  return mark.right > box.left && mark.left < box.right && mark.bottom > box.top && mark.top < box.bottom;
}
