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
  // A cookie path: `/; max-age=0` would delete the consent cookie on every write.
  p: [(v) => /^\/[^\s;,\x00-\x1f\x7f]*$/.test(v), 'a path starting with / without ; , spaces or control characters'],
  d: [isOwnDomain, "this page's host or one of its parent domains"],
  v: [(v) => typeof v == 'string' && SERVICE_ID.test(v), 'a service id: lower-case letters, digits and - (like "google-analytics")'],
};

/** A service id: a catalogue id, or one of the site's own; safe in the consent cookie and in attributes. */
export const SERVICE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The id of a custom service without one: its name in lower case, accents and symbols dropped (`Mon Chat` → `mon-chat`). */
export const serviceId = (name: string): string =>
  // `normalize` loads Unicode data the first time (a few ms): only for names that need it.
  (/[^\x00-\x7f]/.test(name) ? name.normalize('NFD') : name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');

/** Whether `value` names this page's host or a parent of it (anywhere, on a server: no page to compare). */
function isOwnDomain(value: unknown): boolean {
  if (typeof value != 'string' || !/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(value)) return false;
  const host = globalThis.location?.hostname.toLowerCase();
  const domain = value.replace(/^\./, '').toLowerCase();
  return !host || host == domain || host.endsWith('.' + domain);
}

/**
 * The most categories a config may have: the consent cookie holds one `name=0|1` per category,
 * and a cookie holds at most 4,096 bytes (see `consent-record.ts`).
 */
export const MAX_CATEGORIES = 100;

/** ` (did you mean "…"?)` with the known key closest to `key`, when one is a likely typo of it. */
function closest(key: string, known: string[]): string {
  let best = '';
  let fewest = Infinity;
  for (const candidate of known) {
    // Levenshtein distance, one row at a time.
    let row = [...Array(candidate.length + 1).keys()];
    for (let i = 0; i < key.length; i++) {
      const next = [i + 1];
      for (let j = 0; j < candidate.length; j++)
        next.push(Math.min(row[j + 1] + 1, next[j] + 1, row[j] + (key[i].toLowerCase() == candidate[j].toLowerCase() ? 0 : 1)));
      row = next;
    }
    if (row[candidate.length] < fewest) [best, fewest] = [candidate, row[candidate.length]];
  }
  // Up to a third of the letters wrong (at least 2): `categorys`, `controler`, `nmae`.
  return fewest <= Math.max(2, key.length / 3) ? ` (did you mean "${best}"?)` : '';
}

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
  // Checked entry by entry, unknown section names included, where it renders (`policy-schema.ts`).
  privacyPolicy: 'o',
  cookie: { name: 'k', domain: 'd', path: 'p', secure: 'b', sameSite: 'Lax|Strict|None' },
  categories: {
    '*': {
      label: 't',
      description: 't',
      gpc: 'b',
      services: [
        {
          id: 'v',
          preset: 'v',
          name: 's',
          provider: 't',
          purpose: 't',
          location: 't',
          privacyUrl: 's',
          scripts: 'a',
          localStorage: 'a',
          cookies: [{ name: 'S', lifetime: 't', purpose: 't', domain: 's' }],
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
    regions: [{ region: 'A', ...Object.fromEntries(CONSENT_TYPES.map((type) => [type, 'granted|denied'])) }],
    mapping: { '*': 'm' },
  },
  proofOfConsent: { endpoint: 'S', retention: 't' },
};

/** What is wrong with a config: every field that does not fit, every key that means nothing. */
interface Findings {
  problems: string[];
  unknown: string[];
}

/** Records in `found` every field of `value` that does not fit `spec`, and every unknown key. */
function check(value: Unchecked, spec: Spec, field: string, found: Findings): void {
  // Upper-case single letters are required fields; `A|B` value lists are not.
  if (value === undefined && !(typeof spec == 'string' && spec.length < 2 && spec < 'a')) return;
  const fail = (expected: string, at = field) => void found.problems.push(`"${at || 'config'}" must be ${expected}`);
  if (typeof spec == 'string') {
    const [test, expected] = KINDS[spec.toLowerCase()] ?? [(v: unknown) => spec.split('|').includes(v as string), 'one of ' + spec.replace(/\|/g, ', ')];
    if (!test(value)) fail(expected);
  } else if (Array.isArray(spec)) {
    if (!Array.isArray(value)) return fail('an array');
    value.forEach((item: unknown, i: number) => check(item, spec[0], `${field}[${i}]`, found));
  } else {
    if (!isObject(value)) return fail('an object');
    const any = spec['*'];
    const known = Object.keys(spec);
    for (const key of Object.keys(value)) {
      const at = field ? field + '.' + key : key;
      if (any ? !NAME.test(key) : !known.includes(key)) {
        if (any) fail('named with letters, digits and _ only', at);
        else found.unknown.push(`"${at}"` + closest(key, known));
        continue;
      }
      // A named entry set to undefined (`analytics: undefined` in a JS config) is an error, not a crash later.
      check(any ? value[key] ?? null : value[key], any ?? spec[key], at, found);
    }
    // Required fields the object lacks.
    if (!any) for (const key of known) if (!Object.hasOwn(value, key)) check(undefined, spec[key], field ? field + '.' + key : key, found);
  }
}

/**
 * The categories with every service as an object with its `id`: `'youtube'` becomes
 * `{ id: 'youtube', preset: 'youtube' }` (the catalogue's facts are loaded by the layers that
 * show them, never here: the core knows ids only). Records a problem for a service with
 * neither `preset` nor `name`, and for an id used twice.
 */
function withServiceIds(categories: Unchecked, found: Findings): Unchecked {
  if (!isObject(categories)) return categories;
  const seen = new Set<string>();
  // The cookie holds `<category>=0|1` for each category and `<id>=0|1` for each service set apart from its category.
  let bytes = 0;
  const out: Record<string, unknown> = {};
  // `__proto__` too, as an own key, for the schema check to name it.
  const put = (name: string, value: unknown) => Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  for (const [name, category] of Object.entries(categories)) {
    bytes += name.length + 3;
    const services = isObject(category) && (category as Unchecked).services;
    if (!Array.isArray(services)) {
      put(name, category);
      continue;
    }
    const list = services.map((given: unknown, i: number) => {
      const at = `categories.${name}.services[${i}]`;
      const service: Unchecked = typeof given == 'string' ? { preset: given } : given;
      if (!isObject(service)) return service;
      const id = service.id ?? service.preset ?? (typeof service.name == 'string' ? serviceId(service.name) : undefined);
      if (service.preset == null && typeof service.name != 'string') found.problems.push(`"${at}.name" must be a string (or give a "preset")`);
      // A bad `id` or `preset` is named by the schema check.
      else if (typeof id != 'string' || !SERVICE_ID.test(id)) {
        if (service.id == null && service.preset == null) found.problems.push(`"${at}.name" must hold a letter or a digit (or give an "id")`);
      }
      else if (seen.has(id)) found.problems.push(`"${at}" has the id "${id}" of another service: give it its own "id"`);
      else {
        seen.add(id);
        bytes += id.length + 3;
        return { ...service, id };
      }
      return service;
    });
    put(name, { ...(category as object), services: list });
  }
  if (bytes > 3400) found.problems.push('"categories" name too many categories and services for the consent cookie (4 KB)');
  return out;
}

function normalize(input: Unchecked, found: Findings = { problems: [], unknown: [] }): NormalizedConfig {
  const categories = withServiceIds(input?.categories, found);
  check(isObject(input) ? { ...input, categories } : input, SCHEMA, '', found);
  if (Object.keys(input?.categories ?? {}).length > MAX_CATEGORIES)
    found.problems.push(`"categories" must hold at most ${MAX_CATEGORIES} categories (the consent cookie holds one flag each)`);
  if (found.problems[0]) throw found.problems.join('; ');
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
    categories: { necessary: {}, ...categories },
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

/** What {@link normalizeConfig} found. */
export interface ConfigResult {
  config: NormalizedConfig;
  /** Every problem, joined with `; `: the config was rejected. */
  error?: string;
  /** Keys that mean nothing (typos), each with the closest known key: ignored, but worth a warning. */
  unknown?: string[];
}

/**
 * Validates a site owner's config and fills in the defaults.
 * Never throws: a bad config yields `SAFE_CONFIG` plus an `error` naming every bad field.
 */
export function normalizeConfig(input: unknown): ConfigResult {
  // The script tag validates the same object twice in one task (Consent Mode defaults, then the
  // store): the second time costs nothing.
  if (input !== last[0]) {
    const found: Findings = { problems: [], unknown: [] };
    try {
      last = [input, { config: normalize(input, found), unknown: found.unknown }];
    } catch (error) {
      last = [input, { config: SAFE_CONFIG, error: typeof error == 'string' ? error : '"config" could not be read', unknown: found.unknown }];
    }
  }
  return last[1];
}
let last: [unknown, ConfigResult] = [{}, { config: SAFE_CONFIG }];
