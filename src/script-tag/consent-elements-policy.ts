/**
 * The privacy-policy chunk of the script-tag build (`dist/consent-elements-policy.js`),
 * imported by the core only on pages that hold a `<privacy-policy>`.
 */
import { PrivacyPolicy } from '../components/privacy-policy/privacy-policy.js';
import { defineOnce } from '../internal/mount.js';

/**
 * Registers `<privacy-policy>`. No context provider: the element finds the page's store
 * through the registry the core wrote (`pageStore()`), which saves @lit/context's provider.
 */
export function mount(): void {
  defineOnce('privacy-policy', PrivacyPolicy);
}
