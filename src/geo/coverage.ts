import pointInPolygon from 'point-in-polygon-hao';
import type { Coverage, Network, Point } from '../feed/schema.js';
import { distanceKm, type LatLng } from './distance.js';
import { inUk } from './uk.js';

/** Whether a network's area includes a point; a point on the boundary counts as inside. */
export function networkCovers(network: Network, point: LatLng): boolean {
  return coverageIncludes(network.coverage, network.location, point);
}

function coverageIncludes(coverage: Coverage, centre: Point | undefined, point: LatLng): boolean {
  if (coverage === 'national') return inUk(point);
  if ('radiusKm' in coverage) return centre !== undefined && distanceKm(centre, point) <= coverage.radiusKm;
  const polygons = coverage.type === 'Polygon' ? [coverage.coordinates] : coverage.coordinates;
  const position = [point.lng, point.lat];
  return polygons.some((rings) => pointInPolygon(position, rings) !== false);
}
