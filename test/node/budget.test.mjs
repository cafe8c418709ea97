// Byte budgets of what visitors download (gzip -9 of the built files). Deterministic: a change
// that makes the library heavier fails here, not in a benchmark someone forgets to run.
//
// The ceilings below are today's sizes plus about 1 %, so that nothing grows unnoticed. They are
// NOT the product targets, which are not met (issue 19 owns them): return visit ≤ 6,144 B gzip
// with js-cookie; French first visit ≤ 12,398 B. Lower a ceiling whenever a change frees bytes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);
const read = (file) => readFileSync(new URL(file, dist), 'utf8');
const gzip = (file) => gzipSync(read(file), { level: 9 }).length;

/** A chunk and every chunk it imports statically, each counted once. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, dep] of read(file).matchAll(/\bimport\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([^"']+)["']/g)) closure(dep, seen);
  return seen;
}
const total = (files) => [...files].reduce((sum, file) => sum + gzip(file), 0);

const CEILINGS = {
  // The core alone, and with what a plain return visit also downloads: the page table of its
  // language (the reopen control's name; the embed placeholder's texts left it for their own
  // table, -262 B in French). 6,630 B for the core at the start of the languages
  // round; then js-cookie and the one cookie module (~830 B), complete config diagnostics
  // (~510 B), per-service choices and presets (~1,200 B), 29 languages' resolution, whenReady.
  // The proof's sending half (browser summary, beacon) left for the UI chunk (-414 B); the
  // development notice's check of catalogue ids and lazier start-up work added ~80 B. One table
  // language for the core and the layers (-11 B); the start-up split in tasks, whose deferred UI
  // import made the early first-visit preload redundant: 10,101 → 10,102 B in all. Language
  // resolution trimmed (one pick over navigator.languages, strings only, the table language
  // from fallbackLanguage alone, texts defaulted instead of boxed, one look-up fewer; the base language shared with the texts' merge): 10,087 B.
  core: 10120,
  returnVisit: 10210,
  // The core + the banner chunk + the banner and page tables of the language shown. The proof
  // of consent sent again when its endpoint answers 503 (fetch, Retry-After, the beacon at
  // pagehide), in the banner chunk: +146 B (16,154 → 16,300 B in French; 16,283 B with the
  // trimmed language resolution).
  firstVisit: 16310,
  policyPage: 35190, // core + policy chunk + Lit (with the catalogue's expansion) + the banner chunk + three text tables
  // A return visit to a page with a blocked embed: + the tags chunk (without the development
  // notice, now a chunk of its own: -526 B) and the placeholder table.
  embedPage: 15000,
};

test(`the core script stays within ${CEILINGS.core} B gzip`, () => {
  const bytes = gzip('consent-elements.js');
  console.log(`core: ${bytes} B gzip`);
  assert.ok(bytes <= CEILINGS.core, `dist/consent-elements.js is ${bytes} B gzip`);
});

for (const lang of ['fr', 'en']) {
  test(`a return visit in ${lang} (core + the page table) stays within ${CEILINGS.returnVisit} B gzip`, () => {
    const bytes = gzip('consent-elements.js') + gzip(`consent-elements-page-${lang}.js`);
    console.log(`return visit (${lang}): ${bytes} B gzip over 2 files (target 6144)`);
    assert.ok(bytes <= CEILINGS.returnVisit, `a return visit in ${lang} is ${bytes} B gzip`);
  });
  test(`a first visit in ${lang} (core + banner UI + its language tables) stays within ${CEILINGS.firstVisit} B gzip`, () => {
    const files = new Set([...closure('consent-elements-ui.js'), `consent-elements-banner-${lang}.js`, `consent-elements-page-${lang}.js`]);
    const bytes = gzip('consent-elements.js') + total(files);
    console.log(`first visit (${lang}): ${bytes} B gzip over ${files.size + 1} files (target 12398)`);
    assert.ok(bytes <= CEILINGS.firstVisit, `first visit in ${lang} is ${bytes} B gzip`);
  });
}

test(`a returning visitor's page with a blocked embed stays within ${CEILINGS.embedPage} B gzip`, () => {
  const files = new Set([...closure('consent-elements-tags.js'), 'consent-elements-page-fr.js', 'consent-elements-placeholder-fr.js']);
  const bytes = gzip('consent-elements.js') + total(files);
  console.log(`page with a blocked embed (fr): ${bytes} B gzip over ${files.size + 1} files`);
  assert.ok(bytes <= CEILINGS.embedPage, `the page with a blocked embed is ${bytes} B gzip`);
});

test('the tags chunk loads the placeholder table of one language, on demand, and no page table', () => {
  const tags = read('consent-elements-tags.js');
  assert.match(tags, /import\(`\.\/consent-elements-placeholder-\$\{\w+\}\.js`\)/);
  assert.doesNotMatch(tags, /consent-elements-page-/);
  assert.doesNotMatch(tags, /Autoriser une fois|Allow once|Einmal erlauben/);
});

test(`a returning visitor's privacy-policy page stays within ${CEILINGS.policyPage} B gzip`, () => {
  const files = new Set([...closure('consent-elements-policy.js'), 'consent-elements-policy-fr.js', 'consent-elements-banner-fr.js', 'consent-elements-preferences-fr.js']);
  const bytes = gzip('consent-elements.js') + total(files);
  console.log(`policy page (fr): ${bytes} B gzip`);
  assert.ok(bytes <= CEILINGS.policyPage, `the policy page is ${bytes} B gzip`);
});

test('the UI chunk loads the banner table of one language, on demand, and holds none', () => {
  const ui = read('consent-elements-ui.js');
  assert.match(ui, /import\(`\.\/consent-elements-banner-\$\{\w+\}\.js`\)/);
  assert.doesNotMatch(ui, /Tout refuser|Reject all|Alle ablehnen/);
});

test('every built-in language has its banner table within 1 KiB gzip, and its preferences, page and placeholder tables', () => {
  const languages = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ca eu gl nb is'.split(' ');
  for (const lang of languages) {
    const banner = gzip(`consent-elements-banner-${lang}.js`);
    const page = gzip(`consent-elements-page-${lang}.js`);
    const placeholder = gzip(`consent-elements-placeholder-${lang}.js`);
    console.log(`${lang}: banner ${banner} B, preferences ${gzip(`consent-elements-preferences-${lang}.js`)} B, page ${page} B, placeholder ${placeholder} B gzip`);
    assert.ok(banner <= 1024, `the ${lang} banner table is ${banner} B gzip`);
    // All a returning visitor downloads besides the core: the reopen control's name alone.
    assert.ok(page <= 128, `the ${lang} page table is ${page} B gzip`);
  }
});

test('the UI chunk (the banner) does not contain Lit: only the preferences chunk brings it', () => {
  const lit = /lit-html|litHtmlVersions|litElementVersions|reactiveElementVersions/;
  for (const file of closure('consent-elements-ui.js')) assert.doesNotMatch(read(file), lit, file);
  assert.ok([...closure('consent-elements-preferences.js')].some((file) => lit.test(read(file))), 'the dialog brings Lit');
});

test('the core script does not contain Lit', () => {
  assert.doesNotMatch(read('consent-elements.js'), /lit-html|litElementVersions|reactiveElementVersions/);
});

test('the script-tag core is a classic script: no top-level import or export', () => {
  const code = read('consent-elements.js');
  assert.doesNotMatch(code, /^\s*(import|export)\s/m);
  assert.match(code, /^(!function|\(\(\)=>|\(function)/);
});

test('the inline Consent Mode default (dist/consent-default.js) stays small, and the README shows it as it is', () => {
  const snippet = read('consent-default.js').trim();
  assert.ok(snippet.length <= 400, `the snippet is ${snippet.length} B`);
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(`<script>${snippet}</script>`), 'README.md inlines dist/consent-default.js exactly');
});
