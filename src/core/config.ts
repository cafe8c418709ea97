import type { ConsentModeType, NormalizedConfig } from './types.js';

export const DEFAULT_MAPPING: Record<string, ConsentModeType[]> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  functional: ['functionality_storage', 'personalization_storage'],
};

export const CONSENT_TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as ConsentModeType[];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- checked against SCHEMA first
type Unchecked = any;

// Plain objects only: an element (`<a id="consentElementsConfig">` clobbers the global), an array or a date is not a config.
const isObject = (value: unknown): value is Record<string, unknown> =>
  Object.prototype.toString.call(value) == '[object Object]';

/**
 * A field's expected kind: a letter below, `a|b|c` for one of those strings, `[spec]` for an
 * array of that spec, `{ key: spec }` for an object (`*` = any key named like a category).
 * Upper case: required.
 */
type Spec = string | Spec[] | { [key: string]: Spec };

const KINDS: Record<string, [(value: Unchecked) => boolean, string]> = {
  s: [(v) => typeof v == 'string', 'a string'],
  b: [(v) => typeof v == 'boolean', 'true or false'],
  n: [(v) => Number.isFinite(v) && v >= 0, 'a number ≥ 0'],
  i: [(v) => Number.isSafeInteger(v) && v >= 0, 'a whole number ≥ 0'],
  t: [
    (v) => typeof v == 'string' || (isObject(v) && Object.values(v).every((x) => typeof x == 'string')),
    'a string or one string per language',
  ],
  a: [(v) => Array.isArray(v) && v.every((x) => typeof x == 'string'), 'an array of strings'],
  o: [isObject, 'an object'],
  m: [(v) => Array.isArray(v) && v.every((x) => CONSENT_TYPES.includes(x)), 'an array of Consent Mode types'],
  k: [(v) => /^[\w.-]{1,64}$/.test(v), 'letters, digits, _ . or -'],
};

/** Category names (and keys of `*` objects): safe in the cookie and in attributes. */
const NAME = /^[a-z][a-z0-9_]{0,31}$/i;

const SCHEMA: Spec = {
  revision: 'i',
  language: 's',
  fallbackLanguage: 's',
  texts: 'o',
  ui: 'o',
  gpc: 'b',
  reloadOnWithdrawal: 'b',
  privacyPolicy: 'o',
  cookie: { name: 'k', domain: 's', path: 's', secure: 'b', sameSite: 'Lax|Strict|None' },
  categories: {
    '*': {
      label: 't',
      description: 't',
      gpc: 'b',
      services: [
        {
          name: 'S',
          provider: 't',
          purpose: 't',
          location: 't',
          privacyUrl: 's',
          scripts: 'a',
          localStorage: 'a',
          cookies: [{ name: 'S', lifetime: 't', purpose: 't' }],
        },
      ],
    },
  },
  consentMode: {
    enabled: 'b',
    mode: 'basic|advanced',
    waitForUpdate: 'n',
    adsDataRedaction: 'b',
    urlPassthrough: 'b',
    regions: [{ region: 'A' }],
    mapping: { '*': 'm' },
  },
  proofOfConsent: { endpoint: 'S', retention: 't' },
};

/** Throws the message naming the first field of `value` that does not fit `spec`. */
function check(value: Unchecked, spec: Spec, field: string): void {
  // Upper-case single letters are required fields; `A|B` value lists are not.
  if (value === undefined && !(typeof spec == 'string' && spec.length < 2 && spec < 'a')) return;
  const fail = (expected: string) => {
    throw `"${field || 'config'}" must be ${expected}`;
  };
  if (typeof spec == 'string') {
    const [test, expected] = KINDS[spec.toLowerCase()] ?? [(v: unknown) => spec.split('|').includes(v as string), 'one of ' + spec.replace(/\|/g, ', ')];
    if (!test(value)) fail(expected);
  } else if (Array.isArray(spec)) {
    if (!Array.isArray(value)) fail('an array');
    value.forEach((item: unknown, i: number) => check(item, spec[0], `${field}[${i}]`));
  } else {
    if (!isObject(value)) fail('an object');
    const any = spec['*'];
    for (const key of Object.keys(any ? value : spec)) {
      const at = field ? field + '.' + key : key;
      if (any && !NAME.test(key)) {
        field = at;
        fail('named with letters, digits and _ only');
      }
      // A named entry set to undefined (`analytics: undefined` in a JS config) is an error, not a crash later.
      check(any ? value[key] ?? null : value[key], any ?? spec[key], at);
    }
  }
}

function normalize(input: Unchecked): NormalizedConfig {
  check(input, SCHEMA, '');
  return {
    revision: input.revision ?? 1,
    language: input.language ?? 'auto',
    fallbackLanguage: input.fallbackLanguage ?? 'en',
    texts: input.texts ?? {},
    ui: input.ui ?? {},
    gpc: input.gpc ?? true,
    reloadOnWithdrawal: !!input.reloadOnWithdrawal,
    privacyPolicy: input.privacyPolicy,
    proofOfConsent: input.proofOfConsent,
    cookie: { name: 'consent_elements', path: '/', sameSite: 'Lax', ...input.cookie },
    // `necessary` first, always present.
    categories: { necessary: {}, ...input.categories },
    consentMode: {
      enabled: true,
      mode: 'basic',
      waitForUpdate: 500,
      adsDataRedaction: false,
      urlPassthrough: false,
      regions: [],
      mapping: DEFAULT_MAPPING,
      ...input.consentMode,
    },
  };
}

/** The config used when the site owner's one is invalid: nothing to consent to, all refused. */
export const SAFE_CONFIG: NormalizedConfig = normalize({});

/**
 * Validates a site owner's config and fills in the defaults.
 * Never throws: a bad config yields `SAFE_CONFIG` plus an `error` naming the field.
 */
export function normalizeConfig(input: unknown): { config: NormalizedConfig; error?: string } {
  // The script tag validates the same object twice in one task (Consent Mode defaults, then the
  // store): the second time costs nothing.
  if (input !== last[0])
    try {
      last = [input, { config: normalize(input) }];
    } catch (error) {
      last = [input, { config: SAFE_CONFIG, error: typeof error == 'string' ? error : '"config" could not be read' }];
    }
  return last[1];
}
let last: [unknown, { config: NormalizedConfig; error?: string }] = [{}, { config: SAFE_CONFIG }];
