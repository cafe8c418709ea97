// The layering the code promises (STYLE.md), checked on the sources and the build: a change that
// breaks it fails here rather than in a review.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

/** Every TypeScript source file under `dir`, tests left out. */
const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });

/** The relative modules a file imports (static, dynamic and type-only). */
const imports = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)].map(([, path]) =>
    resolve(dirname(file), path.replace(/\.js$/, '.ts')),
  );

test('src/core imports nothing outside src/core', () => {
  const outside = sources(join(src, 'core')).flatMap((file) =>
    imports(file)
      .filter((target) => !target.startsWith(join(src, 'core') + '/'))
      .map((target) => `${relative(root, file)} → ${relative(root, target)}`),
  );
  assert.deepEqual(outside, []);
});

test('no source file is longer than 400 lines', () => {
  const long = sources(src)
    .map((file) => [relative(root, file), readFileSync(file, 'utf8').split('\n').length])
    .filter(([, lines]) => lines > 400);
  assert.deepEqual(long, []);
});

test('no source writes markup from strings (innerHTML, outerHTML, insertAdjacentHTML)', () => {
  const writes = sources(src).filter((file) => /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(writes.map((file) => relative(root, file)), []);
});

test('the script-tag core and the banner chunk hold no Lit', () => {
  for (const file of ['consent-elements.js', 'consent-elements-ui.js', 'consent-elements-tags.js']) {
    const code = readFileSync(join(root, 'dist', file), 'utf8');
    // Lit's markers: its template-result brand and the reactive element's update cycle.
    assert.doesNotMatch(code, /lit\$|_\$litType\$|reactiveElementVersions|litElementVersions/, `${file} carries Lit`);
    assert.doesNotMatch(code, /from\s*["']\.\/consent-elements-lit\.js["']/, `${file} imports the Lit chunk`);
  }
});

test('Lit is built into one chunk that the dialog and the policy share', () => {
  const dist = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'));
  const withLit = dist.filter((name) => /litElementVersions/.test(readFileSync(join(root, 'dist', name), 'utf8')));
  assert.deepEqual(withLit, ['consent-elements-lit.js']);
  for (const file of ['consent-elements-preferences.js', 'consent-elements-policy.js'])
    assert.match(readFileSync(join(root, 'dist', file), 'utf8'), /from\s*["']\.\/consent-elements-lit\.js["']/, file);
});
