import { SAFE_CONFIG, normalizeConfig } from './config.js';
import { decodeRecord, encodeRecord, expiryOf, hashText } from './consent-record.js';
import { ConsentChangeEvent, ConsentReadyEvent } from './events.js';
import { serviceExceptions, servicesOf } from './service-choices.js';
import { randomUUID } from './random-uuid.js';
import { cookieStorage } from './storage/cookie-storage.js';
import type { ConsentChangeDetail, ConsentChangeReason, ConsentChoices, ConsentReadyDetail, ConsentRecord, ConsentStorage, NormalizedConfig } from './types.js';

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
  globalPrivacyControl?: unknown;
}

/**
 * What `on()` listens to: the two public events, and `ui` whenever what a layer shows may have
 * changed — the store loaded, `openPreferences()`, `openBanner()`…, every change of decision —
 * so that a view needs that one subscription.
 */
export interface ConsentStoreEventMap {
  'consent-change': ConsentChangeDetail;
  'consent-ready': ConsentReadyDetail;
  ui: undefined;
}

type Listener<T> = (detail: T) => void;

/**
 * The single source of truth for the visitor's consent. Framework-free: the elements,
 * Consent Mode and the tag loader all subscribe to it.
 */
export class ConsentStore {
  /** The validated config (a safe, empty one when the site owner's was invalid). */
  config: NormalizedConfig = SAFE_CONFIG;
  /** Why the site owner's config was rejected, when it was: every problem found, joined with `; `. */
  configError?: string;
  /** Keys of the config that mean nothing (typos), each with the closest known key; they were ignored. */
  configWarnings: string[] = [];
  /** `true` once the stored decision has been read (`consent-ready` has been emitted). */
  ready = false;
  /**
   * Resolves with the `consent-ready` detail once the stored decision has been read (`ready`
   * is the same fact as a boolean). Never rejects: an invalid config still loads, refusing
   * everything. `await store.whenReady` works before and after the fact.
   */
  readonly whenReady: Promise<ConsentReadyDetail>;
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
  /**
   * Why a stored decision was set aside at load, so the banner can say so: `expired`
   * (13 months passed) or `revision` (the revision or the privacy policy's version changed).
   */
  reasked?: 'expired' | 'revision';
  /**
   * The control that reopens the preferences, set by whoever draws it: where the banner sends
   * the focus after a decision when the visitor's place before the banner is gone.
   */
  reopenControl?: { focus(): void; hidden: unknown; isConnected: boolean };

  private _record?: ConsentRecord;
  private _bannerRequested = false;
  private _listeners: Partial<Record<keyof ConsentStoreEventMap, Set<Listener<never>>>> = {};
  // Until a valid config is loaded nothing can be decided, so nothing is ever written here.
  private _storage: ConsentStorage = { read: () => undefined, write: () => false, remove() {} };
  private _now: () => number;
  private _resolveReady!: (detail: ConsentReadyDetail) => void;
  /** DOM events held until the end of the task that loaded the store (see `load`). */
  private _held?: [EventTarget, Event][];
  private _loading = true;

  constructor(private readonly _options: ConsentStoreOptions = {}) {
    this._now = _options.now ?? Date.now;
    this.whenReady = new Promise((resolve) => (this._resolveReady = resolve));
  }

