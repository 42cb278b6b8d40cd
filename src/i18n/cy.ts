import { adapters } from './cy/adapters.js';
import { cards } from './cy/cards.js';
import { feed } from './cy/feed.js';
import { place } from './cy/place.js';
import { remote } from './cy/remote.js';
import { schedule } from './cy/schedule.js';
import { search } from './cy/search.js';
import type { SharedCatalogue } from './en.js';

/** The Welsh catalogue (the map's and the resource list's words are in `cy/map.ts`, `cy/resources.ts`). */
export const cy: SharedCatalogue = {
  ...feed,
  ...place,
  ...search,
  ...adapters,
  ...schedule,
  ...remote,
  ...cards,
};
