/**
 * The proof-of-consent record: what the library sends, checked field by field, and the
 * normalised row the server stores. Nothing here touches the network or the database.
 */

export const REASONS = ['accept-all', 'reject-all', 'close', 'save', 'reset'] as const;
export type Reason = (typeof REASONS)[number];
export const DEVICES = ['desktop', 'mobile', 'tablet'] as const;
export type Device = (typeof DEVICES)[number];

/** A stored record, as `GET /consent/<id>` and the ndjson export return it. */
export interface StoredRecord {
  consentId: string;
  /** When the visitor decided (their clock), ms since the epoch. */
  timestamp: number;
  /** When the server stored it (its clock), ms since the epoch. */
  receivedAt: number;
  revision: number;
  policyVersion?: string;
  choices: Record<string, boolean>;
  services?: Record<string, boolean>;
  reason: Reason;
  gpc: boolean;
  language: string;
  url: string;
  browser?: string;
  device?: Device;
  wording?: string;
}

export type ValidRecord = Omit<StoredRecord, 'receivedAt'>;

export class RecordError extends Error {}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const CATEGORY = /^[a-z][a-z0-9_]{0,31}$/i;
const SERVICE = /^[a-z0-9][a-z0-9-]{0,63}$/;
// BCP 47 in practice: a 2–3 letter language (or a private-use x-…), then subtags of 1–8 alphanumerics.
const LANGUAGE = /^(?:[a-z]{2,3}|x)(?:-[a-z0-9]{1,8}){0,7}$/i;
const BROWSER = /^[A-Za-z][A-Za-z .]{0,30}(?: \d{1,5})?$/;
const WORDING = /^[0-9a-z]{1,16}$/i;
// Printable, and nothing a spreadsheet would run as a formula when exported to CSV.
const POLICY_VERSION = /^[\p{L}\p{N}][\p{L}\p{N} ._\-+/:]{0,63}$/u;
const MAX_CATEGORIES = 64;
const MAX_SERVICES = 256;
const MAX_URL = 2048;
const MAX_USER_AGENT = 1024;

const FIELDS = new Set([
  'consentId', 'timestamp', 'revision', 'policyVersion', 'choices', 'services', 'reason',
  'gpc', 'language', 'url', 'browser', 'device', 'wording', 'userAgent',
]);

export interface ValidateOptions {
  /** The server's clock, ms. */
  now: number;
  /** How far ahead of `now` a timestamp may be (visitors' clocks drift): default one day. */
  maxFutureMs?: number;
  /** How far back: older records would fall outside the retention period at once. */
  maxAgeMs: number;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value == 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

function booleanMap(value: unknown, field: string, key: RegExp, max: number): Record<string, boolean> {
  if (!isPlainObject(value)) throw new RecordError(`${field} must be an object`);
  const names = Object.keys(value);
  if (names.length > max) throw new RecordError(`${field} has more than ${max} entries`);
  const map: Record<string, boolean> = {};
  for (const name of names) {
    if (!key.test(name)) throw new RecordError(`${field} has an invalid name`);
    if (typeof value[name] != 'boolean') throw new RecordError(`${field}.${name} must be a boolean`);
    map[name] = value[name] as boolean;
  }
  return map;
}

/**
 * Checks a parsed body and returns the record to store, or throws a `RecordError` whose
 * message is safe to send back (it names a field, never echoes its value).
 */
export function validateRecord(input: unknown, options: ValidateOptions): ValidRecord {
  if (!isPlainObject(input)) throw new RecordError('the record must be a JSON object');
  for (const key of Object.keys(input)) if (!FIELDS.has(key)) throw new RecordError('unknown field');
  const { consentId, timestamp, revision, policyVersion, reason, gpc, language, url } = input;

  if (typeof consentId != 'string' || !UUID_V4.test(consentId)) throw new RecordError('consentId must be a UUID v4');
  if (typeof timestamp != 'number' || !Number.isSafeInteger(timestamp)) throw new RecordError('timestamp must be an integer (ms)');
  if (timestamp > options.now + (options.maxFutureMs ?? 86_400_000)) throw new RecordError('timestamp is in the future');
  if (timestamp < options.now - options.maxAgeMs) throw new RecordError('timestamp is older than the retention period');
  if (typeof revision != 'number' || !Number.isSafeInteger(revision) || revision < 0 || revision > 2 ** 31 - 1)
    throw new RecordError('revision must be an integer ≥ 0');

  let version: string | undefined;
  if (policyVersion !== undefined) {
    if (typeof policyVersion == 'number' && Number.isFinite(policyVersion) && policyVersion >= 0) version = String(policyVersion);
    else if (typeof policyVersion == 'string' && POLICY_VERSION.test(policyVersion)) version = policyVersion;
    else throw new RecordError('policyVersion must be a short string or a number');
  }

  const choices = booleanMap(input.choices, 'choices', CATEGORY, MAX_CATEGORIES);
  const services = input.services === undefined ? undefined : booleanMap(input.services, 'services', SERVICE, MAX_SERVICES);
  if (typeof reason != 'string' || !(REASONS as readonly string[]).includes(reason)) throw new RecordError('reason is not a known reason');
  if (typeof gpc != 'boolean') throw new RecordError('gpc must be a boolean');
  if (typeof language != 'string' || language.length > 35 || !LANGUAGE.test(language)) throw new RecordError('language must be a BCP 47 tag');

  if (typeof url != 'string' || url.length > MAX_URL) throw new RecordError('url must be a string');
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    throw new RecordError('url must be an absolute URL');
  }
  if (!/^https?:$/.test(page.protocol)) throw new RecordError('url must be http or https');
  // The query string and the fragment may hold personal data (emails, tokens): never stored.
  if (page.search || page.hash || url.includes('?') || url.includes('#')) throw new RecordError('url must have no query or fragment');
  if (page.username || page.password) throw new RecordError('url must have no credentials');

