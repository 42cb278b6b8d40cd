/** Strings of the map area. */
export const map = {};
