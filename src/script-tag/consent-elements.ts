/**
 * The script-tag build (`dist/consent-elements.js`): a classic script for `<head>`.
 * Synchronously: Consent Mode defaults, config, store, Consent Mode update. While the page
 * parses, the rest comes in the tasks after the script's own: first the UI chunk's download when
 * something must be shown, then the tag loader and the rest of the page's wiring.
 *
 * The start-up, in order: {@link readConfig} (window global, inline JSON, else `data-config`),
 * the Consent Mode defaults, then {@link begin} once a config is at hand: load the store, connect
 * the page, {@link showUi} (with {@link preloadUi}) whenever the store asks.
 */
import { normalizeConfig } from '../core/config.js';
import { ConsentStore } from '../core/consent-store.js';
import { pageStore, registerStore } from '../core/registry.js';
import { holdCookies } from '../core/storage/cookies.js';
import { watchAdded } from '../core/watch-added.js';
import { resolveLanguage, tableLanguage, type LanguageConfig } from '../i18n/localize.js';
import type { PageTable } from '../i18n/strings.js';
import { setConsentDefaults, setLateConsentOptions } from '../integrations/consent-mode.js';
import type { ProofSender } from '../integrations/proof-of-consent.js';
import type { TagExtras } from '../integrations/tag-loader.js';
import { connectPage } from '../page/start-page.js';
import type { UiModule } from './ui-module.js';

/** A config read from the page, or why none could be: the store then logs it and refuses everything. */
interface ReadConfig {
  config?: unknown;
  problem?: string;
}

// Imported on a server (SSR), the script does nothing.
const browser = typeof document == 'object';
const script = browser ? (document.currentScript as HTMLScriptElement | null) : null;
const store = new ConsentStore();
const chunks: Record<string, Promise<unknown> | undefined> = {};

const failures: Record<string, number> = {};

/**
 * Imports `consent-elements-<name>.js`, which sits next to this script, once; a failed
 * download is forgotten, so the next need tries again. Under another URL (`?retry=<n>`):
 * Chromium keeps a failed module fetch in the page's module map, and an `import()` of the same
 * URL fails again without a request (whatwg/html#10327 changes that; drop the query once
 * browsers ship it).
 */
function load<T>(name: string): Promise<T> {
  const url = new URL(`consent-elements-${name}.js`, script?.src || location.href);
  if (failures[name]) url.searchParams.set('retry', '' + failures[name]);
  return (chunks[name] ??= import(/* @vite-ignore */ url.href).catch((error) => {
    chunks[name] = undefined;
    failures[name] = (failures[name] ?? 0) + 1;
    console.error('consent-elements: could not load ' + url, error);
    throw error;
  })) as Promise<T>;
}

/** Imports a UI chunk and lets it add its elements (it waits for `<body>` itself). */
function mount(name: string): void {
  load<UiModule>(name).then((ui) => ui.mount(store, { addBanner: !script?.hasAttribute('data-no-banner') }), () => {});
}

/** Imports the built-in table of `lang` in `layer` (`consent-elements-banner-de.js`…). */
const loadText = <T>(layer: string, lang: string) => load<{ default: T }>(`${layer}-${lang}`).then((table) => table.default);

/** Starts downloading the UI chunk and, beside it rather than after it, the banner's table it will import. */
function preloadUi(config: LanguageConfig): void {
  load('ui').catch(() => {});
  loadText('banner', tableLanguage(resolveLanguage(config), config)).catch(() => {});
}

/** Mounts what the store or the page asks for. Runs while the page is still parsing too. */
function showUi(): void {
  if (store.bannerOpen || store.preferencesOpen || document.querySelector('consent-preferences')) {
    preloadUi(store.config);
    mount('ui');
  }
  if (document.querySelector('privacy-policy')) mount('policy');
}

/** The config the page holds: `window.consentElementsConfig`, else the inline JSON, else none. */
function readConfig(): ReadConfig {
  const config = window.consentElementsConfig;
  if (config !== undefined) return { config };
  const inline = document.querySelector('script[data-consent-config]');
  if (!inline) return {};
  try {
    return { config: JSON.parse(inline.textContent!) };
  } catch {
    return { config: {}, problem: 'the inline <script data-consent-config> is not valid JSON' };
  }
}

/** The config file of `data-config`; what went wrong, when it cannot be read. */
async function fetchConfig(url: string): Promise<ReadConfig> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    return response.ok ? { config: await response.json() } : { problem: `${url} answered ${response.status}` };
  } catch {
    // Also a page whose fetch throws at once.
    return { problem: url + ' could not be loaded as JSON' };
  }
}

/** Loads the store from the config, connects the page and shows what must be shown. */
function begin({ config, problem }: ReadConfig, late?: boolean): void {
  // Another copy (the npm build) may have started the page while a remote config loaded: it keeps it.
  if ((pageStore() ?? store) != store) return;
  registerStore(store);
  store.load(config, problem);
  if (late && !store.configError) setLateConsentOptions(store.config);
  // The UI chunk starts downloading before anything else is set up: while the page parses, first
  // thing in the next task (a page's first request costs the main thread a few ms, ~20 ms at 4×
  // CPU, which the script's own task need not carry), at once otherwise.
  const parsing = document.readyState == 'loading';
  if (parsing) setTimeout(showUi);
  else showUi();
  // The nonce property survives the attribute being hidden by a header CSP.
  connectPage(store, {
    loadTagExtras: () => load<TagExtras>('tags'),
    loadPageTexts: (lang) => loadText<PageTable>('page', lang),
    // Decisions are taken in the UI chunk's elements (the policy's chunk imports it too).
    loadProofSender: () => load<{ sendProof: ProofSender }>('ui').then((ui) => ui.sendProof),
    loadConfigNotice: () => load('notice'),
    nonce: script?.nonce,
    debug: script?.hasAttribute('data-debug'),
  }, parsing);
  store.on('ui', showUi);
  // A <privacy-policy> or <consent-preferences> further down the page, then any a single-page
  // app renders later (a client-side route to the policy): watched from the end of parsing,
  // when the parser's many small additions are over.
  const watch = () => {
    showUi();
    watchAdded('privacy-policy,consent-preferences', showUi);
  };
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', watch);
  else watch();
}

function start(): void {
  if (pageStore()) return; // included twice, or beside the npm build: one store, one banner
  registerStore(store);
  const read = readConfig();
  // One read of the cookies for every reader in this task (the stored decision; after parsing,
  // the tag loader too).
  holdCookies();
  // Before any tag can run: Consent Mode defaults (the built-in ones while a remote config loads).
  setConsentDefaults(normalizeConfig(read.config ?? {}).config);

  const url = script?.dataset.config;
  if (read.config !== undefined) begin(read);
  else if (url) fetchConfig(url).then((fetched) => begin(fetched, true));
  else
    begin({
      problem: 'none found: set window.consentElementsConfig or add <script type="application/json" data-consent-config> before the script',
    });
}

if (browser)
  try {
    start();
  } catch (error) {
    console.error('consent-elements: could not start; everything non-essential stays refused', error);
  }
