/**
 * `consent-elements/core`: consent management without the elements — the store,
 * `startConsentElements()` (Consent Mode, tag loader, proof of consent, tabs in sync, reopen
 * control), the types and the events. No Lit, and no side effect on import.
 */
export * from './core/index.js';
export { startConsentElements } from './page/start-page.js';
export type { StartOptions } from './page/start-page.js';
