/** The resource list's words, added by it: a page without the list never downloads them (see locale.ts). */
import { resources } from './en/resources.js';
import type { WidgetWords } from './locale.js';

export const resourceListWords: WidgetWords = {
  en: resources,
  builtIn: { cy: () => import('./cy/resources.js').then((module) => module.resources) },
};
