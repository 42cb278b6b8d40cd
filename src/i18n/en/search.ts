/** Strings of the search area. */
export const search = {};
