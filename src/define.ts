/** Registers the three elements (and nothing else); safe to import twice or beside another copy. */
import { ConsentBanner } from './components/consent-banner/consent-banner.js';
import { ConsentPreferences } from './components/consent-preferences/consent-preferences.js';
import { PrivacyPolicy } from './components/privacy-policy/privacy-policy.js';
import { defineOnce } from './internal/mount.js';

defineOnce('consent-banner', ConsentBanner);
defineOnce('consent-preferences', ConsentPreferences);
defineOnce('privacy-policy', PrivacyPolicy);

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
    'consent-preferences': ConsentPreferences;
    'privacy-policy': PrivacyPolicy;
  }
}
