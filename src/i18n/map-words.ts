/** The network finder's words, added by it: a page without the map never downloads them (see locale.ts). */
import { map } from './en/map.js';
import type { WidgetWords } from './locale.js';

export const mapWords: WidgetWords = {
  en: map,
  builtIn: { cy: () => import('./cy/map.js').then((module) => module.map) },
};