  /**
   * Validates `config`, reads the stored decision and fires `consent-ready` (and a
   * `consent-change` when a stored decision expired, is outdated or GPC applies).
   * A store can be loaded once. `problem` says why no config could be read at all.
   *
   * Listeners given to `on()` hear these at once, synchronously. The DOM events on `target`
   * (`document`) are dispatched a microtask later, or just before the next event if that
   * comes sooner (a decision in the same task), so that the order stays ready → change: a page
   * that calls `startConsentElements()` and then, in the same task, adds its `consent-ready`
   * listener (the README's order) still hears it.
   */
  load(rawConfig: unknown, problem?: string): this {
    if (this.ready) return this;
    const { config, error = problem, unknown = [] } = problem ? { config: SAFE_CONFIG } : normalizeConfig(rawConfig);
    this.config = config;
    if ((this.configWarnings = unknown)[0]) console.warn('consent-elements: unknown config keys, ignored: ' + unknown.join(', '));
    if (error) {
      this.configError = error;
      console.error('consent-elements: invalid config: ' + error + '. Everything non-essential stays refused.');
    } else this._storage = this._options.storage ?? cookieStorage(config.cookie);
    const stored = decodeRecord(this._storage.read());
    // Services allowed from a placeholder before any decision: lapsed, they are simply gone.
    const stale = stored && Object.keys(stored.choices)[0] ? (this.reasked = this._stale(stored)) : undefined;
    if (!this._stale(stored)) this._record = this._clean(stored);
    const gpc = 'globalPrivacyControl' in this._options
      ? this._options.globalPrivacyControl
      : (globalThis.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl;
    // Some browsers expose the signal as the string "1".
    this.gpcApplied = config.gpc && (gpc === true || gpc === '1');
    this.ready = true;
    this._held = [];
    queueMicrotask(() => this._flush());
    const detail = this._detail('gpc');
    const { changed, reason, ...state } = detail;
    const ready = { ...state, decided: this.decided };
    this._emit('consent-ready', ready);
    this._resolveReady(ready);
    if (stale) this._emit('consent-change', this._detail(stale, stored!.choices));
    else if (!this._record && this.gpcApplied) this._emit('consent-change', detail);
    this._emit('ui');
    this._loading = false;
    return this;
  }

  /** Dispatches the DOM events held since `load`. */
  private _flush(): void {
    const held = this._held ?? [];
    this._held = undefined;
    for (const [target, event] of held) target.dispatchEvent(event);
  }

  /** Whether the visitor has a valid decision. */
  get decided(): boolean {
    return !!this._record && !this._record.pending;
  }
  get consentId(): string | null {
    return this._record?.consentId ?? null;
  }
  /** When the decision was taken (ms since the epoch). */
  get timestamp(): number | null {
    return this._record?.timestamp ?? null;
  }
  get revision(): number {
    return this.config.revision;
  }
  /** When the decision stops being valid: 13 calendar months after it was taken. */
  get expires(): Date | null {
    return this._record ? expiryOf(this._record.timestamp) : null;
  }
  /** The decision as the cookie holds it (sent to other tabs). */
  get storedValue(): string | undefined {
    return this._record && encodeRecord(this._record);
  }
  /** Whether the first layer should show: no valid decision, or `openBanner()` was called. */
  get bannerOpen(): boolean {
    return this.ready && !this.configError && (!this.decided || this._bannerRequested);
  }
  /** The category names, `necessary` first. */
  get categories(): string[] {
    return Object.keys(this.config.categories);
  }
  /** Categories refused by Global Privacy Control. */
  get gpcCategories(): string[] {
    // `necessary` cannot be refused, so GPC never lists it (the banner would say it is refused).
    return this.categories.filter((name) => this.gpcApplied && name != 'necessary' && (this.config.categories[name].gpc ?? name == 'marketing'));
  }

  /** Whether `category` is granted (`necessary` always is). */
  get(category: string): boolean {
    // Only configured names: a page whose Object.prototype was polluted must not grant others.
    return category == 'necessary' || (this.categories.includes(category) && this._record?.choices[category] === true);
  }

  /** The service ids of every category, in the config's order. */
  get services(): Record<string, string[]> {
    return servicesOf(this.config);
  }

  /** The category of the service `id`, if the config has it. */
  categoryOf(id: string): string | undefined {
    return Object.entries(this.services).find(([, ids]) => ids.includes(id))?.[0];
  }

  /** Whether the service `id` is granted: the visitor's own choice, else its category's. Unknown ids: no. */
  getService(id: string): boolean {
    const category = this.categoryOf(id);
    if (!category) return false;
    const own = this._record?.services?.[id];
    return category == 'necessary' || (typeof own == 'boolean' ? own : this.get(category));
  }

  /** `{ [serviceId]: boolean }` for every configured service. */
  getServices(): ConsentChoices {
    return Object.fromEntries(Object.values(this.services).flat().map((id) => [id, this.getService(id)]));
  }

  /** `{ [category]: boolean }` for every configured category. */
  getAll(): ConsentChoices {
    return this._choices((name) => this.get(name));
  }

  /** Grants every category (but those refused by Global Privacy Control). */
  acceptAll(): void {
    const refused = this.gpcCategories;
    this._decide((name) => !refused.includes(name), 'accept-all');
  }

  /**
   * Refuses every non-essential category. `reason` `'close'` records "continue without
   * accepting": the same refusal, told apart in the event and the proof.
   */
  rejectAll(reason: 'reject-all' | 'close' = 'reject-all'): void {
    this._decide(() => false, reason == 'close' ? reason : 'reject-all');
  }

  /**
   * Records the visitor's choices; categories left out, or not exactly `true`, are refused.
   * `services` (`{ [serviceId]: boolean }`) sets services apart from their category; a service
   * left out follows its category.
   */
  save(choices: Partial<ConsentChoices>, services: Partial<ConsentChoices> = {}): void {
    // Own properties only, so `Object.prototype.marketing = true` in a polluted page grants nothing.
    const own: Partial<ConsentChoices> = Object.assign(Object.create(null), choices);
    this._decide((name) => own[name] === true, 'save', Object.assign(Object.create(null), services));
  }

  /**
   * Grants the service `id` alone and stores it ("always allow" on an embed's placeholder): every
   * other choice stays, and a visitor who had not decided still has not (the banner stays).
   */
  allowService(id: string): void {
    if (!this.categoryOf(id) || this.getService(id)) return;
    const services = { ...this.getServices(), [id]: true };
    if (this.decided) this._decide((name) => this.get(name), 'save', services);
    else this._decide(() => false, 'save', services, true);
  }

  /** Forgets the decision: everything non-essential is refused and the banner shows again. */
  reset(): void {
    this._storage.remove();
    if (this.ready) this._set(undefined, 'reset');
  }

  /** Opens the preferences dialog (the script-tag build loads it when needed). */
  openPreferences(): void {
    this._ui(true, this._bannerRequested);
  }
  /** Closes the preferences dialog without deciding anything. */
  closePreferences(): void {
    this._ui(false, this._bannerRequested);
  }
  /** Shows the first layer again, even after a decision. */
  openBanner(): void {
    this._ui(this.preferencesOpen, true);
  }

  /**
   * Applies a decision taken elsewhere (another tab) or re-checks the stored one:
   * reads `value` (default: the storage) and emits `sync` or `expired` when it differs.
   */
  sync(value = this._storage.read()): void {
    if (!this.ready) return;
    const stored = decodeRecord(value);
    const current = this._record;
    if (current && this._stale(current) == 'expired') this._set(undefined, 'expired');
    else if (stored && !this._stale(stored) && stored.timestamp != current?.timestamp) this._set(this._clean(stored), 'sync');
    else if (!stored && current && this.persisted) this._set(undefined, 'sync');
  }

  /** Subscribes to the store; returns the function that unsubscribes. */
  on<K extends keyof ConsentStoreEventMap>(type: K, listener: Listener<ConsentStoreEventMap[K]>): () => void {
    const set = (this._listeners[type] ??= new Set()) as Set<Listener<ConsentStoreEventMap[K]>>;
    set.add(listener);
    return () => set.delete(listener);
  }

  private _choices(granted: (name: string) => boolean): ConsentChoices {
    const choices: ConsentChoices = {};
    for (const name of this.categories) choices[name] = name == 'necessary' || granted(name);
    return choices;
  }

  /** Records a decision; `pending`: services allowed, no category decided (the banner still asks). */
  private _decide(granted: (name: string) => boolean, reason: ConsentChangeReason, services: Partial<ConsentChoices> = {}, pending?: boolean): void {
    if (!this.ready || this.configError) return;
    const timestamp = this._now();
    const choices = this._choices(granted);
    const consentId = this._record?.consentId ?? (this._options.randomId ?? randomUUID)();
    const kept = serviceExceptions(this.services, choices, (id) => services[id], pending);
    const record = { consentId, timestamp, revision: this.revision, policy: this._policy(), choices: pending ? {} : choices, services: kept, pending };
    this.persisted = this._storage.write(encodeRecord(record), expiryOf(timestamp));
    if (!pending) this.preferencesOpen = false;
    this._set(record, reason);
  }


  /**
   * Replaces the decision (closing a reopened banner) and tells who listens; `ui` too, since
   * a decision closes the layers and losing one (reset, expiry, another tab) opens the banner.
   */
  private _set(record: ConsentRecord | undefined, reason: ConsentChangeReason): void {
    const before = this._record?.choices;
    // "Always allow" before any decision keeps the banner asked for by `openBanner()` as it was.
    const requested = this._bannerRequested && !!record?.pending;
    this._record = record;
    this._bannerRequested = requested;
    this._emit('consent-change', this._detail(reason, before));
    this._emit('ui');
  }

  /** Why a stored decision no longer counts, if it does not. */
  private _stale(record?: ConsentRecord): 'expired' | 'revision' | undefined {
    if (!record) return;
    const now = this._now();
    // A decision dated more than a day ahead was forged or made with a broken clock.
    if (record.timestamp > now + 864e5 || +expiryOf(record.timestamp) <= now) return 'expired';
    // A lower revision, another policy version, or a category never asked about: ask again.
    const pending = !Object.keys(record.choices)[0];
    if (record.revision < this.revision || record.policy != this._policy() || (!pending && this.categories.some((name) => !(name in record.choices))))
      return 'revision';
  }

  /** Hash of the privacy policy's version, when the config has one. */
  private _policy(): string | undefined {
    const version = this.config.privacyPolicy?.version;
    return version == null ? undefined : hashText(String(version));
  }

  /** Keeps only configured categories, so a forged cookie cannot grant an unknown name. */
  private _clean(record?: ConsentRecord): ConsentRecord | undefined {
    if (!record) return;
    const pending = !Object.keys(record.choices)[0];
    const choices = this._choices((name) => record.choices[name] === true);
    const services = serviceExceptions(this.services, choices, (id) => record.services?.[id], pending);
    // Nothing decided and nothing allowed: no decision at all.
    if (pending && !Object.keys(services)[0]) return;
    return { ...record, choices: pending ? {} : choices, services, pending };
  }

  private _detail(reason: ConsentChangeReason, before?: ConsentChoices): ConsentChangeDetail {
    const categories = this.getAll();
    return {
      categories,
      services: this.getServices(),
      changed: this.categories.filter((name) => categories[name] != (name == 'necessary' || before?.[name] === true)),
      reason,
      consentId: this.consentId,
      timestamp: this.timestamp,
      revision: this.revision,
    };
  }

  private _ui(preferencesOpen: boolean, bannerRequested: boolean): void {
    this.preferencesOpen = preferencesOpen;
    this._bannerRequested = bannerRequested;
    this._emit('ui');
  }

  private _emit<K extends keyof ConsentStoreEventMap>(type: K, detail?: ConsentStoreEventMap[K]): void {
    for (const listener of [...(this._listeners[type] ?? [])]) {
      try {
        (listener as Listener<ConsentStoreEventMap[K] | undefined>)(detail);
      } catch (error) {
        console.error('consent-elements: a listener failed', error);
      }
    }
    const { target = globalThis.document } = this._options;
    if (type != 'ui' && target) {
      const event =
        type == 'consent-ready'
          ? new ConsentReadyEvent(detail as ConsentReadyDetail)
          : new ConsentChangeEvent(detail as ConsentChangeDetail);
      // After `load`, a decision first lets out what load held, so the order stays ready → change.
      if (this._held && this._loading) this._held.push([target, event]);
      else {
        this._flush();
        target.dispatchEvent(event);
      }
    }
  }
}
