import { normalizeConfig } from '../core/config.js';
import { ConsentStore } from '../core/consent-store.js';
import { pageStore, registerStore } from '../core/registry.js';
import { syncTabs } from '../core/tab-sync.js';
import type { ConsentConfig, ConsentConfigJson } from '../core/types.js';
import { configProblems, type ConfigNotice } from '../integrations/config-notice.js';
import { connectConsentMode, setConsentDefaults } from '../integrations/consent-mode.js';
import { sendProof } from '../integrations/proof-beacon.js';
import { connectProofOfConsent, type ProofSender } from '../integrations/proof-of-consent.js';
import { pageTables } from '../i18n/page/index.js';
import type { PageTable } from '../i18n/strings.js';
import { loadTable } from '../i18n/tables.js';
import { drawReopenButton } from '../integrations/reopen-button.js';
import { startTagLoader, type TagExtras } from '../integrations/tag-loader.js';

declare global {
  interface Window {
    consentElements?: ConsentStore;
    consentElementsConfig?: unknown;
  }
}

export interface StartOptions {
  /** A store registered earlier; the script tag makes one before a remote config arrives. */
  store?: ConsentStore;
  /** Why no config could be read at all: everything non-essential stays refused. */
  problem?: string;
  /** CSP nonce for the scripts the tag loader injects (the library's own script's). */
  nonce?: string;
  /** Loads the tag loader's placeholders and clean-up, only when a page needs them. */
  loadTagExtras: () => Promise<TagExtras>;
  /** Loads the built-in texts of the controls put in the page (the reopen control), in one language. */
  loadPageTexts: (lang: string) => Promise<PageTable>;
  /** Gives what sends the proof of consent, asked for at each decision (the script tag: from its UI chunk). */
  loadProofSender: () => Promise<ProofSender>;
  /** Loads the development-time config notice, only on a development host or with `debug`. */
  loadConfigNotice: () => Promise<{ configNotice: ConfigNotice }>;
  /**
   * Shows config problems on the page too, not only in the console, whatever the host (they
   * always show on `localhost`, `127.0.0.1`, `*.localhost` and `*.test`).
   */
  debug?: boolean;
}

/**
 * Starts consent management on this page and returns its store: Google Consent Mode
 * defaults (unless `options.store` says they were issued already), the stored decision,
 * Consent Mode updates, proof of consent, tabs in sync, the tag loader, the reopen control
 * and `[data-consent-open]` links. Call it once, as early as possible, before any tag;
 * a page that already has a store (the script tag, another copy) keeps that one.
 */
export function startPage(config: ConsentConfig | unknown, options: StartOptions): ConsentStore {
  const existing = pageStore();
  if (existing && existing != options.store) return existing;
  if (!options.store) setConsentDefaults(normalizeConfig(config).config);
  const store = options.store ?? new ConsentStore();
  registerStore(store);
  store.load(config, options.problem);
  connectPage(store, options);
  return store;
}

/**
 * Connects a loaded store to the page: everything `startPage` does after `load`. With `later`,
 * only the Consent Mode update (a Google tag further down may read it) and the proof's listener
 * (a decision taken by the page's next script still gets its proof) start now; the tag loader
 * and the rest start in a task of their own, so that the script's task stays short while the
 * page parses (at 4× CPU: 72–83 → 49–53 ms). Blocked tags wait for the tag loader: each still
 * runs once, in document order.
 */
export function connectPage(store: ConsentStore, options: StartOptions, later?: boolean): void {
  connectConsentMode(store);
  connectProofOfConsent(store, options.loadProofSender);
  if (later) setTimeout(() => connectRest(store, options));
  else connectRest(store, options);
}

function connectRest(store: ConsentStore, { loadTagExtras, loadPageTexts, loadConfigNotice, nonce, debug }: StartOptions): void {
  const problems = configProblems(store, debug);
  if (problems) loadConfigNotice().then((notice) => notice.configNotice(problems, store.config), () => {});
  syncTabs(store);
  startTagLoader(store, loadTagExtras, nonce);
  drawReopenButton(store, loadPageTexts);
  document.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest?.('[data-consent-open]')) {
      event.preventDefault();
      store.openPreferences();
    }
  });
}

/**
 * Starts consent management on this page (npm use, without the script tag) and returns the
 * store: Consent Mode defaults, stored decision, tag loader, proof of consent, tabs in sync,
 * the reopen control and `[data-consent-open]` links. Call it once, before any tag runs;
 * then `import 'consent-elements/define'` for the elements, which find this store by themselves.
 * An invalid config logs one error and leaves everything non-essential refused.
 */
export const startConsentElements = (config: ConsentConfig | ConsentConfigJson, options: Partial<StartOptions> = {}): ConsentStore =>
  startPage(config, {
    loadTagExtras: () => import('../integrations/tag-extras.js'),
    loadPageTexts: (lang) => loadTable(pageTables, lang),
    loadProofSender: async () => sendProof,
    loadConfigNotice: () => import('../integrations/config-notice.js'),
    ...options,
  });
