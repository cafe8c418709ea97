import { createContext } from '@lit/context';
import type { ConsentStore } from '../core/consent-store.js';

/**
 * The context key under which the consent store is provided. A global symbol, so that a
 * CDN copy and an npm copy of the library on one page find each other; not the page
 * registry's key (`src/core/registry.ts`), which names another thing.
 */
export const consentStoreContext = createContext<ConsentStore>(Symbol.for('consent-elements.store-context'));
