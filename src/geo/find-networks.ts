import type { Network, Scope } from '../feed/schema.js';
import { networkCovers } from './coverage.js';
import { distanceKm, type LatLng } from './distance.js';

/** A network in an answer, with how far its base is from the place asked about (when it has a base). */
export interface NetworkNearby {
  network: Network;
  distanceKm?: number;
}

/** The answer to "which network covers me?". */
export interface NetworkAnswer {
  /** Networks whose coverage includes the place: local first, then regional, then national; nearer first within each. */
  covering: NetworkNearby[];
  /** Local and regional networks that do not cover the place, nearest first (at most `nearestCount`). */
  nearest: NetworkNearby[];
}

const scopeOrder: Record<Scope, number> = { local: 0, regional: 1, national: 2 };

/** Orders networks most local first, then by distance, then by name. */
export function byScope(a: NetworkNearby, b: NetworkNearby): number {
  const far = Number.POSITIVE_INFINITY;
  return (
    scopeOrder[a.network.scope] - scopeOrder[b.network.scope] ||
    (a.distanceKm ?? far) - (b.distanceKm ?? far) ||
    a.network.name.localeCompare(b.network.name)
  );
}

/** Which networks cover `place`, and which others are nearest. */
export function findNetworks(networks: readonly Network[], place: LatLng, nearestCount = 3): NetworkAnswer {
  const covering: NetworkNearby[] = [];
  const others: NetworkNearby[] = [];
  for (const network of networks) {
    const nearby = { network, distanceKm: network.location ? distanceKm(place, network.location) : undefined };
    if (networkCovers(network, place)) covering.push(nearby);
    else if (network.scope !== 'national' && nearby.distanceKm !== undefined) others.push(nearby);
  }
  others.sort((a, b) => a.distanceKm! - b.distanceKm!);
  return { covering: covering.sort(byScope), nearest: others.slice(0, nearestCount) };
}

/** Whether an answer found a local or regional network (national ones cover everyone). */
export function hasLocalCover(answer: NetworkAnswer): boolean {
  return answer.covering.some((nearby) => nearby.network.scope !== 'national');
}
