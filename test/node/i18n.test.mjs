// The built-in language tables: one file per language and layer, each listed in its layer's
// index (a literal import() per language, which the builds and the bundlers of npm users need).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const i18n = new URL('../../src/i18n/', import.meta.url);
const LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ca eu gl nb is'.split(' ');
const files = (layer) => readdirSync(new URL(`${layer}/`, i18n)).filter((f) => f != 'index.ts' && f.endsWith('.ts')).map((f) => f.slice(0, -3));
const listed = (layer) => [...readFileSync(new URL(`${layer}/index.ts`, i18n), 'utf8').matchAll(/([\w-]+): \(\) => import\('\.\/([\w-]+)\.js'\)/g)];

for (const layer of ['banner', 'preferences', 'page', 'policy'])
  test(`every ${layer} table is listed in ${layer}/index.ts under its own language`, () => {
    const entries = listed(layer);
    for (const [, lang, file] of entries) assert.equal(file, lang);
    assert.deepEqual(entries.map(([, lang]) => lang).sort(), files(layer).sort());
    if (layer != 'policy') assert.deepEqual(files(layer).sort(), [...LANGUAGES].sort());
  });

test('the list of built-in languages in localize.ts is the one the tables have', () => {
  const source = readFileSync(new URL('localize.ts', i18n), 'utf8');
  assert.ok(source.includes(`'${LANGUAGES.join('')}'`));
});
