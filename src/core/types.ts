/** A text from the config: one string, or one string per language (`{ fr: '…', en: '…' }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** Why a `consent-change` happened. */
export type ConsentChangeReason =
  | 'accept-all'
  | 'reject-all'
  /** "Continue without accepting": a refusal, told apart from "reject all". */
  | 'close'
  | 'save'
  | 'reset'
  | 'expired'
  | 'revision'
  | 'gpc'
  | 'sync';

/** Granted (`true`) or refused (`false`) per category name. */
export type ConsentChoices = Record<string, boolean>;

/** One cookie a service sets: shown to the visitor, deleted on withdrawal. `*` is a wildcard. */
export interface CookieDeclaration {
  name: string;
  lifetime?: LocalizedText;
  purpose?: LocalizedText;
  /** Set on this domain (shown in the policy). */
  domain?: string;
}

/**
 * One third-party service inside a category: a custom one (`name` required), or a catalogue
 * entry (`preset: 'youtube'`) whose fields the others override one by one. In the config, a
 * catalogue id alone (`'youtube'`) means `{ preset: 'youtube' }`.
 */
export interface ServiceConfig {
  /** The service's id (`getService(id)`, `data-consent-service`); default: the preset, else derived from `name`. */
  id?: string;
  /** A catalogue id whose facts fill every field not given here (loaded on demand by the layers). */
  preset?: string;
  name?: string;
  provider?: LocalizedText;
  purpose?: LocalizedText;
  /** Link to the provider's own privacy policy or opt-out page. */
  privacyUrl?: string;
  /** Country or region where the data is processed, for the privacy policy. */
  location?: LocalizedText;
  cookies?: CookieDeclaration[];
  /** Script URLs injected once the service's category is granted. */
  scripts?: string[];
  /** `localStorage` keys (`*` wildcard) removed on withdrawal. */
  localStorage?: string[];
}

/** One consent category (`necessary` is always granted). */
export interface CategoryConfig {
  label?: LocalizedText;
  description?: LocalizedText;
  services?: (ServiceConfig | string)[];
  /**
   * Advertising / sale or sharing of data: refused from the start when the browser sends
   * Global Privacy Control. Defaults to `true` for `marketing`, `false` otherwise.
   */
  gpc?: boolean;
}

/** The seven Google Consent Mode v2 consent types. */
export type ConsentModeType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/** A Consent Mode default for some regions (ISO 3166-2 codes), e.g. `{ region: ['FR'], analytics_storage: 'granted' }`. */
export interface ConsentModeRegion {
  region: string[];
  [type: string]: 'granted' | 'denied' | string[];
}

export interface ConsentModeConfig {
  /** `false` turns Consent Mode off entirely (no dataLayer, no gtag). */
  enabled?: boolean;
  /**
   * `basic` (default, safe in the EU): Google tags are injected only after consent.
   * `advanced`: tags load at once and send cookieless pings while denied (legally risky in the EU).
   */
  mode?: 'basic' | 'advanced';
  waitForUpdate?: number;
  adsDataRedaction?: boolean;
  urlPassthrough?: boolean;
  regions?: ConsentModeRegion[];
  /** Category name → the consent types it grants. */
  mapping?: Record<string, ConsentModeType[]>;
}

export interface CookieOptions {
  name?: string;
  domain?: string;
  path?: string;
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Defaults to `true` on https pages. */
  secure?: boolean;
}

/**
 * Where each decision's proof goes. The privacy policy then declares this processing by itself
 * (purpose, legal basis, retention).
 */
export interface ProofOfConsentConfig {
  endpoint: string;
  /** How long the records are kept, as the policy says it; default: 5 years (the civil limitation period). */
  retention?: LocalizedText;
}

/** `T` with every string-literal union widened to `string`: what TypeScript infers from JSON. */
type Widened<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? Widened<U>[]
    : T extends object
      ? { [K in keyof T]: Widened<T[K]> }
      : T;

/**
 * A {@link ConsentConfig} as a JSON import types it (`sameSite: string`, not `'Lax'`):
 * `startConsentElements()` takes either, and checks the values when the page runs.
 */
export type ConsentConfigJson = Widened<ConsentConfig>;

/** The configuration a site owner writes (see DESIGN.md, "Config shape"). */
export interface ConsentConfig {
  revision?: number;
  language?: string;
  /** The language shown when neither the config, the page nor the browser names one available (default `en`). */
  fallbackLanguage?: string;
  texts?: Record<string, Record<string, Record<string, string>>>;
  cookie?: CookieOptions;
  categories?: Record<string, CategoryConfig>;
  consentMode?: ConsentModeConfig;
  gpc?: boolean;
  proofOfConsent?: ProofOfConsentConfig;
  /** Reload the page after a withdrawal, so that tags already running stop. */
  reloadOnWithdrawal?: boolean;
  /** UI options read by the elements (position, theme, reopen control). */
  ui?: Record<string, unknown>;
  privacyPolicy?: Record<string, unknown>;
}

/** The config after validation, with every default filled in. */
export interface NormalizedConfig {
  revision: number;
  language: string;
  fallbackLanguage: string;
  texts: Record<string, Record<string, Record<string, string>>>;
  cookie: Required<Omit<CookieOptions, 'domain' | 'secure'>> & { domain?: string; secure?: boolean };
  /** Every service has its `id` (unique in the config); presets are not expanded (see `src/catalogue/`). */
  categories: Record<string, Omit<CategoryConfig, 'services'> & { services?: (ServiceConfig & { id: string })[] }>;
  consentMode: Required<Omit<ConsentModeConfig, 'regions'>> & { regions: ConsentModeRegion[] };
  gpc: boolean;
  proofOfConsent?: ProofOfConsentConfig;
  reloadOnWithdrawal: boolean;
  ui: Record<string, unknown>;
  privacyPolicy?: Record<string, unknown>;
}

/** A decision as stored in the consent cookie. */
export interface ConsentRecord {
  consentId: string;
  /** Milliseconds since the epoch. */
  timestamp: number;
  revision: number;
  /** Hash of `privacyPolicy.version` when the decision was taken, if the config had one. */
  policy?: string;
  choices: ConsentChoices;
  /**
   * Per service id: granted or refused, for every configured service. A record with no
   * category choices but some services is an undecided visitor who allowed a service from an
   * embed's placeholder ("always allow"): the banner still shows.
   */
  services?: ConsentChoices;
  /** In memory only: no category decided yet (the services part only). */
  pending?: boolean;
}

/** `detail` of the `consent-change` event. */
export interface ConsentChangeDetail {
  categories: ConsentChoices;
  /** Names of the categories whose value changed. */
  changed: string[];
  /** Granted (`true`) or refused (`false`) per service id. */
  services: ConsentChoices;
  reason: ConsentChangeReason;
  consentId: string | null;
  timestamp: number | null;
  revision: number;
}

/** `detail` of the `consent-ready` event. */
export interface ConsentReadyDetail {
  categories: ConsentChoices;
  /** Granted (`true`) or refused (`false`) per service id. */
  services: ConsentChoices;
  /** Whether the visitor has a valid stored decision. */
  decided: boolean;
  consentId: string | null;
  timestamp: number | null;
  revision: number;
}

/** Where the store keeps the decision between pages. */
export interface ConsentStorage {
  /** The raw stored value, or `undefined`. */
  read(): string | undefined;
  /** Returns `false` when the value could not be stored. */
  write(value: string, expires: Date): boolean;
  remove(): void;
}
