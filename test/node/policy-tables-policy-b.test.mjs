// The policy tables of mt, nl, pl, pt, ro, sk, sl, sv, ca, eu, gl, nb and is against the English
// one: same keys in the same order, every {placeholder} kept, nothing empty, nothing left in
// English except the values listed in SAME_AS_ENGLISH. The .ts files are read as text and
// imported once their type annotations are stripped (no build, no new dependency).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const src = new URL('../../src/i18n/', import.meta.url);

/** Imports a table file after dropping its type-only lines and annotations. */
async function load(file) {
  const code = readFileSync(new URL(file, src), 'utf8')
    .replace(/^import type .*$/gm, '')
    .replace(/^export type .*$/gm, '')
    .replace(/^(\s*(?:export\s+)?const\s+\w+)\s*:\s*PolicyStrings\s*=/m, '$1 =');
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.default ?? mod.policyEn;
}

const LANGUAGES = ['mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'ca', 'eu', 'gl', 'nb', 'is'];

/** Keys whose value may stay as in English in a language (same word or a loanword). */
const SAME_AS_ENGLISH = {
  mt: ['cookie', 'cookiesCaption', 'dataColumn'], // Maltese says “data”, as its GDPR version does
  nl: ['cookie', 'cookiesCaption', 'website'],
  pl: [],
  pt: ['cookie', 'cookiesCaption'],
  ro: ['cookie'],
  sk: [],
  sl: [],
  sv: ['version'],
  ca: [],
  eu: [],
  gl: ['cookie', 'cookiesCaption'],
  nb: [],
  is: [],
};

const placeholders = (text) => [...new Set(text.match(/\{\w+\}/g))].sort();

const en = await load('policy-en.ts');
const enKeys = Object.keys(en);

test('the English table was read', () => {
  assert.ok(enKeys.length > 100, `only ${enKeys.length} keys read from policy-en.ts`);
});

for (const lang of LANGUAGES) {
  test(`policy table ${lang}`, async () => {
    const table = await load(`policy/${lang}.ts`);
    const keys = Object.keys(table);
    assert.deepEqual(enKeys.filter((k) => !keys.includes(k)), [], `${lang}: missing keys`);
    assert.deepEqual(keys.filter((k) => !enKeys.includes(k)), [], `${lang}: extra keys`);
    assert.deepEqual(keys, enKeys, `${lang}: keys not in the English order`);
    for (const key of enKeys) {
      const value = table[key];
      assert.equal(typeof value, 'string', `${lang}.${key} is not a string`);
      assert.ok(value.trim().length > 0, `${lang}.${key} is empty`);
      assert.deepEqual(placeholders(value), placeholders(en[key]), `${lang}.${key}: placeholders differ from English`);
      if (!SAME_AS_ENGLISH[lang].includes(key)) {
        assert.notEqual(value, en[key], `${lang}.${key} is still in English`);
      }
    }
  });
}
