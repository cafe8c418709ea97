// The built-in language tables: one file per language and layer, each listed in its layer's
// index (a literal import() per language, which the builds and the bundlers of npm users need).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const i18n = new URL('../../src/i18n/', import.meta.url);
const LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ca eu gl nb is'.split(' ');
const files = (layer) => readdirSync(new URL(`${layer}/`, i18n)).filter((f) => f != 'index.ts' && f.endsWith('.ts')).map((f) => f.slice(0, -3));
const listed = (layer) => [...readFileSync(new URL(`${layer}/index.ts`, i18n), 'utf8').matchAll(/([\w-]+): \(\) => import\('\.\/([\w-]+)\.js'\)/g)];

for (const layer of ['banner', 'preferences', 'page', 'placeholder', 'policy'])
  test(`every ${layer} table is listed in ${layer}/index.ts under its own language`, () => {
    const entries = listed(layer);
    for (const [, lang, file] of entries) assert.equal(file, lang);
    assert.deepEqual(entries.map(([, lang]) => lang).sort(), files(layer).sort());
    if (layer != 'policy') assert.deepEqual(files(layer).sort(), [...LANGUAGES].sort());
  });

/** A table file's object literal, evaluated (the files are plain data: no import to resolve). */
const table = (layer, lang) => {
  const source = readFileSync(new URL(`${layer}/${lang}.ts`, i18n), 'utf8');
  return Function(`"use strict"; return (${source.slice(source.indexOf('{', source.indexOf('const table')), source.lastIndexOf('};') + 1)});`)();
};
const entries = (value, path = '') =>
  Object.entries(value).flatMap(([key, v]) => (typeof v == 'object' ? entries(v, path + key + '.') : [[path + key, v]]));
const placeholders = (text) => (text.match(/\{[a-z]+\}/gi) ?? []).sort();

// The page table (the reopen control's name, all a returning visitor downloads) and the
// placeholder table (a blocked embed's texts, on pages that have one) against English: the same
// keys, every {n} {c} {s} {p} kept, nothing empty.
for (const layer of ['page', 'placeholder'])
  test(`every ${layer} table has the English keys and placeholders, nothing empty`, () => {
    const english = entries(table(layer, 'en'));
    assert.ok(english.length >= 1);
    for (const lang of LANGUAGES) {
      const own = entries(table(layer, lang));
      assert.deepEqual(own.map(([key]) => key), english.map(([key]) => key), `${layer}/${lang}.ts: keys`);
      for (const [i, [key, value]] of own.entries()) {
        assert.equal(typeof value, 'string', `${layer}/${lang}.ts: ${key}`);
        assert.ok(value.trim() != '', `${layer}/${lang}.ts: ${key} is empty`);
        assert.deepEqual(placeholders(value), placeholders(english[i][1]), `${layer}/${lang}.ts: ${key}'s placeholders`);
      }
    }
  });

test('the page tables hold only the reopen control, and the placeholder tables only the placeholder', () => {
  for (const lang of LANGUAGES) {
    assert.deepEqual(Object.keys(table('page', lang)), ['reopen'], lang);
    assert.deepEqual(Object.keys(table('placeholder', lang)), ['placeholder'], lang);
  }
  assert.deepEqual(Object.keys(table('placeholder', 'en').placeholder), ['text', 'button', 'service', 'allowOnce', 'allowAlways', 'loads', 'once']);
});

test('the list of built-in languages in localize.ts is the one the tables have', () => {
  const source = readFileSync(new URL('localize.ts', i18n), 'utf8');
  assert.ok(source.includes(`'${LANGUAGES.join('')}'`));
});
