/**
 * The English catalogue: the source of every user-visible string, one module per area in `en/`.
 * Each Welsh module in `cy/` is typed against its English twin, and a test checks the keys at run time.
 * The map's and the resource list's words are not in it: those widgets add them (`map-words.ts`,
 * `resource-list-words.ts`), so a page without them never downloads their words.
 */
import { adapters } from './en/adapters.js';
import { cards } from './en/cards.js';
import { feed } from './en/feed.js';
import type { map } from './en/map.js';
import { place } from './en/place.js';
import { remote } from './en/remote.js';
import type { resources } from './en/resources.js';
import { schedule } from './en/schedule.js';
import { search } from './en/search.js';

export const en = {
  ...feed,
  ...place,
  ...search,
  ...adapters,
  ...schedule,
  ...remote,
  ...cards,
};

/** The words every widget shares. */
export type SharedCatalogue = { readonly [K in keyof typeof en]: (typeof en)[K] };
/** Every widget's words, as a widget reads them (the map's and the resource list's added by those widgets). */
export type Catalogue = SharedCatalogue & typeof map & typeof resources;
