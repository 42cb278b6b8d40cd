import type { place as english } from '../en/place.js';

/** Welsh strings of the place area. */
export const place: typeof english = {};
