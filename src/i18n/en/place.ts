/** Strings of the place area. */
export const place = {};
