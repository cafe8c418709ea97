// The server ships in the same package as the browser library without weighing on it: no
// browser output refers to it, its packages are optional peers, and the CLI says exactly
// what is missing in an install that lacks them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('../../../', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const SERVER_PACKAGES = ['hono', '@hono/node-server', 'hono-rate-limiter', '@electric-sql/pglite', 'pg'];

test('no browser output imports the server or its packages', () => {
  const files = readdirSync(join(root, 'dist'), { recursive: true }).filter((file) => file.endsWith('.js') && !file.startsWith('server'));
  assert.ok(files.length > 10);
  const specifier = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
  for (const file of files)
    for (const [, spec] of readFileSync(join(root, 'dist', file), 'utf8').matchAll(specifier)) {
      assert.ok(!/(^|\/)server(\/|\.js$)/.test(spec), `${file} imports ${spec}`);
      assert.ok(!SERVER_PACKAGES.some((name) => spec == name || spec.startsWith(name + '/')), `${file} imports ${spec}`);
    }
});

test('consent-elements/server is a Node-only export; its packages are optional peers', async () => {
  assert.deepEqual(Object.keys(pkg.exports['./server']).sort(), ['node', 'types']);
  for (const name of SERVER_PACKAGES) {
    assert.ok(pkg.peerDependencies[name], name);
    assert.equal(pkg.peerDependenciesMeta[name]?.optional, true, name);
    assert.ok(!pkg.dependencies[name], `${name} is not a dependency`);
  }
  assert.equal(pkg.bin['consent-elements-server'], './bin/consent-elements-server.mjs');
  assert.ok(pkg.files.includes('bin') && pkg.files.includes('dist'));
  const server = await import('consent-elements/server');
  assert.equal(typeof server.createConsentServer, 'function');
});

test('without its packages, the CLI names each missing one and the command that installs them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ce-install-'));
  try {
    const installed = join(dir, 'node_modules/consent-elements');
    for (const part of ['package.json', 'bin', 'dist/server']) cpSync(join(root, part), join(installed, part), { recursive: true });
    const run = (args, env = {}) => {
      try {
        execFileSync(process.execPath, [join(installed, 'bin/consent-elements-server.mjs'), ...args], {
          cwd: dir,
          env: { PATH: process.env.PATH, ...env },
          stdio: 'pipe',
        });
        return { status: 0, stderr: '' };
      } catch (error) {
        return { status: error.status, stderr: error.stderr.toString() };
      }
    };
    const embedded = run([]);
    assert.equal(embedded.status, 1);
    assert.match(embedded.stderr, /missing "hono", "@hono\/node-server", "hono-rate-limiter", "@electric-sql\/pglite"/);
    assert.match(embedded.stderr, /npm install hono @hono\/node-server hono-rate-limiter @electric-sql\/pglite\n/);
    const postgres = run([], { DATABASE_URL: 'postgres://127.0.0.1/x' });
    assert.match(postgres.stderr, /npm install hono @hono\/node-server hono-rate-limiter pg\n/);
    assert.equal(run(['--help']).status, 0, '--help works before the packages are installed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('with its packages, --help prints the usage', () => {
  const out = execFileSync(process.execPath, [join(root, 'bin/consent-elements-server.mjs'), '--help'], { encoding: 'utf8' });
  assert.match(out, /^Usage: consent-elements-server \[--port 8787\]/);
  assert.match(out, /CONSENT_ADMIN_TOKEN/);
});
