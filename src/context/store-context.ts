import { createContext } from '@lit/context';
import type { ConsentStore } from '../core/consent-store.js';
import { pageStore } from '../core/registry.js';

/**
 * The context key under which the consent store is provided. A global symbol, so that a
 * CDN copy and an npm copy of the library on one page find each other; not the page
 * registry's key (`src/core/registry.ts`), which names another thing.
 */
export const consentStoreContext = createContext<ConsentStore>(Symbol.for('consent-elements.store-context'));

/**
 * The store an element renders from: its explicit `.store`, else the one a `@lit/context`
 * provider gave, else the page's started store (`startConsentElements()` or the script tag).
 * The one lookup of the Lit layers (`StoreController`) and the plain banner (`PlainElement`).
 */
export const storeFor = (explicit?: ConsentStore, provided?: ConsentStore): ConsentStore | undefined =>
  explicit ?? provided ?? pageStore();
