import { adapters } from './cy/adapters.js';
import { cards } from './cy/cards.js';
import { feed } from './cy/feed.js';
import { map } from './cy/map.js';
import { place } from './cy/place.js';
import { remote } from './cy/remote.js';
import { resources } from './cy/resources.js';
import { schedule } from './cy/schedule.js';
import { search } from './cy/search.js';
import type { Catalogue } from './en.js';

/** The Welsh catalogue. */
export const cy: Catalogue = {
  ...feed,
  ...place,
  ...search,
  ...map,
  ...resources,
  ...adapters,
  ...schedule,
  ...remote,
  ...cards,
};
