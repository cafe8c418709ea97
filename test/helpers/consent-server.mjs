// Starts createConsentServer on 127.0.0.1 (a free port) for one test file, and sends requests.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
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
  const server = createServer(handler);
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
