/**
 * The English catalogue: the source of every user-visible string, one module per area in `en/`.
 * Each Welsh module in `cy/` is typed against its English twin, and a test checks the keys at run time.
 */
import { adapters } from './en/adapters.js';
import { cards } from './en/cards.js';
import { feed } from './en/feed.js';
import { map } from './en/map.js';
import { place } from './en/place.js';
import { remote } from './en/remote.js';
import { resources } from './en/resources.js';
import { schedule } from './en/schedule.js';
import { search } from './en/search.js';

export const en = {
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

export type Catalogue = { readonly [K in keyof typeof en]: (typeof en)[K] };
