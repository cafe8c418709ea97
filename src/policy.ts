/**
 * The privacy-policy chunk of the script-tag build (`dist/consent-elements-policy.js`),
 * imported by the core only on pages that hold a `<privacy-policy>`.
 */
import { PrivacyPolicy } from './components/privacy-policy/privacy-policy.js';
import type { ConsentStore } from './core/consent-store.js';
import { defineOnce, provideStore } from './internal/mount.js';

export function mount(store: ConsentStore): void {
  provideStore(store);
  defineOnce('privacy-policy', PrivacyPolicy);
}
