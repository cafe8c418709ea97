/**
 * Generated inputs through the real cookie parser, config validator and store: fixed seeds,
 * so a failure names the seed and case that reproduce it.
 */
import { expect } from '@open-wc/testing';
import { normalizeConfig } from '../../src/core/config.js';
import { decodeRecord, encodeRecord, hashText } from '../../src/core/consent-record.js';
import { ConsentStore } from '../../src/core/consent-store.js';
import { memoryStorage } from '../../src/core/storage/memory-storage.js';
import type { ConsentRecord } from '../../src/core/types.js';
import { DAY, sampleConfig } from '../helpers/store.js';

/** A fixed clock ahead of the real one, so that cookies written with it have not expired in the browser. */
const NOW = Date.UTC(2030, 5, 15, 10);

/** mulberry32: small, fast, and the same sequence in every browser for a given seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof prng>;

const CATEGORY = /^[a-z][a-z0-9_]{0,31}$/i;
const CATEGORIES = ['necessary', 'analytics', 'marketing', 'functional'];
const ODD_NAMES = ['__proto__', 'constructor', 'toString', 'prototype', 'hasOwnProperty', 'Analytics', 'a', 'x'.repeat(33), 'é', '1a', 'a-b', ''];
const CHARS = '0123456789abcdefzABCDEF|=&-_%;, "\'<>\\/\n\t\0é☃😀';

const hex = (r: Random, n: number) => Array.from({ length: n }, () => '0123456789abcdef'[r.int(16)]).join('');
const uuid = (r: Random) => `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-a${hex(r, 3)}-${hex(r, 12)}`;

function validRecord(r: Random): ConsentRecord {
  const names = r.next() < 0.8 ? CATEGORIES : [...CATEGORIES.filter(() => r.next() < 0.7), r.pick(ODD_NAMES.slice(1, 8))];
  return {
    consentId: uuid(r),
    timestamp: NOW - r.int(500) * DAY + r.int(3) * DAY,
    revision: r.int(4),
    policy: r.next() < 0.3 ? hashText(String(r.int(10))) : undefined,
    choices: Object.fromEntries(names.map((name) => [name, r.next() < 0.5])),
  };
}

function mutate(r: Random, value: string): string {
  const at = r.int(value.length + 1);
  switch (r.int(12)) {
    case 0:
      return value.slice(0, at) + r.pick([...CHARS]) + value.slice(at + 1);
    case 1:
      return value.slice(0, at) + r.pick([...CHARS]) + value.slice(at);
    case 2:
      return value.slice(0, at) + value.slice(at + 1 + r.int(4));
    case 3:
      return value.slice(0, at);
    case 4:
      return value.replace(/=[01]/g, () => `=${r.pick(['0', '1', '2', '', '01', 'true', '1&'])}`);
    case 5:
      return `${value}&${r.pick(ODD_NAMES)}=${r.int(2)}`;
    case 6:
      return value.replace(/\|/, r.pick(['||', '|', ':', '']));
    case 7:
      return r.next() < 0.5 ? value.toUpperCase() : encodeURIComponent(value);
    case 8: {
      const parts = value.split('|');
      const i = r.int(parts.length);
      parts[i] = r.pick(['', '0', '-1', 'zzzzzzzzzzz', '999999999', '1e3', ' 1', parts[i] + parts[i]]);
      return parts.join('|');
    }
    case 9:
      return value + value.slice(value.lastIndexOf('|')).replace('|', '&');
    case 10:
      return value.replace(/^1/, r.pick(['2', '0', '', '01', ' 1']));
    default:
      return value + '&x=1'.repeat(r.int(400));
  }
}

function randomString(r: Random): string {
  const length = r.pick([0, 1, 5, 40, 80, 200, 1199, 1201, 3000]);
  const alphabet = r.pick([CHARS, '1|=&abcdef0123456789-', 'abc=1&', String.fromCharCode(...Array.from({ length: 64 }, (_, i) => i + 0x20))]);
  return Array.from({ length: r.int(length + 1) }, () => alphabet[r.int(alphabet.length)]).join('');
}

/** The value of `name` in a cookie value's choices, when it is there exactly once. */
const flagsIn = (value: string, name: string) =>
  (value.split('|')[4] ?? '').split('&').filter((pair) => pair.split('=')[0] == name);

