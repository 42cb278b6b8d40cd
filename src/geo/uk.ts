import type { LatLng } from './distance.js';

/**
 * Whether a point is in or near the United Kingdom: a generous box around Great Britain, Northern
 * Ireland and the islands (the Channel Islands and France lie south of it), minus the Republic of
 * Ireland west of the Irish Sea. Enough
 * to tell a visitor on holiday abroad why no network covers them; not a border.
 */
export function inUk({ lat, lng }: LatLng): boolean {
  if (lat < 49.8 || lat > 61 || lng < -8.7 || lng > 2) return false;
  // South of Northern Ireland, west of the Irish Sea, north of the Isles of Scilly.
  if (lat > 51.3 && lat < 54.05 && lng < -5.9) return false;
  return true;
}
