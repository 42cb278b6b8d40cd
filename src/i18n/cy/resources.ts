import type { resources as english } from '../en/resources.js';

/** Welsh strings of the resources area. */
export const resources: typeof english = {};
