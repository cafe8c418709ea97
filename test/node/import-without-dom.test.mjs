// Importing the package where there is no window or document (Next.js on the server)
// must throw nothing and touch no browser global.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const entries = Object.entries(pkg.exports).filter(([, target]) => typeof target == 'object' || target.endsWith('.js'));

test('there is no window or document here', () => {
  assert.equal(typeof window, 'undefined');
  assert.equal(typeof document, 'undefined');
});

for (const [name, target] of entries) {
  const file = typeof target == 'string' ? target : target.import ?? target.node ?? target.default;
  test(`import "${name === '.' ? pkg.name : pkg.name + name.slice(1)}" without a DOM`, async () => {
    const errors = [];
    const original = console.error;
    console.error = (...args) => errors.push(args.join(' '));
    try {
      await assert.doesNotReject(import(new URL(`../../${file}`, import.meta.url)));
    } finally {
      console.error = original;
    }
    assert.deepEqual(errors, []);
    assert.equal(typeof globalThis.consentElements, 'undefined');
  });
}

test('consent-elements/core builds and uses a store on the server', async () => {
  const { ConsentStore, memoryStorage } = await import('../../dist/headless.js');
  const store = new ConsentStore({ storage: memoryStorage(), target: null, globalPrivacyControl: false });
  store.load({ categories: { analytics: {} } });
  assert.equal(store.get('analytics'), false);
  store.acceptAll();
  assert.equal(store.get('analytics'), true);
});

test('consent-elements/core does not import Lit', () => {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /from ['"](lit|@lit\/)/, `${file} imports Lit`);
    for (const [, path] of source.matchAll(/from ['"](\.[^'"]+)['"]/g)) visit(new URL(path, `file://${file}`).pathname);
  };
  visit(new URL('../../dist/headless.js', import.meta.url).pathname);
  assert.ok(seen.size > 3);
});
