/**
 * The network finder's English words, added by it: a page without the map never downloads them (see locale.ts).
 */
export { map as mapWords } from './en/map.js';