const generatedCookieValues = (seed: number, count: number) => {
  const r = prng(seed);
  return Array.from({ length: count }, () => {
    if (r.next() < 0.25) return randomString(r);
    let value = encodeRecord(validRecord(r));
    for (let i = r.int(3); i > 0; i--) value = mutate(r, value);
    return value;
  });
};

function withConsoleErrors<T>(run: (errors: string[]) => T): T {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    return run(errors);
  } finally {
    console.error = original;
  }
}

describe('fuzzing: the consent cookie', () => {
  const SEED = 20261126;
  const values = generatedCookieValues(SEED, 10_000);

  it('parses 10,000 generated values without throwing, never granting what the value did not say', function () {
    this.timeout(60_000);
    let accepted = 0;
    values.forEach((value, i) => {
      const where = `seed ${SEED}, case ${i}: ${JSON.stringify(value.slice(0, 120))}`;
      let decoded: ConsentRecord | undefined;
      expect(() => (decoded = decodeRecord(value)), where).to.not.throw();
      if (!decoded) return;
      accepted++;
      expect(decoded.consentId, where).to.match(/^[0-9a-f-]{36}$/);
      expect(Number.isSafeInteger(decoded.timestamp) && decoded.timestamp >= 0, where).to.equal(true);
      expect(Number.isSafeInteger(decoded.revision) && decoded.revision >= 0, where).to.equal(true);
      expect(Object.getPrototypeOf(decoded.choices), where).to.equal(null);
      for (const [name, granted] of Object.entries(decoded.choices)) {
        expect(name, where).to.match(CATEGORY);
        expect(granted, where).to.be.a('boolean');
        const flags = flagsIn(value, name);
        expect(flags, where).to.have.length(1);
        expect(granted, where).to.equal(flags[0] == `${name}=1`);
      }
      expect(decodeRecord(encodeRecord(decoded)), where).to.deep.equal(decoded);
    });
    // The generator must reach both sides of the parser, or the test proves nothing.
    expect(accepted).to.be.within(1500, 8500);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
  });

  it('a sample of 500, written to document.cookie, loads a real store that grants only what the cookie holds', function () {
    this.timeout(60_000);
    const config = sampleConfig();
    let granting = 0;
    withConsoleErrors((errors) => {
      for (let i = 0; i < values.length; i += 20) {
        const value = values[i];
        const where = `seed ${SEED}, case ${i}: ${JSON.stringify(value.slice(0, 120))}`;
        try {
          document.cookie = `consent_elements=${value}; path=/`;
        } catch {
          continue;
        }
        const held = document.cookie.split('; ').find((pair) => pair.startsWith('consent_elements='))?.slice(17);
        const decoded = decodeRecord(held);
        const store = new ConsentStore({ now: () => NOW, target: null, globalPrivacyControl: false });
        expect(() => store.load(config), where).to.not.throw();
        const all = store.getAll();
        expect(Object.keys(all), where).to.deep.equal(CATEGORIES);
        for (const name of CATEGORIES.slice(1))
          if (all[name]) expect(decoded?.choices[name], where).to.equal(true);
        if (store.decided) {
          expect(decoded && decoded.revision >= 1 && CATEGORIES.every((name) => name in decoded!.choices), where).to.equal(true);
          expect(decoded!.timestamp, where).to.be.within(NOW - 396 * DAY, NOW + DAY);
          if (CATEGORIES.some((name) => name != 'necessary' && all[name])) granting++;
        }
        // A foreign or corrupted value is overwritten by the next decision.
        if (i % 100 == 0) {
          store.rejectAll();
          expect(decodeRecord(document.cookie.split('; ').find((p) => p.startsWith('consent_elements='))?.slice(17)), where).to.deep.include({
            timestamp: NOW,
          });
        }
      }
      expect(errors).to.deep.equal([]);
    });
    document.cookie = 'consent_elements=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
    expect(granting).to.be.above(10);
  });
});

