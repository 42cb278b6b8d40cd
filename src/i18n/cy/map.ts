import type { map as english } from '../en/map.js';

/** Welsh strings of the map area. */
export const map: typeof english = {};
