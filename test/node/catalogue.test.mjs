// The service catalogue is data that site configs, the preferences dialog, the privacy policy
// and the site scanner all trust: every entry must be complete, translated, and consistent with
// the others. Each check below names the file and the field it found wrong.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../catalogue/', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

export const LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ca eu gl nb is'.split(' ');
const CONTRACT_IDS = [
  'google-analytics', 'google-ads', 'google-tag-manager', 'meta-pixel', 'linkedin-insight', 'tiktok-pixel',
  'microsoft-clarity', 'hotjar', 'matomo', 'youtube', 'vimeo', 'google-maps', 'hubspot', 'intercom', 'crisp',
  'stripe', 'recaptcha', 'calendly', 'pinterest-tag', 'microsoft-ads',
];
const CATEGORIES = ['necessary', 'analytics', 'marketing', 'functional'];
const CONSENT_TYPES = [
  'ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage',
  'functionality_storage', 'personalization_storage', 'security_storage',
];
const FIELDS = {
  id: 'string', name: 'string', category: 'string', provider: 'object', purpose: 'object', cookies: 'array',
  storage: 'array', scripts: 'array', embeds: 'array', hosts: 'array', privacyUrl: 'string',
  dataLocations: 'array', safeguards: 'array', exemptable: 'boolean', sources: 'array',
};
const OPTIONAL = { sharedCookies: 'array', consentMode: 'array' };
// ISO 8601 durations as the catalogue writes them: P2Y, P13M, P90D, P1W, PT30M, PT23H, P1YT2H…
const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
// Hosts are bare host names, optionally starting with one `*.` label wildcard.
const HOST = /^(\*\.)?([a-z0-9-]+\.)+[a-z]{2,}$/;
// ISO 3166-1 alpha-2 codes or "EU"; Intl.DisplayNames must know them.
const REGION = /^[A-Z]{2}$/;

const typeOf = (v) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);

const cookiePurposes = readJson('cookie-purposes.json');
const safeguards = readJson('safeguards.json');
const files = readdirSync(new URL('services/', root)).filter((f) => f.endsWith('.json')).sort();
const entries = files.map((file) => {
  const text = readFileSync(new URL(`services/${file}`, root), 'utf8');
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`catalogue/services/${file} is not valid JSON: ${error.message}`);
  }
  return { file, data };
});