/** A complete config, every field the schema knows, as the base the mutations start from. */
const fullConfig = () => ({
  ...sampleConfig(),
  revision: 2,
  language: 'fr',
  texts: { fr: { banner: { title: 'Cookies' } } },
  ui: { position: 'bottom' },
  gpc: true,
  reloadOnWithdrawal: false,
  cookie: { name: 'consent_elements', domain: 'localhost', path: '/', secure: false, sameSite: 'Lax' },
  consentMode: {
    enabled: true,
    mode: 'basic',
    waitForUpdate: 500,
    adsDataRedaction: true,
    urlPassthrough: false,
    regions: [{ region: ['FR'], analytics_storage: 'denied' }],
    mapping: { analytics: ['analytics_storage'], marketing: ['ad_storage'] },
  },
  proofOfConsent: { endpoint: '/consent-log' },
  privacyPolicy: { version: '2.0' },
});

const oddValues = (): unknown[] => [
  null, undefined, 0, -1, 1.5, NaN, Infinity, '', 'x', '2', true, false, [], {}, [1], ['a'], { a: 1 }, { fr: 1 },
  'Lax', 'none', 'basic', ['analytics_storage'], ['nope'], 'x'.repeat(5000), new Date(0), () => 1, Symbol('s'),
  document.createElement('form'), new Map(), /re/, JSON.parse('{"__proto__":{"granted":true}}'),
];

/** Every [parent, key] of a JSON-like tree, so a mutation can pick any field at any depth. */
function slots(value: unknown, out: Array<[Record<string, unknown>, string]> = []) {
  if (value && typeof value == 'object' && !(value instanceof Node) && !(value instanceof Date))
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, unknown>, key]);
      slots((value as Record<string, unknown>)[key], out);
    }
  return out;
}

function randomConfig(r: Random): unknown {
  if (r.next() < 0.03) return r.pick(oddValues());
  const config = fullConfig() as Record<string, unknown>;
  for (let i = r.int(4); i >= 0; i--) {
    const all = slots(config);
    const [parent, key] = r.pick(all);
    const move = r.int(4);
    if (move == 0) delete parent[key];
    else if (move == 1) parent[key] = r.pick(oddValues());
    else if (move == 2) {
      const target = r.pick(all.filter(([p, k]) => p[k] && typeof p[k] == 'object'))?.[0] ?? config;
      const object = target[r.pick(Object.keys(target))] as Record<string, unknown>;
      if (object && typeof object == 'object') object[r.pick([...ODD_NAMES, ...CATEGORIES, 'revision', 'name'])] = r.pick(oddValues());
    } else if (config.categories && typeof config.categories == 'object')
      (config.categories as Record<string, unknown>)[r.pick([...ODD_NAMES, 'chat', 'video'])] = r.pick([{}, { label: 'x' }, ...oddValues()]);
  }
  // A third of them go through JSON, as a data-config URL or inline JSON would give them.
  if (r.next() < 0.33) {
    try {
      return JSON.parse(JSON.stringify(config));
    } catch {
      return config;
    }
  }
  return config;
}

/** Whether `field` ("categories.analytics.services[0].name") leads somewhere in `input`, up to its last step. */
function parentExists(input: unknown, field: string): boolean {
  const steps = field.match(/[^.[\]]+/g) ?? [];
  let at: unknown = input;
  for (const step of steps.slice(0, -1)) {
    if (!at || typeof at != 'object' || !(step in at)) return false;
    at = (at as Record<string, unknown>)[step];
  }
  return true;
}

