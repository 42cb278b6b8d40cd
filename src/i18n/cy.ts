import type { Catalogue } from './en.js';
import { feed } from './cy/feed.js';

/** The Welsh catalogue. */
export const cy: Catalogue = { ...feed };
