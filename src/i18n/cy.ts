import type { Catalogue } from './en.js';
import { feed } from './cy/feed.js';
import { place } from './cy/place.js';
import { search } from './cy/search.js';
import { map } from './cy/map.js';
import { resources } from './cy/resources.js';
import { adapters } from './cy/adapters.js';

/** The Welsh catalogue. */
export const cy: Catalogue = {
  ...feed,
  ...place,
  ...search,
  ...map,
  ...resources,
  ...adapters,
};
