/** Registers the three elements (and nothing else); safe to import twice or beside another copy. */
import { ConsentBanner } from './components/consent-banner/consent-banner.js';
import { ConsentPreferences } from './components/consent-preferences/consent-preferences.js';
import { PrivacyPolicy } from './components/privacy-policy/privacy-policy.js';

const tags: Array<[string, CustomElementConstructor]> = [
  ['consent-banner', ConsentBanner],
  ['consent-preferences', ConsentPreferences],
  ['privacy-policy', PrivacyPolicy],
];
for (const [tag, element] of tags) if (!customElements.get(tag)) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'consent-banner': ConsentBanner;
    'consent-preferences': ConsentPreferences;
    'privacy-policy': PrivacyPolicy;
  }
}
