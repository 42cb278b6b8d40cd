import type { search as english } from '../en/search.js';

/** Welsh strings of the search area. */
export const search: typeof english = {};
