/**
 * The UI chunk of the script-tag build (`dist/consent-elements-ui.js`), imported by the core
 * only when the banner or the preferences must be shown.
 */
import type { MountOptions } from './auto.js';
import { ConsentBanner } from './components/consent-banner/consent-banner.js';
import { ConsentPreferences } from './components/consent-preferences/consent-preferences.js';
import type { ConsentStore } from './core/consent-store.js';
import { resolveLanguage } from './i18n/localize.js';
import { loadStrings } from './i18n/strings.js';
import { defineOnce, provideStore } from './internal/mount.js';

/** Provides `store` to the elements, registers them and adds the ones the page lacks; idempotent. */
export function mount(store: ConsentStore, options: MountOptions): void {
  // The language table downloads while the elements are defined and rendered.
  loadStrings(resolveLanguage(store.config.language));
  // The core starts this import while the page is still parsing: wait for <body>.
  if (!document.body) {
    document.addEventListener('DOMContentLoaded', () => mount(store, options), { once: true });
    return;
  }
  provideStore(store);
  defineOnce('consent-banner', ConsentBanner);
  defineOnce('consent-preferences', ConsentPreferences);
  const add = (tag: string) => document.querySelector(tag) ?? document.body.prepend(document.createElement(tag));
  // The dialog only once it is asked for (the core calls `mount` again on every change of the
  // store): most visitors never open it, and their first page load does not build it.
  if (store.preferencesOpen) add('consent-preferences');
  // First in the body, so a keyboard or screen-reader visitor meets the banner first.
  if (options.addBanner) add('consent-banner');
}
