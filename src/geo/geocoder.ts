import type { LatLng } from './distance.js';

/** Where a postcode is. */
export interface GeocodedPlace extends LatLng {
  /** The postcode as the service knows it, e.g. `SW1A 1AA`. */
  label: string;
}

/**
 * Turns a UK postcode into a place. Resolves `undefined` for a postcode the service does not know,
 * and rejects with a {@link GeocoderError} when the service itself fails.
 */
export type Geocoder = (postcode: string, options?: { signal?: AbortSignal }) => Promise<GeocodedPlace | undefined>;

/** The postcode service failed or did not answer in time; the visitor can try again later. */
export class GeocoderError extends Error {
  override readonly name = 'GeocoderError';
}

/**
 * The default geocoder: the free postcodes.io service (or any service with its API at `baseUrl`).
 * Looks up a full postcode first and, when that is unknown (a new or retired postcode), its outward code.
 * Its code (postcodes-io.ts) loads with the first postcode a visitor looks up, not with the page.
 */
export function postcodesIo(baseUrl = 'https://api.postcodes.io', timeoutMs = 8000): Geocoder {
  return async (text, options) => (await import('./postcodes-io.js')).askPostcodesIo(baseUrl, timeoutMs, text, options);
}

/** How long the widgets wait for any geocoder, the default or the page's own. */
export const geocoderTimeoutMs = 8000;

/**
 * Asks `geocoder` where `postcode` is, as the widgets do: it has {@link geocoderTimeoutMs} to answer (one
 * that never answers fails like a slow service, with a {@link GeocoderError}), and only a place with
 * finite coordinates in range counts: any other answer is treated as "not found" and reported in the console.
 */
export async function lookUpPostcode(
  geocoder: Geocoder,
  postcode: string,
  { signal, timeoutMs = geocoderTimeoutMs }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<GeocodedPlace | undefined> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const answer = await new Promise<unknown>((resolve, reject) => {
    const stop = () =>
      reject(
        signal?.aborted
          ? signal.reason
          : new GeocoderError(`The postcode service did not answer within ${timeoutMs / 1000} s.`),
      );
    if (both.aborted) return stop();
    both.addEventListener('abort', stop, { once: true });
    Promise.resolve()
      .then(() => geocoder(postcode, { signal: both }))
      .then(resolve, reject)
      .finally(() => both.removeEventListener('abort', stop));
  });
  if (answer === undefined || answer === null) return undefined;
  const place = placeIn(answer, postcode);
  if (!place)
    console.warn(
      `Linkwork: the geocoder's answer for ${postcode} is not a place (it needs numbers "lat" from -90 to 90 and "lng" from -180 to 180), so the postcode counts as not found:`,
      answer,
    );
  return place;
}

function placeIn(answer: unknown, postcode: string): GeocodedPlace | undefined {
  const { lat, lng, label } = answer as Partial<Record<keyof GeocodedPlace, unknown>>;
  const within = (value: unknown, limit: number): value is number =>
    typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
  if (!within(lat, 90) || !within(lng, 180)) return undefined;
  return { lat, lng, label: typeof label === 'string' && label.trim() ? label : postcode };
}
