/**
 * The resource list's English words, added by it: a page without the list never downloads them (see locale.ts).
 */
export { resources as resourceListWords } from './en/resources.js';
