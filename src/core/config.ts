import type {
  CategoryConfig,
  ConsentModeType,
  NormalizedConfig,
} from './types.js';

/** Category names the cookie format and the DOM attributes can carry safely. */
const CATEGORY_NAME = /^[a-z][a-z0-9_]{0,31}$/i;

export const DEFAULT_MAPPING: Record<string, ConsentModeType[]> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  functional: ['functionality_storage', 'personalization_storage'],
};

export const CONSENT_TYPES: ConsentModeType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

/** Thrown inside validation only; never leaves `normalizeConfig`. */
class ConfigError extends Error {}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- validated field by field below
type Unchecked = Record<string, any>;

const isObject = (value: unknown): value is Unchecked =>
  typeof value == 'object' && value !== null && !Array.isArray(value);

function check(condition: unknown, field: string, expected: string): asserts condition {
  if (!condition) throw new ConfigError(`"${field}" must be ${expected}`);
}

function optional(value: unknown, type: string, field: string) {
  check(value === undefined || typeof value == type, field, `a ${type}`);
}

function checkText(value: unknown, field: string) {
  check(
    value === undefined ||
      typeof value == 'string' ||
      (isObject(value) && Object.values(value).every((v) => typeof v == 'string')),
    field,
    'a string or an object of strings per language',
  );
}

function checkStrings(value: unknown, field: string) {
  check(
    value === undefined || (Array.isArray(value) && value.every((v) => typeof v == 'string')),
    field,
    'an array of strings',
  );
}

function checkCategory(name: string, category: unknown): CategoryConfig {
  const field = `categories.${name}`;
  check(CATEGORY_NAME.test(name), field, 'named with letters, digits and _ only');
  check(isObject(category), field, 'an object');
  checkText(category.label, `${field}.label`);
  checkText(category.description, `${field}.description`);
  optional(category.gpc, 'boolean', `${field}.gpc`);
  const services = category.services ?? [];
  check(Array.isArray(services), `${field}.services`, 'an array');
  services.forEach((service: unknown, i) => {
    const at = `${field}.services[${i}]`;
    check(isObject(service) && typeof service.name == 'string', `${at}.name`, 'a string');
    checkText(service.provider, `${at}.provider`);
    checkText(service.purpose, `${at}.purpose`);
    checkStrings(service.scripts, `${at}.scripts`);
    checkStrings(service.localStorage, `${at}.localStorage`);
    const cookies = service.cookies ?? [];
    check(Array.isArray(cookies), `${at}.cookies`, 'an array');
    cookies.forEach((cookie: unknown, j) =>
      check(isObject(cookie) && typeof cookie.name == 'string', `${at}.cookies[${j}].name`, 'a string'),
    );
  });
  return { ...category, services } as CategoryConfig;
}

function validate(input: unknown): NormalizedConfig {
  check(isObject(input), 'config', 'an object');
  const config: Unchecked = input;
  const revision = config.revision ?? 1;
  check(Number.isSafeInteger(revision) && revision >= 0, 'revision', 'a whole number ≥ 0');
  optional(config.language, 'string', 'language');
  optional(config.gpc, 'boolean', 'gpc');
  optional(config.reloadOnWithdrawal, 'boolean', 'reloadOnWithdrawal');
  check(config.texts === undefined || isObject(config.texts), 'texts', 'an object');
  check(config.ui === undefined || isObject(config.ui), 'ui', 'an object');

  const cookie = config.cookie ?? {};
  check(isObject(cookie), 'cookie', 'an object');
  const name = cookie.name ?? 'consent_elements';
  check(typeof name == 'string' && /^[\w.-]{1,64}$/.test(name), 'cookie.name', 'letters, digits, _ . or -');
  optional(cookie.domain, 'string', 'cookie.domain');
  optional(cookie.path, 'string', 'cookie.path');
  optional(cookie.secure, 'boolean', 'cookie.secure');
  const sameSite = cookie.sameSite ?? 'Lax';
  check(['Lax', 'Strict', 'None'].includes(sameSite), 'cookie.sameSite', '"Lax", "Strict" or "None"');

  const rawCategories = config.categories ?? {};
  check(isObject(rawCategories), 'categories', 'an object');
  const categories: Record<string, CategoryConfig> = { necessary: {} };
  for (const key of Object.keys(rawCategories)) categories[key] = checkCategory(key, rawCategories[key]);

  const mode = config.consentMode ?? {};
  check(isObject(mode), 'consentMode', 'an object');
  optional(mode.enabled, 'boolean', 'consentMode.enabled');
  check([undefined, 'basic', 'advanced'].includes(mode.mode), 'consentMode.mode', '"basic" or "advanced"');
  const wait = mode.waitForUpdate ?? 500;
  check(Number.isFinite(wait) && wait >= 0, 'consentMode.waitForUpdate', 'a number of milliseconds');
  optional(mode.adsDataRedaction, 'boolean', 'consentMode.adsDataRedaction');
  optional(mode.urlPassthrough, 'boolean', 'consentMode.urlPassthrough');
  const regions = mode.regions ?? [];
  check(Array.isArray(regions), 'consentMode.regions', 'an array');
  regions.forEach((region, i) => {
    check(isObject(region), `consentMode.regions[${i}]`, 'an object');
    checkStrings(region.region, `consentMode.regions[${i}].region`);
  });
  const mapping = mode.mapping ?? DEFAULT_MAPPING;
  check(isObject(mapping), 'consentMode.mapping', 'an object');
  for (const [key, types] of Object.entries(mapping))
    check(
      Array.isArray(types) && types.every((type) => CONSENT_TYPES.includes(type)),
      `consentMode.mapping.${key}`,
      'an array of Consent Mode types',
    );

  const proof = config.proofOfConsent;
  check(
    proof === undefined || (isObject(proof) && typeof proof.endpoint == 'string'),
    'proofOfConsent.endpoint',
    'a URL string',
  );
  check(config.privacyPolicy === undefined || isObject(config.privacyPolicy), 'privacyPolicy', 'an object');

  return {
    revision,
    language: config.language ?? 'auto',
    texts: config.texts ?? {},
    cookie: { name, path: cookie.path ?? '/', sameSite, domain: cookie.domain, secure: cookie.secure },
    categories,
    consentMode: {
      enabled: mode.enabled ?? true,
      mode: mode.mode ?? 'basic',
      waitForUpdate: wait,
      adsDataRedaction: mode.adsDataRedaction ?? false,
      urlPassthrough: mode.urlPassthrough ?? false,
      regions,
      mapping,
    },
    gpc: config.gpc ?? true,
    proofOfConsent: proof,
    reloadOnWithdrawal: config.reloadOnWithdrawal ?? false,
    ui: config.ui ?? {},
    privacyPolicy: config.privacyPolicy,
  };
}

/** The config used when the site owner's one is invalid: nothing to consent to, all refused. */
export const SAFE_CONFIG: NormalizedConfig = validate({});

/**
 * Validates a site owner's config and fills in the defaults.
 * Never throws: a bad config yields `SAFE_CONFIG` plus an `error` naming the field.
 */
export function normalizeConfig(input: unknown): { config: NormalizedConfig; error?: string } {
  try {
    return { config: validate(input) };
  } catch (error) {
    return {
      config: SAFE_CONFIG,
      error: error instanceof ConfigError ? error.message : 'could not be read',
    };
  }
}
