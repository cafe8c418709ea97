import { SAFE_CONFIG, normalizeConfig } from './config.js';
import { decodeRecord, encodeRecord, expiryOf } from './consent-record.js';
import { cookieStorage } from './storage/cookie-storage.js';
import { memoryStorage } from './storage/memory-storage.js';
import type {
  ConsentChangeDetail,
  ConsentChangeReason,
  ConsentChoices,
  ConsentReadyDetail,
  ConsentRecord,
  ConsentStorage,
  NormalizedConfig,
} from './types.js';

export interface ConsentStoreOptions {
  /** Where the decision is kept; defaults to the consent cookie described by the config. */
  storage?: ConsentStorage;
  /** The clock, in milliseconds since the epoch. */
  now?: () => number;
  /** Makes consent ids; defaults to a random UUID. */
  randomId?: () => string;
  /** Receives `consent-ready` and `consent-change`; defaults to `document` in a browser. */
  target?: EventTarget | null;
  /** The Global Privacy Control signal; defaults to `navigator.globalPrivacyControl`. */
  globalPrivacyControl?: boolean;
}

/** What `on()` listens to: the two public events, and `ui` when a layer opens or closes. */
export interface ConsentStoreEventMap {
  'consent-change': ConsentChangeDetail;
  'consent-ready': ConsentReadyDetail;
  ui: undefined;
}

type Listener<T> = (detail: T) => void;

function randomUUID(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  // Pages served over plain http have no randomUUID (secure contexts only).
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 15) | 64;
  b[8] = (b[8] & 63) | 128;
  const h = [...b].map((x) => (x + 256).toString(16).slice(1)).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The single source of truth for the visitor's consent. Framework-free: the elements,
 * Consent Mode and the tag loader all subscribe to it.
 */
export class ConsentStore {
  /** The validated config (a safe, empty one when the site owner's was invalid). */
  config!: NormalizedConfig;
  /** Why the site owner's config was rejected, when it was. */
  configError?: string;
  /** `true` once the stored decision has been read (`consent-ready` has fired). */
  ready = false;
  /** Whether the preferences dialog should be open. */
  preferencesOpen = false;
  /** `false` when the decision could not be stored (cookies blocked): it lives for this page only. */
  persisted = true;
  /** Whether Global Privacy Control is on and honoured: advertising categories start refused. */
  gpcApplied = false;
  /**
   * A short hash of the texts the visitor was shown when deciding, set by the elements;
   * the proof of consent carries it so the site owner can prove which wording was seen.
   */
  wording?: string;

  private record?: ConsentRecord;
  private bannerRequested = false;
  private listeners: Partial<Record<keyof ConsentStoreEventMap, Set<Listener<never>>>> = {};
  private storage!: ConsentStorage;

  constructor(private readonly options: ConsentStoreOptions = {}) {}

