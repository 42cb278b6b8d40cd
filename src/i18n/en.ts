/**
 * The English catalogue: the source of every user-visible string, one module per area in `en/`.
 * Each Welsh module in `cy/` is typed against its English twin, and a test checks the keys at run time.
 */
import { feed } from './en/feed.js';

export const en = { ...feed };

export type Catalogue = { readonly [K in keyof typeof en]: (typeof en)[K] };