  let browser: string | undefined;
  let device: Device | undefined;
  if (input.browser !== undefined) {
    if (typeof input.browser != 'string' || !BROWSER.test(input.browser)) throw new RecordError('browser must be a name and a major version');
    browser = input.browser;
  }
  if (input.device !== undefined) {
    if (typeof input.device != 'string' || !(DEVICES as readonly string[]).includes(input.device)) throw new RecordError('device is not a known device class');
    device = input.device as Device;
  }
  if (input.userAgent !== undefined) {
    if (typeof input.userAgent != 'string' || input.userAgent.length > MAX_USER_AGENT) throw new RecordError('userAgent must be a short string');
    // Older clients send the whole string: keep only its family, major version and device class.
    const derived = describeUserAgent(input.userAgent);
    browser ??= derived.browser;
    device ??= derived.device;
  }

  let wording: string | undefined;
  if (input.wording !== undefined) {
    if (typeof input.wording != 'string' || !WORDING.test(input.wording)) throw new RecordError('wording must be a short hash');
    wording = input.wording;
  }

  const record: ValidRecord = {
    consentId: consentId.toLowerCase(),
    timestamp,
    revision,
    choices,
    reason: reason as Reason,
    gpc,
    language,
    url: page.href,
  };
  if (version !== undefined) record.policyVersion = version;
  if (services) record.services = services;
  if (browser) record.browser = browser;
  if (device) record.device = device;
  if (wording) record.wording = wording;
  return record;
}

/** Parses a request body (JSON, possibly sent as text/plain) and validates it. */
export function parseRecord(body: string, options: ValidateOptions): ValidRecord {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new RecordError('the body is not valid JSON');
  }
  return validateRecord(parsed, options);
}

/**
 * The browser family with its major version ("Chrome 156") and the device class, from a full
 * user-agent string. Order matters: Edge and Opera also say "Chrome", Chrome also says "Safari".
 */
export function describeUserAgent(userAgent: string): { browser?: string; device?: Device } {
  const families: [string, RegExp][] = [
    ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
    ['Opera', /\b(?:OPR|Opera)\/(\d+)/],
    ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
    ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
    ['Chrome', /\b(?:Chrome|CriOS)\/(\d+)/],
    ['Safari', /\bVersion\/(\d+)[\d.]* (?:Mobile\/\w+ )?Safari\//],
  ];
  let browser: string | undefined;
  for (const [name, pattern] of families) {
    const match = pattern.exec(userAgent);
    if (match) {
      browser = `${name} ${match[1].slice(0, 5)}`;
      break;
    }
  }
  let device: Device | undefined;
  if (/\biPad\b|\bTablet\b|\bKindle\b|\bSilk\//.test(userAgent) || (/\bAndroid\b/.test(userAgent) && !/\bMobile\b/.test(userAgent)))
    device = 'tablet';
  else if (/\bMobi|\biPhone\b|\biPod\b|\bAndroid\b/.test(userAgent)) device = 'mobile';
  else if (/\b(?:Windows NT|Macintosh|X11|Linux|CrOS)\b/.test(userAgent)) device = 'desktop';
  return { browser, device };
}
