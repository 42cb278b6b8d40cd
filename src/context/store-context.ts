import { createContext } from '@lit/context';
import type { LinkworkStore } from '../store/store.js';

/**
 * The store `<lw-feed>` shares with the widgets inside it. Keyed by a global symbol so that
 * widgets and a provider from two copies of the library still find each other.
 */
export const storeContext = createContext<LinkworkStore>(Symbol.for('linkwork.store'));
