/**
 * The script-tag build (`dist/consent-elements.js`): a classic script for `<head>`.
 * Synchronously: Consent Mode defaults, config, store, tag loader. The UI chunk is
 * `import()`ed only when something must be shown.
 */
import { normalizeConfig } from './core/config.js';
import { ConsentStore } from './core/consent-store.js';
import { setConsentDefaults, setLateConsentOptions } from './integrations/consent-mode.js';
import type { TagExtras } from './integrations/tag-loader.js';
import { resolveLanguage } from './i18n/localize.js';
import { pageStore, registerStore } from './core/registry.js';
import { holdCookies, readCookie } from './core/storage/cookies.js';
import { watchAdded } from './core/watch-added.js';
import { connectPage } from './start.js';

export interface MountOptions {
  /** Add a `<consent-banner>` when the page has none (opt out with `data-no-banner`). */
  addBanner: boolean;
}

/** What each UI chunk exports. */
export interface UiModule {
  mount(store: ConsentStore, options: MountOptions): void;
}

function start(script: HTMLScriptElement | null): void {
  if (pageStore()) return; // included twice, or beside the npm build: one store, one banner
  /** Why no config could be read at all: the store logs it and refuses everything. */
  let problem: string | undefined;
  const unreadable = (why: string) => {
    problem = why;
    return {};
  };
  const store = new ConsentStore();
  registerStore(store);

  const base = script?.src || location.href;
  const chunks: Record<string, Promise<unknown> | undefined> = {};
  /** Imports `consent-elements-<name>.js`, which sits next to this script, once. */
  const load = <T>(name: string, url = new URL(`consent-elements-${name}.js`, base).href) =>
    (chunks[name] ??= import(/* @vite-ignore */ url).catch((error) => {
      chunks[name] = undefined;
      console.error('consent-elements: could not load ' + url, error);
      throw error;
    })) as Promise<T>;
  const mount = (name: string) =>
    load<UiModule>(name).then((ui) => ui.mount(store, { addBanner: !script?.hasAttribute('data-no-banner') }), () => {});
  /** The UI chunk and, beside it rather than after it, the language table it will import. */
  const preloadUi = (language?: string) => {
    load('ui').catch(() => {});
    load(resolveLanguage(language)).catch(() => {});
  };
  // Runs while the page is still parsing too: the download starts at once, `mount` waits for <body>.
  const showUi = () => {
    if (store.bannerOpen || store.preferencesOpen || document.querySelector('consent-preferences')) {
      preloadUi(store.config.language);
      mount('ui');
    }
    if (document.querySelector('privacy-policy')) mount('policy');
  };

  const url = script?.dataset.config;
  let config = window.consentElementsConfig;
  const inline = config === undefined && document.querySelector('script[data-consent-config]');
  if (inline)
    try {
      config = JSON.parse(inline.textContent!);
    } catch {
      config = unreadable('the inline <script data-consent-config> is not valid JSON');
    }
  // No decision cookie at all: a first visit, which shows the banner. Its files start downloading
  // now, while the rest of this script runs, rather than once the config has been validated.
  holdCookies();
  const raw = config as { cookie?: { name?: unknown }; language?: unknown } | undefined;
  const cookieName = raw?.cookie?.name;
  if (raw && readCookie(typeof cookieName == 'string' ? cookieName : 'consent_elements') == null)
    preloadUi(typeof raw.language == 'string' ? raw.language : undefined);
  // Before any tag can run: Consent Mode defaults (the built-in ones while a remote config loads).
  setConsentDefaults(normalizeConfig(config ?? {}).config);

  const begin = (raw: unknown, late?: boolean) => {
    // Another copy (the npm build) may have started the page while a remote config loaded: it keeps it.
    if ((pageStore() ?? store) != store) return;
    registerStore(store);
    store.load(raw, problem);
    if (late && !store.configError) setLateConsentOptions(store.config);
    // The UI chunk starts downloading before anything else is set up.
    showUi();
    // The nonce property survives the attribute being hidden by a header CSP.
    connectPage(store, () => load<TagExtras>('tags'), script?.nonce);
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
  };
  if (config !== undefined) begin(config);
  else if (url)
    (async () => {
      try {
        const response = await fetch(url, { credentials: 'same-origin' });
        return response.ok ? await response.json() : unreadable(`${url} answered ${response.status}`);
      } catch {
        // Also a page whose fetch throws at once.
        return unreadable(url + ' could not be loaded as JSON');
      }
    })().then((raw) => begin(raw, true));
  else
    begin(
      unreadable('none found: set window.consentElementsConfig or add <script type="application/json" data-consent-config> before the script'),
    );
}

// Imported on a server (SSR), the script does nothing.
if (typeof document == 'object') {
  try {
    start(document.currentScript as HTMLScriptElement | null);
  } catch (error) {
    console.error('consent-elements: could not start; everything non-essential stays refused', error);
  }
}
