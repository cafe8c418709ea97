import type { ConsentStore } from './consent-store.js';
import { startPage, type StartOptions } from '../start.js';

export { ConsentStore } from './consent-store.js';
export type { ConsentStoreOptions, ConsentStoreEventMap } from './consent-store.js';
export { normalizeConfig, DEFAULT_MAPPING, CONSENT_TYPES } from './config.js';
export { encodeRecord, decodeRecord, addMonths, expiryOf, CONSENT_LIFETIME_MONTHS } from './consent-record.js';
export { cookieStorage } from './storage/cookie-storage.js';
export { memoryStorage } from './storage/memory-storage.js';
export { syncTabs } from './tab-sync.js';
export { ensureGtag, setConsentDefaults, connectConsentMode, consentState } from '../integrations/consent-mode.js';
export { startTagLoader, type TagExtras } from '../integrations/tag-loader.js';
export { placeholder, removeDeclared } from '../integrations/tag-extras.js';
export { connectProofOfConsent } from '../integrations/proof-of-consent.js';
export type * from './types.js';
export type * from '../events/consent-events.js';


/**
 * Starts consent management on this page (npm use, without the script tag) and returns the
 * store: Consent Mode defaults, stored decision, tag loader, proof of consent, tabs in sync,
 * the reopen control and `[data-consent-open]` links. Call it once, before any tag runs;
 * then `import 'consent-elements/define'` for the elements, which find this store by themselves.
 */
export const startConsentElements = (config: unknown, options: Partial<StartOptions> = {}): ConsentStore =>
  startPage(config, { loadTagExtras: () => import('../integrations/tag-extras.js'), ...options });
export { pageStore } from './registry.js';
export type { StartOptions } from '../start.js';
