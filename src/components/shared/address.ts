import type { Place } from '../../feed/schema.js';

/** A place as one line: "Leeds Central Library, 5 Market Place, LS1 1AA"; empty when the feed gives no words. */
export function addressLine(place: Place | null | undefined): string {
  return [place?.name, place?.address, place?.postcode].filter(Boolean).join(', ');
}
