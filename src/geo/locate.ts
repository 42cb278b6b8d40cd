import type { LatLng } from './distance.js';

export type LocateErrorKind = 'unsupported' | 'denied' | 'unavailable' | 'timeout';

/** The browser could not tell where the visitor is; `kind` says why, so the widget can explain. */
export class LocateError extends Error {
  override readonly name = 'LocateError';
  constructor(readonly kind: LocateErrorKind) {
    super(`Geolocation failed: ${kind}`);
  }
}

const kinds: Record<number, LocateErrorKind> = { 1: 'denied', 2: 'unavailable', 3: 'timeout' };

/** Asks the browser where the visitor is (it asks the visitor first). Coarse accuracy is enough. */
export function locateVisitor({ timeoutMs = 15000 } = {}): Promise<LatLng> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new LocateError('unsupported'));
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ lat: coords.latitude, lng: coords.longitude }),
      (error) => reject(new LocateError(kinds[error.code] ?? 'unavailable')),
      { timeout: timeoutMs, maximumAge: 5 * 60 * 1000, enableHighAccuracy: false },
    );
  });
}
