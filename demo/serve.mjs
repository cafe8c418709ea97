/**
 * `npm start` (after `npm run build`): serves the demo site of Studio Brume, a fictional web
 * agency, with the library's script-tag build under /consent-elements/, exactly as a site owner
 * would host it, and the consent-records server (consent-elements/server, PGlite) mounted under
 * /consent-records/ on the same HTTP server: the demo's decisions are stored there.
 *
 * Environment: PORT (default 8080); CONSENT_DATA_DIR, the records' database directory (default
 * demo/.consent-data/, git-ignored); CONSENT_ADMIN_TOKEN, the token of the dashboard and the
 * reads (default: a random one, printed at start).
 *
 *   /                            home            /en/…  the same pages in English
 *   /journal/site-rapide.html    article with a video embed blocked behind consent
 *   /confidentialite.html        <privacy-policy>
 *   /developpeurs.html           live store, consent-change events, dataLayer, cookies
 *   /static-page.html            the README's static-page snippet, as is
 *   /consent-records/consent     proof-of-consent endpoint (POST; agency-config.js points here)
 *   /consent-records/dashboard   the records' dashboard (asks for the admin token)
 *   /consent-records/consent/<id>, /consent-records/export?…  reads, with the token
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPage } from './pages.mjs';

const demo = fileURLToPath(new URL('.', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};
/** URL prefix → folder served as is. */
const FOLDERS = [
  ['/consent-elements/', dist],
  ['/assets/', join(demo, 'assets/')],
  ['/fake-tags/', join(demo, 'fake-tags/')],
  ['/fake-embed/', join(demo, 'fake-embed/')],
];
const FILES = {
  '/agency-config.js': join(demo, 'agency-config.js'),
  '/static-page.html': join(demo, 'static-page.html'),
};
/** Where the consent-records server is mounted: its own paths (/consent, /dashboard…) follow. */
const RECORDS = '/consent-records';
const dataDir = process.env.CONSENT_DATA_DIR || join(demo, '.consent-data');
const adminToken = process.env.CONSENT_ADMIN_TOKEN || randomBytes(24).toString('hex');
let records;
try {
  const { createConsentServer } = await import('../dist/server/index.js');
  // Same origin as the pages, so no --allow-origin; the demo's visitor is one address, so a
  // looser rate limit than the default lets anyone click around without a 429.
  records = createConsentServer({ dataDir, adminToken, rateLimit: 600 });
  records.ready.catch((error) => console.error(`The consent-records database could not open (${dataDir}): ${error.message}`));
} catch (error) {
  console.warn(`The consent-records server is not available (${error.message}); decisions are not stored. Run \`npm run build\` first.`);
}

/** The file under `root` that `rest` names, refusing anything that climbs out of it. */
function inside(root, rest) {
  const path = normalize(join(root, decodeURIComponent(rest)));
  return path.startsWith(root) && !path.endsWith(sep) ? path : undefined;
}

async function sendFile(res, path) {
  const info = path && (await stat(path).catch(() => undefined));
  if (!info?.isFile()) return false;
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  res.end(await readFile(path));
  return true;
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost');
  const path = url.pathname;
  if (records && path.startsWith(`${RECORDS}/`)) {
    // Mounted under a path, as behind a reverse proxy: the server sees its own paths.
    req.url = req.url.slice(RECORDS.length);
    return records(req, res);
  }
  if (FILES[path] && (await sendFile(res, FILES[path]))) return;
  for (const [prefix, root] of FOLDERS)
    if (path.startsWith(prefix) && (await sendFile(res, inside(root, path.slice(prefix.length))))) return;
  const english = path === '/en' || path.startsWith('/en/');
  const page = renderPage(english ? path.slice(3) || '/' : path, english ? 'en' : 'fr');
  if (page) return res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' }).end(page);
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}

const port = Number(process.env.PORT) || 8080;
const server = createServer((req, res) =>
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500).end();
  }),
);
server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is busy: PORT=8081 npm start` : error);
  process.exit(1);
});
server.listen(port, () => {
  stat(join(dist, 'consent-elements.js')).catch(() => console.warn('dist/ is empty: run `npm run build` first (npm start does).'));
  console.log(`Studio Brume demo: http://localhost:${port}/  (English: http://localhost:${port}/en/)`);
  if (!records) return;
  console.log(`Consent records (PGlite in ${dataDir}): dashboard http://localhost:${port}${RECORDS}/dashboard`);
  console.log(
    process.env.CONSENT_ADMIN_TOKEN
      ? 'Admin token: the CONSENT_ADMIN_TOKEN you set'
      : `Admin token (new at each start; set CONSENT_ADMIN_TOKEN to choose one): ${adminToken}`,
  );
});

// Stop cleanly: the records being written are finished and the database closed.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections();
    server.close();
    await records?.close().catch(() => {});
    process.exit(0);
  });
