/** The public barrel: the store, the elements, their types and events, the context key. Registers nothing. */
export * from './headless.js';
export { consentStoreContext } from './context/store-context.js';
export { StoreController } from './context/store-controller.js';
export { ConsentBanner } from './components/consent-banner/consent-banner.js';
export { ConsentPreferences } from './components/consent-preferences/consent-preferences.js';
export { PrivacyPolicy } from './components/privacy-policy/privacy-policy.js';
