// The policy tables of bg, cs, da, de, el, es, et, fi, ga, hr, hu, it, lt, lv (src/i18n/policy/xx.ts)
// against the English one: same keys in the same order, every {placeholder} kept, nothing empty,
// nothing left in English but the few values listed below.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const languages = ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'ga', 'hr', 'hu', 'it', 'lt', 'lv'];

/** Values that may read exactly as in English in that language (loanwords and bare placeholders). */
const sameAsEnglish = {
  bg: [],
  cs: ['cookie'],
  da: ['version', 'cookiesCaption', 'cookie'],
  de: ['version', 'contactName', 'website', 'cookiesCaption', 'cookie', 'automatedProfiling'],
  el: ['cookie'],
  es: ['cookiesCaption', 'cookie'],
  et: [],
  fi: [],
  ga: [],
  hr: [],
  hu: [],
  it: ['cookie'],
  lt: [],
  lv: [],
};

/** Evaluates an object literal read as text (the files are plain data: no import to resolve). */
function objectFrom(source, start) {
  const from = source.indexOf('{', source.indexOf(start));
  const to = source.lastIndexOf('};');
  assert.ok(from > 0 && to > from, `no object after ${start}`);
  return Function(`"use strict"; return (${source.slice(from, to + 1)});`)();
}

const english = objectFrom(
  readFileSync(new URL('../../src/i18n/policy-en.ts', import.meta.url), 'utf8'),
  'export const policyEn',
);
const placeholders = (text) => (text.match(/\{[a-z]+\}/gi) ?? []).sort();

test('the English table was read', () => {
  assert.ok(Object.keys(english).length > 100);
  assert.deepEqual(placeholders(english.withdrawalText), ['{link}']);
});

for (const lang of languages) {
  test(`policy table "${lang}"`, () => {
    const source = readFileSync(new URL(`../../src/i18n/policy/${lang}.ts`, import.meta.url), 'utf8');
    assert.match(source, /^import type \{ PolicyStrings \} from '\.\.\/policy-en\.js';$/m);
    assert.match(source, /^const policy: PolicyStrings = \{$/m);
    assert.match(source, /^export default policy;\s*$/m);
    const table = objectFrom(source, 'const policy: PolicyStrings');

    const missing = Object.keys(english).filter((key) => !(key in table));
    const extra = Object.keys(table).filter((key) => !(key in english));
    assert.deepEqual(missing, [], 'missing keys');
    assert.deepEqual(extra, [], 'extra keys');
    assert.deepEqual(Object.keys(table), Object.keys(english), 'keys in the English order');

    const allowed = new Set(sameAsEnglish[lang] ?? []);
    for (const [key, value] of Object.entries(table)) {
      assert.equal(typeof value, 'string', key);
      assert.ok(value.trim() !== '', `${key} is empty`);
      assert.equal(value, value.trim(), `${key} has outer spaces`);
      assert.deepEqual(placeholders(value), placeholders(english[key]), `${key}: placeholders`);
      if (!allowed.has(key)) assert.notEqual(value, english[key], `${key} is still in English`);
    }
    for (const key of allowed) assert.equal(table[key], english[key], `${key} is whitelisted but translated`);
  });
}
