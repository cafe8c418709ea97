import { CONSENT_TYPES } from '../core/config.js';
import type { ConsentStore } from '../core/consent-store.js';
import type { ConsentModeType, NormalizedConfig } from '../core/types.js';

type ConsentValue = 'granted' | 'denied';
type ConsentState = Partial<Record<ConsentModeType, ConsentValue>>;

interface GtagWindow {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}

/**
 * Makes sure `window.dataLayer` and the standard `gtag()` exist, and returns `gtag`.
 * `gtag` must push its `arguments` object: Google's tags ignore plain arrays.
 */
export function ensureGtag(win: GtagWindow = window as GtagWindow): (...args: unknown[]) => void {
  if (!Array.isArray(win.dataLayer)) {
    if (win.dataLayer !== undefined) console.error('consent-elements: window.dataLayer is not an array; replacing it');
    win.dataLayer = [];
  }
  if (typeof win.gtag != 'function') {
    win.gtag = function gtag() {
      // eslint-disable-next-line prefer-rest-params
      (win.dataLayer as unknown[]).push(arguments);
    };
  }
  return win.gtag;
}

/** Every consent type denied but `security_storage`, as own properties (see `consentState`). */
const defaults = (): ConsentState =>
  Object.fromEntries(CONSENT_TYPES.map((type) => [type, type == 'security_storage' ? 'granted' : 'denied']));

/** Every consent type, granted when a category mapped to it is granted. */
export function consentState(store: ConsentStore): ConsentState {
  // Own properties, not `??=`: in a page whose Object.prototype was polluted, an inherited 'granted' would reach Google.
  const state = defaults();
  const { mapping } = store.config.consentMode;
  for (const category of Object.keys(mapping)) if (store.get(category)) for (const type of mapping[category]) state[type] = 'granted';
  return state;
}

/**
 * Issues the Consent Mode v2 default (all denied but `security_storage`); call it before any tag.
 * Defaults come from `config` (the built-in one while a `data-config` URL loads).
 */
export function setConsentDefaults(config: NormalizedConfig, win: GtagWindow = window as GtagWindow): void {
  const options = config.consentMode;
  if (!options.enabled) return;
  const gtag = ensureGtag(win);
  const denied = defaults();
  for (const { region, ...types } of options.regions) gtag('consent', 'default', { ...denied, ...types, region });
  gtag('consent', 'default', { ...denied, wait_for_update: options.waitForUpdate });
  defaulted.add(win);
  setOptions(config, win);
}

/** The windows this library issued a default in: they get updates whatever the config says later. */
const defaulted = new WeakSet<GtagWindow>();

const setOptions = ({ consentMode }: NormalizedConfig, win?: GtagWindow) => {
  if (consentMode.adsDataRedaction) ensureGtag(win)('set', 'ads_data_redaction', true);
  if (consentMode.urlPassthrough) ensureGtag(win)('set', 'url_passthrough', true);
};

/**
 * A config fetched from a `data-config` URL arrives after the built-in defaults went out:
 * its `set` options still apply; its own defaults (`regions`, `waitForUpdate`) and
 * `enabled: false` cannot, which one warning says.
 */
export function setLateConsentOptions(config: NormalizedConfig, win?: GtagWindow): void {
  const { regions, waitForUpdate, enabled } = config.consentMode;
  if (regions[0] || waitForUpdate != 500 || !enabled)
    console.warn('consent-elements: consentMode regions, waitForUpdate and enabled need an inline config, not data-config');
  setOptions(config, win);
}

/**
 * Keeps Google Consent Mode in step with the store: one full `update` right away when a
 * valid decision is stored, then one full `update` and a `consent_update` dataLayer event
 * after every decision. Returns the unsubscribe function.
 */
export function connectConsentMode(store: ConsentStore, win: GtagWindow = window as GtagWindow): () => void {
  // A default this library issued (the built-in one, before a data-config file said
  // enabled:false) must be followed by updates, or Google's tags stay denied for good.
  if (!store.config.consentMode.enabled && !defaulted.has(win)) return () => {};
  // Also on page load with a stored decision, so Tag Manager triggers fire on every page.
  const update = () => {
    const gtag = ensureGtag(win);
    const state = consentState(store);
    gtag('consent', 'update', state);
    win.dataLayer!.push({ event: 'consent_update', consent: state, consentCategories: store.getAll() });
  };
  if (store.decided) update();
  return store.on('consent-change', update);
}
