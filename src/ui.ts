/**
 * The UI chunk of the script-tag build (`dist/consent-elements-ui.js`), imported by the core
 * only when something must be shown. Provides the store to the elements and registers them.
 */
import { ContextProvider } from '@lit/context';
import { consentStoreContext } from './context/store-context.js';
import type { MountOptions } from './auto.js';
import type { ConsentStore } from './core/consent-store.js';
import './define.js';

let provided = false;

/** Provides `store` to every element of the page and adds the elements the page lacks. */
export function mount(store: ConsentStore, options: MountOptions): void {
  if (!provided) {
    new ContextProvider(document.documentElement, { context: consentStoreContext, initialValue: store });
    provided = true;
  }
  const body = document.body;
  if (options.addBanner && !document.querySelector('consent-banner'))
    body.append(document.createElement('consent-banner'));
  if (!document.querySelector('consent-preferences')) body.append(document.createElement('consent-preferences'));
}
