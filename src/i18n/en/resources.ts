/** Strings of the resources area. */
export const resources = {};
