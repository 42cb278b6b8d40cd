import type { LocatedPlace, Place } from './schema.js';

/** The place, when it has coordinates to measure and map; undefined for an address or postcode alone. */
export function located(place: Place | null | undefined): LocatedPlace | undefined {
  return place && place.lat !== undefined && place.lng !== undefined ? (place as LocatedPlace) : undefined;
}
