/** The public barrel: classes, types and the context key. Registers nothing. */
export * from './core/index.js';
export { consentStoreContext } from './context/store-context.js';
export { StoreController } from './context/store-controller.js';
export { ConsentBanner } from './components/consent-banner/consent-banner.js';
export { ConsentPreferences } from './components/consent-preferences/consent-preferences.js';
export { PrivacyPolicy } from './components/privacy-policy/privacy-policy.js';
