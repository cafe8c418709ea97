// Starts createConsentServer on 127.0.0.1 (a free port) for one test file, and sends requests.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsentServer } from '../../dist/server/index.js';

/**
 * A fresh PGlite data directory. PGlite's initdb takes 10–25 s on a busy machine, so one
 * initialised (empty) directory is kept in the temp dir per PGlite version and copied (~1 s).
 */
export async function pgliteDir() {
  const { version } = JSON.parse(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8'));
  const template = join(tmpdir(), `consent-elements-pglite-template-${version}`);
  if (!existsSync(join(template, 'PG_VERSION')) && !existsSync(join(template, 'base'))) {
    const { PGlite } = await import('@electric-sql/pglite');
    const building = mkdtempSync(join(tmpdir(), 'ce-pglite-template-'));
    await (await PGlite.create(building)).close();
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another test file made it first
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'ce-pglite-'));
  cpSync(template, dir, { recursive: true });
  return dir;
}

export const TOKEN = 'test-admin-token-0123456789';

/** `backend` is `{ kind: 'pglite' }` or `{ kind: 'postgres', url }`. */
export async function startServer(backend, options = {}) {
  const dir = backend.kind == 'pglite' ? (backend.dataDir ?? (await pgliteDir())) : undefined;
  const handler = createConsentServer({
    dataDir: dir,
    databaseUrl: backend.url,
    adminToken: TOKEN,
    rateLimit: 0,
    log: () => {},
    ...options,
  });
  await handler.ready;
  const server = createHttpServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    handler,
    dataDir: dir,
    async stop({ keepData = false } = {}) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await handler.close();
      if (dir && !keepData && !backend.dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function record(overrides = {}) {
  return {
    consentId: crypto.randomUUID(),
    timestamp: Date.now(),
    revision: 1,
    policyVersion: '2.0',
    choices: { necessary: true, analytics: true, marketing: false },
    reason: 'save',
    gpc: false,
    language: 'fr-FR',
    url: 'https://www.example.fr/boutique/produit',
    browser: 'Firefox 140',
    device: 'desktop',
    wording: '1x2y3z',
    ...overrides,
  };
}

export const post = (base, body, headers = { 'Content-Type': 'text/plain;charset=UTF-8' }) =>
  fetch(`${base}/consent`, { method: 'POST', body: typeof body == 'string' ? body : JSON.stringify(body), headers });

export const read = (base, path, token = TOKEN) =>
  fetch(`${base}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

const BIN = new URL('../../bin/consent-elements-server.mjs', import.meta.url).pathname;
/** CLI servers still running: a run that fails half-way must not leave one behind. */
const children = new Set();
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));

/** A port that was free on 127.0.0.1 a moment ago. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Starts the real CLI (`consent-elements-server`) on a free loopback port, without rate limit,
 * with the test token; resolves once it says it listens (at most `timeout` ms). `args` chooses
 * the database (`--data DIR` or `--database-url URL`).
 */
export async function startCli(args, { timeout = 120_000 } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, '--port', String(port), '--rate-limit', '0', ...args], {
    env: { ...process.env, CONSENT_ADMIN_TOKEN: TOKEN, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => (children.delete(child), resolve(signal ?? code))));
  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), timeout);
    child.stdout.on('data', (data) => {
      output += data;
      if (output.includes('listening on')) clearTimeout(timer), resolve();
    });
    child.stderr.on('data', (data) => (output += data));
    child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`the server exited (${code}):\n${output}`))));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    exited,
    /** The server's resident memory now, in bytes (Linux). */
    rss: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) * 1024,
    stop: () => (child.exitCode == null && child.signalCode == null ? (child.kill('SIGTERM'), exited) : exited),
  };
}