/** `*` matches any run of characters (possibly empty); everything else is literal. */
export function wildcardToRegExp(pattern) {
  return new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

function assertTranslated(table, where) {
  assert.equal(typeOf(table), 'object', `${where} must be an object of translations`);
  const missing = LANGUAGES.filter((lang) => typeof table[lang] !== 'string' || table[lang].trim() === '');
  assert.deepEqual(missing, [], `${where} lacks: ${missing.join(', ')}`);
  const extra = Object.keys(table).filter((lang) => !LANGUAGES.includes(lang));
  assert.deepEqual(extra, [], `${where} has unknown languages: ${extra.join(', ')}`);
  for (const lang of LANGUAGES) {
    const text = table[lang];
    assert.ok(text.length <= 160, `${where}.${lang} is longer than one short sentence (${text.length} chars)`);
    assert.ok(!/[<>]/.test(text), `${where}.${lang} looks like markup`);
  }
}

function assertHttpsPattern(url, where) {
  assert.equal(typeof url, 'string', `${where} must be a string`);
  assert.ok(url.startsWith('https://'), `${where} is not https: ${url}`);
  // A pattern must still parse as a URL once its wildcards are filled in.
  assert.doesNotThrow(() => new URL(url.replaceAll('*', 'x')), `${where} is not a URL pattern: ${url}`);
}

test('the catalogue has at least 50 services', () => {
  console.log(`catalogue: ${files.length} services`);
  assert.ok(files.length >= 50, `only ${files.length} services`);
});

test('every id the contract names is in the catalogue', () => {
  const ids = new Set(entries.map((e) => e.data.id));
  assert.deepEqual(CONTRACT_IDS.filter((id) => !ids.has(id)), []);
});

test('every cookie purpose and safeguard is written in all 29 built-in languages', () => {
  assert.ok(Object.keys(cookiePurposes).length >= 15, 'the cookie-purpose vocabulary is too small');
  for (const [key, table] of Object.entries(cookiePurposes)) {
    assert.match(key, ID, `cookie purpose key ${key}`);
    assertTranslated(table, `cookie-purposes.json#${key}`);
  }
  for (const key of ['dpf', 'scc', 'adequacy', 'bcr']) assert.ok(safeguards[key], `safeguards.json lacks ${key}`);
  for (const [key, table] of Object.entries(safeguards)) assertTranslated(table, `safeguards.json#${key}`);
});

for (const { file, data: s } of entries) {
  test(`${file} is a complete, consistent entry`, () => {
    const at = (field) => `${file}: ${field}`;
    for (const [field, type] of Object.entries(FIELDS)) assert.equal(typeOf(s[field]), type, at(`${field} must be ${type}`));
    for (const [field, type] of Object.entries(OPTIONAL))
      if (field in s) assert.equal(typeOf(s[field]), type, at(`${field} must be ${type}`));
    const known = new Set([...Object.keys(FIELDS), ...Object.keys(OPTIONAL)]);
    assert.deepEqual(Object.keys(s).filter((k) => !known.has(k)), [], at('unknown fields'));

    assert.match(s.id, ID, at('id'));
    assert.equal(`${s.id}.json`, file, at('id must match the file name'));
    assert.ok(s.name.trim(), at('name'));
    assert.ok(CATEGORIES.includes(s.category), at(`category ${s.category}`));

    assert.equal(typeof s.provider.name, 'string', at('provider.name'));
    assert.ok(s.provider.name.trim(), at('provider.name'));
    assert.match(s.provider.country, REGION, at('provider.country'));
    assert.notEqual(new Intl.DisplayNames(['en'], { type: 'region' }).of(s.provider.country), s.provider.country, at('provider.country is not a known region'));

    assertTranslated(s.purpose, at('purpose'));

    const names = new Set();
    for (const [i, cookie] of s.cookies.entries()) {
      const where = at(`cookies[${i}]`);
      assert.deepEqual(Object.keys(cookie).sort(), ['lifetime', 'name', 'purpose'], where);
      assert.ok(typeof cookie.name === 'string' && cookie.name && !/[\s;=,]/.test(cookie.name), `${where}.name ${cookie.name}`);
      assert.ok(!names.has(cookie.name), `${where}: ${cookie.name} listed twice`);
      names.add(cookie.name);
      assert.ok(cookie.lifetime === 'session' || DURATION.test(cookie.lifetime), `${where}.lifetime ${cookie.lifetime}`);
      assert.ok(cookiePurposes[cookie.purpose], `${where}.purpose ${cookie.purpose} is not in cookie-purposes.json`);
    }
    for (const key of s.storage) assert.ok(typeof key === 'string' && key.trim(), at(`storage key ${key}`));
    for (const name of s.sharedCookies ?? []) assert.ok(names.has(name), at(`sharedCookies names ${name}, which the entry does not list`));

    for (const [i, url] of s.scripts.entries()) assertHttpsPattern(url, at(`scripts[${i}]`));
    for (const [i, url] of s.embeds.entries()) assertHttpsPattern(url, at(`embeds[${i}]`));
    for (const host of s.hosts) assert.match(host, HOST, at(`hosts: ${host}`));
    assert.ok(s.scripts.length + s.embeds.length + s.hosts.length > 0, at('nothing the scanner could recognise'));

    assertHttpsPattern(s.privacyUrl, at('privacyUrl'));
    assert.ok(!s.privacyUrl.includes('*'), at('privacyUrl must be a real address'));
    assert.ok(s.sources.length > 0, at('sources must name where the facts come from'));
    for (const [i, url] of s.sources.entries()) {
      assertHttpsPattern(url, at(`sources[${i}]`));
      assert.ok(!url.includes('*'), at(`sources[${i}] must be a real address`));
    }

    assert.ok(s.dataLocations.length > 0, at('dataLocations'));
    for (const region of s.dataLocations) assert.match(region, REGION, at(`dataLocations: ${region}`));
    for (const key of s.safeguards) assert.ok(safeguards[key], at(`safeguards: ${key} is not in safeguards.json`));
    // EEA members, plus countries with an EU adequacy decision: data kept there needs no safeguard.
    const noTransfer = new Set(['EU', 'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
      'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO']);
    if (s.dataLocations.some((r) => !noTransfer.has(r)))
      assert.ok(s.safeguards.length > 0, at(`data leaves the EEA (${s.dataLocations}) but no safeguard is named`));

    const isGoogle = /^Google\b/.test(s.provider.name);
    if (isGoogle) assert.ok(Array.isArray(s.consentMode), at('a Google service must state its Consent Mode types (possibly none)'));
    else assert.ok(!('consentMode' in s), at('consentMode is for Google services only'));
    for (const type of s.consentMode ?? []) assert.ok(CONSENT_TYPES.includes(type), at(`consentMode: ${type}`));
    assert.equal(new Set(s.consentMode ?? []).size, (s.consentMode ?? []).length, at('consentMode lists a type twice'));

    if (s.exemptable) assert.equal(s.category, 'analytics', at('only audience measurement can be exempt from consent'));
  });
}

test('Google Analytics is never marked as exemptable (CNIL), and Google tags name the Consent Mode types they read', () => {
  const byId = (id) => entries.find((e) => e.data.id === id).data;
  assert.equal(byId('google-analytics').exemptable, false);
  assert.ok(byId('google-analytics').consentMode.includes('analytics_storage'));
  for (const type of ['ad_storage', 'ad_user_data', 'ad_personalization']) assert.ok(byId('google-ads').consentMode.includes(type), type);
});

test('no cookie name or pattern belongs to two entries unless both declare the overlap', () => {
  const owners = entries.flatMap(({ data }) => data.cookies.map((c) => ({ id: data.id, name: c.name, shared: new Set(data.sharedCookies ?? []) })));
  const clashes = [];
  for (const [i, a] of owners.entries())
    for (const b of owners.slice(i + 1)) {
      if (a.id === b.id) continue;
      const overlap = a.name === b.name || wildcardToRegExp(a.name).test(b.name) || wildcardToRegExp(b.name).test(a.name);
      if (overlap && !(a.shared.has(a.name) && b.shared.has(b.name))) clashes.push(`${a.id}:${a.name} ~ ${b.id}:${b.name}`);
    }
  assert.deepEqual(clashes, []);
});

test('a shared cookie is really shared with another entry', () => {
  const all = entries.flatMap(({ data }) => data.cookies.map((c) => ({ id: data.id, name: c.name })));
  for (const { data } of entries)
    for (const name of data.sharedCookies ?? [])
      assert.ok(all.some((c) => c.id !== data.id && c.name === name), `${data.id} shares ${name} with no other entry`);
});

test('the wildcard matcher the overlap check relies on', () => {
  assert.ok(wildcardToRegExp('_ga_*').test('_ga_ABC123'));
  assert.ok(!wildcardToRegExp('_ga_*').test('_ga'));
  assert.ok(wildcardToRegExp('_pk_id.*').test('_pk_id.1.abcd'));
  assert.ok(!wildcardToRegExp('_pk_id.*').test('_pk_idx1'));
});
