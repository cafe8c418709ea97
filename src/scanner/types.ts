/** The three moments a page is observed in, each in a fresh browser context. */
export type Phase = 'before-consent' | 'after-reject' | 'after-accept';
export const PHASES: readonly Phase[] = ['before-consent', 'after-reject', 'after-accept'];

/** One entry of the service catalogue (`catalogue/services/<id>.json`). `*` is a wildcard everywhere. */
export interface CatalogueService {
  id: string;
  name: string;
  category: string;
  provider?: { name?: string; country?: string };
  cookies?: { name: string; lifetime?: string; purpose?: string }[];
  storage?: string[];
  scripts?: string[];
  embeds?: string[];
  hosts?: string[];
  consentMode?: string[];
}

/** A cookie present in the browser context at the end of a phase. */
export interface SeenCookie {
  name: string;
  domain: string;
  path: string;
  /** Seconds since the epoch; absent for a session cookie. */
  expires?: number;
  /** Lifetime in seconds from when the scanner saw it; absent for a session cookie. */
  lifetime?: number;
  httpOnly: boolean;
  secure: boolean;
  thirdParty: boolean;
  /** The response (Set-Cookie header) or script (document.cookie) that set it, when known. */
  setBy?: { kind: 'response' | 'script'; url: string };
}

export interface SeenStorage {
  area: 'localStorage' | 'sessionStorage';
  key: string;
  /** The frame's origin (first party or an embed). */
  origin: string;
  setBy?: string;
}

export interface SeenRequest {
  url: string;
  host: string;
  type: string;
  /** Whether it started after the choice was made (always false before consent). */
  afterChoice: boolean;
}

/** What the Google tag order looked like (`window.dataLayer` and Google tag requests). */
export interface ConsentModeObservation {
  /** The page has Google tags: gtag commands in the dataLayer or requests to Google tag hosts. */
  googleTags: boolean;
  /** Index in the dataLayer of the first `gtag('consent','default',…)` (an arguments object), -1 when none. */
  defaultIndex: number;
  /** Index of a consent default pushed as a plain array, which Google's tags ignore; -1 when none. */
  arrayDefaultIndex?: number;
  /** Index of the first `config`/`event`/`js` command or `{ event }` object, -1 when none. */
  firstCommandIndex: number;
  /** The first Google tag request that started before the default (or with no default at all). */
  earlyGoogleRequest?: string;
  /** A short rendering of the first dataLayer entries, for the report. */
  entries: string[];
}

export interface PhaseObservation {
  phase: Phase;
  /** The URL the page ended on. */
  url: string;
  cookies: SeenCookie[];
  storage: SeenStorage[];
  /** Requests to third-party hosts. */
  requests: SeenRequest[];
  scripts: string[];
  iframes: string[];
  consentMode: ConsentModeObservation;
  /** The name of the library's consent cookie on this page. */
  consentCookieName: string;
  /** When the choice was made (ms since the epoch), for the reject and accept phases. */
  choiceAt?: number;
  error?: string;
}

export interface PageResult {
  url: string;
  status?: number;
  title?: string;
  /** `window.consentElements` was found: all three phases were measured. */
  usesLibrary: boolean;
  phases: PhaseObservation[];
  error?: string;
}

export interface Violation {
  kind:
    | 'cookie'
    | 'storage'
    | 'third-party-request'
    | 'consent-cookie-lifetime'
    | 'consent-mode-default'
    | 'undeclared-cookie'
    | 'declared-service-not-seen';
  phase: Phase;
  service?: string;
  cookie?: string;
  url?: string;
  /** The storage key, for `storage`. */
  key?: string;
  /** The first page it was seen on, and every page it was seen on. */
  page?: string;
  pages?: string[];
  /** One sentence a site owner can act on. */
  message: string;
}

/** A service seen on the site, from the catalogue or not. */
export interface ServiceFinding {
  id: string;
  name: string;
  category: string;
  recognised: boolean;
  provider?: string;
  /** The phases it showed up in. */
  phases: Phase[];
  evidence: { phase: Phase; page: string; what: 'cookie' | 'storage' | 'script' | 'iframe' | 'request'; value: string }[];
  cookies: { name: string; lifetime?: number; domain: string; thirdParty: boolean }[];
  storage: string[];
}

export interface Report {
  tool: { name: 'consent-elements-scan'; version: string };
  startUrl: string;
  startedAt: string;
  durationMs: number;
  browser: string;
  /** Every scanned page used this library (all three phases measured). */
  usesLibrary: boolean;
  pages: PageResult[];
  /** URLs found but not scanned, and why (off-site redirect, page limit…). */
  skipped: { url: string; reason: string }[];
  services: ServiceFinding[];
  unrecognised: { cookies: string[]; storage: string[]; hosts: string[]; scripts: string[]; iframes: string[] };
  violations: Violation[];
  /**
   * A PNG of the start page before any choice, with the banner when there is one: base64 in
   * memory; in report.json, the name of the file written beside it (`screenshot.png`).
   */
  screenshot?: string;
  /** Whether the declared config (--config) was compared. */
  configChecked: boolean;
}
