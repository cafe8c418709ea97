import type { ConsentStore } from './consent-store.js';

/** Where every copy of the library on a page finds the one store. */
export const STORE_KEY = Symbol.for('consent-elements.store');

type Registry = typeof globalThis & { [STORE_KEY]?: ConsentStore };

/** The store the page already started (by the script tag or `startConsentElements`), if any. */
export const pageStore = (): ConsentStore | undefined => (globalThis as Registry)[STORE_KEY];

/** Registers `store` as the page's store, also as `window.consentElements`. */
export function registerStore(store: ConsentStore): void {
  (globalThis as Registry)[STORE_KEY] = store;
  (globalThis as { consentElements?: ConsentStore }).consentElements = store;
}
