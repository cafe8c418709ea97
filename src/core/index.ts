/**
 * The framework-free core: the consent store, its config and storage. Imports nothing outside
 * `src/core/`; page wiring (Consent Mode, tag loader, reopen control) lives in `src/page/` and
 * `src/integrations/`.
 */
export { ConsentStore } from './consent-store.js';
export type { ConsentStoreOptions, ConsentStoreEventMap } from './consent-store.js';
export { memoryStorage } from './storage/memory-storage.js';
export { pageStore } from './registry.js';
export type * from './types.js';
export { ConsentChangeEvent, ConsentReadyEvent } from './events.js';