describe('fuzzing: the config', () => {
  const SEED = 6;
  const COUNT = 2_000;

  it(`${COUNT} generated configs: no throw, one error naming the field for each invalid one, no grant the input did not make`, function () {
    this.timeout(60_000);
    const r = prng(SEED);
    let invalid = 0;
    let granting = 0;
    for (let i = 0; i < COUNT; i++) {
      const input = randomConfig(r);
      const where = `seed ${SEED}, case ${i}`;
      let result: ReturnType<typeof normalizeConfig> | undefined;
      expect(() => (result = normalizeConfig(input)), where).to.not.throw();
      const { config, error } = result!;
      if (error) {
        invalid++;
        const field = /^"([^"]+)" must be |^"(config)" could not be read$/.exec(error)?.slice(1).find(Boolean);
        expect(field, `${where}: ${error}`).to.be.a('string');
        if (field != 'config') expect(parentExists(input, field!), `${where}: ${error}`).to.equal(true);
        expect(Object.keys(config.categories), where).to.deep.equal(['necessary']);
      } else {
        expect(Object.keys(config.categories)[0], where).to.equal('necessary');
        for (const name of Object.keys(config.categories)) expect(name, where).to.match(CATEGORY);
      }

      // The same input through a store whose cookie grants some categories, some never configured.
      const granted = ['analytics', 'chat', 'constructor', 'toString'];
      const names = [...new Set([...Object.keys(config.categories), ...CATEGORIES, 'chat', 'video', 'constructor', 'toString'])];
      const stored = encodeRecord({
        consentId: uuid(r),
        timestamp: NOW - DAY,
        revision: 2,
        policy: config.privacyPolicy?.version == null ? undefined : hashText(String(config.privacyPolicy.version)),
        choices: Object.fromEntries(names.filter((n) => CATEGORY.test(n)).map((n) => [n, granted.includes(n)])),
      });
      const store = new ConsentStore({ storage: memoryStorage(stored), now: () => NOW, target: null, globalPrivacyControl: r.next() < 0.5 });
      withConsoleErrors((errors) => {
        expect(() => store.load(input), where).to.not.throw();
        expect(errors, where).to.have.length(error ? 1 : 0);
        if (error) expect(errors[0], where).to.contain(error);
      });
      const all = store.getAll();
      expect(Object.keys(all), where).to.deep.equal(store.categories);
      if (store.get('analytics')) granting++;
      for (const name of [...store.categories, ...ODD_NAMES, 'chat', 'video', 'marketing'])
        if (name != 'necessary' && store.get(name)) {
          expect(error, where).to.equal(undefined);
          expect(granted, `${where}: ${name}`).to.include(name);
          expect(store.categories, `${where}: ${name}`).to.include(name);
        }
      if (error) {
        expect(store.bannerOpen, where).to.equal(false);
        store.acceptAll();
        expect(Object.values(store.getAll()).filter(Boolean), where).to.have.length(1);
      } else {
        expect(() => store.rejectAll(), where).to.not.throw();
        expect(Object.entries(store.getAll()).filter(([, v]) => v).map(([k]) => k), where).to.deep.equal(['necessary']);
        expect(() => store.acceptAll(), where).to.not.throw();
        for (const name of store.gpcCategories) expect(store.get(name), where).to.equal(false);
      }
    }
    expect(invalid).to.be.within(COUNT * 0.2, COUNT * 0.9);
    expect(granting).to.be.above(COUNT * 0.1);
    expect(Object.keys(Object.prototype)).to.deep.equal([]);
  });
});

describe('configs the fuzzer found', () => {
  // A JS config can hold `undefined` where JSON cannot: it once passed validation, then
  // acceptAll() threw into the page reading the category's `gpc`.
  for (const [input, field] of [
    [{ categories: { analytics: undefined } }, 'categories.analytics'],
    [{ consentMode: { mapping: { analytics: undefined } } }, 'consentMode.mapping.analytics'],
  ] as const)
    it(`${field} set to undefined: one error naming it, and a store that never throws`, () => {
      expect(normalizeConfig(input).error).to.match(new RegExp(`^"${field.replace(/\./g, '\\.')}" must be`));
      const store = new ConsentStore({ storage: memoryStorage(), target: null, globalPrivacyControl: true });
      withConsoleErrors((errors) => {
        store.load(input);
        expect(errors).to.have.length(1);
      });
      expect(() => store.acceptAll()).to.not.throw();
      expect(store.getAll()).to.deep.equal({ necessary: true });
    });
});
