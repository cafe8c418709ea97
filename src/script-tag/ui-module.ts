import type { ConsentStore } from '../core/consent-store.js';

/** How the script tag asks a UI chunk to mount. */
export interface MountOptions {
  /** Add a `<consent-banner>` when the page has none (opt out with `data-no-banner`). */
  addBanner: boolean;
}

/** What each UI chunk of the script-tag build exports. */
export interface UiModule {
  mount(store: ConsentStore, options: MountOptions): void;
}