  /**
   * Validates `config`, reads the stored decision and fires `consent-ready` (and a
   * `consent-change` when a stored decision expired, is outdated or GPC applies).
   * A store can be loaded once. `problem` says why no config could be read at all.
   */
  load(rawConfig: unknown, problem?: string): this {
    if (this.ready) return this;
    const { config, error } = problem ? { config: SAFE_CONFIG, error: problem } : normalizeConfig(rawConfig);
    this.config = config;
    if (error) {
      this.configError = error;
      console.error(`consent-elements: invalid config: ${error}. Everything non-essential stays refused.`);
    }
    this.storage = this.options.storage ?? (error ? memoryStorage() : cookieStorage(config.cookie));
    const stored = decodeRecord(this.storage.read());
    const reason = this.staleReason(stored);
    if (!reason) this.record = this.clean(stored);
    const gpc = this.options.globalPrivacyControl ?? (globalThis.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl;
    // Some browsers expose the signal as the string "1".
    this.gpcApplied = config.gpc && (gpc === true || gpc === '1');
    this.ready = true;
    const { categories, consentId, timestamp, revision } = this.snapshot();
    this.emit('consent-ready', { categories, decided: this.decided, consentId, timestamp, revision });
    if (stored && reason) this.emit('consent-change', this.detail(reason, stored.choices));
    else if (!this.record && this.gpcApplied) this.emit('consent-change', this.detail('gpc', {}));
    return this;
  }

  /** Whether the visitor has a valid decision. */
  get decided(): boolean {
    return !!this.record;
  }
  get consentId(): string | null {
    return this.record?.consentId ?? null;
  }
  /** When the decision was taken (ms since the epoch). */
  get timestamp(): number | null {
    return this.record?.timestamp ?? null;
  }
  get revision(): number {
    return this.config.revision;
  }
  /** When the decision stops being valid: 13 calendar months after it was taken. */
  get expires(): Date | null {
    return this.record ? expiryOf(this.record.timestamp) : null;
  }
  /** The decision as the cookie holds it (sent to other tabs). */
  get storedValue(): string | undefined {
    return this.record && encodeRecord(this.record);
  }
  /** Whether the first layer should show: no valid decision, or `openBanner()` was called. */
  get bannerOpen(): boolean {
    return this.ready && !this.configError && (!this.record || this.bannerRequested);
  }
  /** The category names, `necessary` first. */
  get categories(): string[] {
    return Object.keys(this.config.categories);
  }
  /** Categories refused by Global Privacy Control. */
  get gpcCategories(): string[] {
    const { categories } = this.config;
    return this.gpcApplied
      ? this.categories.filter((name) => categories[name].gpc ?? name == 'marketing')
      : [];
  }

  /** Whether `category` is granted (`necessary` always is). */
  get(category: string): boolean {
    if (category == 'necessary') return true;
    return !this.configError && this.record?.choices[category] === true;
  }

  /** `{ [category]: boolean }` for every configured category. */
  getAll(): ConsentChoices {
    const all: ConsentChoices = {};
    for (const name of this.categories) all[name] = this.get(name);
    return all;
  }

  /** Grants every category (but those refused by Global Privacy Control). */
  acceptAll(): void {
    const gpc = this.gpcCategories;
    this.decide(Object.fromEntries(this.categories.map((c) => [c, !gpc.includes(c)])), 'accept-all');
  }

  /** Refuses every non-essential category. */
  rejectAll(): void {
    this.decide({}, 'reject-all');
  }

  /** Records the visitor's choices; categories left out, or not exactly `true`, are refused. */
  save(choices: Partial<ConsentChoices>): void {
    this.decide(choices && typeof choices == 'object' ? choices : {}, 'save');
  }

  /** Forgets the decision: everything non-essential is refused and the banner shows again. */
  reset(): void {
    if (!this.ready) return;
    const before = this.record?.choices ?? {};
    this.record = undefined;
    this.bannerRequested = false;
    this.storage.remove();
    this.emit('consent-change', this.detail('reset', before));
  }

  /** Opens the preferences dialog (the script-tag build loads it when needed). */
  openPreferences(): void {
    this.setUi(true, this.bannerRequested);
  }
  /** Closes the preferences dialog without deciding anything. */
  closePreferences(): void {
    this.setUi(false, this.bannerRequested);
  }
  /** Shows the first layer again, even after a decision. */
  openBanner(): void {
    this.setUi(this.preferencesOpen, true);
  }

  /**
   * Applies a decision taken elsewhere (another tab) or re-checks the stored one:
   * reads `value` (default: the storage) and emits `sync` or `expired` when it differs.
   */
  sync(value = this.storage.read()): void {
    if (!this.ready) return;
    const stored = decodeRecord(value);
    const current = this.record;
    if (current && this.staleReason(current) == 'expired') {
      this.record = undefined;
      this.emit('consent-change', this.detail('expired', current.choices));
    } else if (stored && !this.staleReason(stored) && stored.timestamp != current?.timestamp) {
      this.record = this.clean(stored);
      this.bannerRequested = false;
      this.emit('consent-change', this.detail('sync', current?.choices ?? {}));
    } else if (!stored && current && this.persisted) {
      this.record = undefined;
      this.emit('consent-change', this.detail('sync', current.choices));
    }
  }

  /** Subscribes to the store; returns the function that unsubscribes. */
  on<K extends keyof ConsentStoreEventMap>(type: K, listener: Listener<ConsentStoreEventMap[K]>): () => void {
    const set = (this.listeners[type] ??= new Set()) as Set<Listener<ConsentStoreEventMap[K]>>;
    set.add(listener);
    return () => set.delete(listener);
  }

  private decide(choices: Partial<ConsentChoices>, reason: ConsentChangeReason): void {
    if (!this.ready || this.configError) return;
    const before = this.record?.choices ?? {};
    const timestamp = (this.options.now ?? Date.now)();
    const granted: ConsentChoices = {};
    for (const name of this.categories) granted[name] = name == 'necessary' || choices[name] === true;
    this.record = {
      consentId: this.record?.consentId ?? (this.options.randomId ?? randomUUID)(),
      timestamp,
      revision: this.config.revision,
      choices: granted,
    };
    this.persisted = this.storage.write(encodeRecord(this.record), expiryOf(timestamp));
    this.bannerRequested = false;
    this.preferencesOpen = false;
    this.emit('consent-change', this.detail(reason, before));
    this.emit('ui', undefined);
  }

  /** Why a stored decision no longer counts, if it does not. */
  private staleReason(record?: ConsentRecord): 'expired' | 'revision' | 'gpc' | undefined {
    if (!record) return;
    const now = (this.options.now ?? Date.now)();
    if (record.timestamp > now + 864e5 || expiryOf(record.timestamp).getTime() <= now) return 'expired';
    if (record.revision < this.config.revision) return 'revision';
    // A category the visitor was never asked about: ask again.
    if (this.categories.some((name) => !(name in record.choices))) return 'revision';
  }

  /** Keeps only configured categories, so a forged cookie cannot grant an unknown name. */
  private clean(record?: ConsentRecord): ConsentRecord | undefined {
    if (!record) return;
    const choices: ConsentChoices = {};
    for (const name of this.categories) choices[name] = name == 'necessary' || record.choices[name] === true;
    return { ...record, choices };
  }

  private snapshot() {
    return {
      categories: this.getAll(),
      consentId: this.consentId,
      timestamp: this.timestamp,
      revision: this.revision,
    };
  }

  private detail(reason: ConsentChangeReason, before: ConsentChoices): ConsentChangeDetail {
    const snapshot = this.snapshot();
    const changed = this.categories.filter((name) => snapshot.categories[name] != (before[name] === true || name == 'necessary'));
    return { ...snapshot, changed, reason };
  }

  private setUi(preferencesOpen: boolean, bannerRequested: boolean): void {
    this.preferencesOpen = preferencesOpen;
    this.bannerRequested = bannerRequested;
    this.emit('ui', undefined);
  }

  private emit<K extends keyof ConsentStoreEventMap>(type: K, detail: ConsentStoreEventMap[K]): void {
    for (const listener of [...(this.listeners[type] ?? [])]) {
      try {
        (listener as Listener<ConsentStoreEventMap[K]>)(detail);
      } catch (error) {
        console.error('consent-elements: a listener failed', error);
      }
    }
    const target = this.options.target === undefined ? globalThis.document : this.options.target;
    if (type != 'ui')
      target?.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
