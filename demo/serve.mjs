/**
 * `npm start` (after `npm run build`): serves the demo site of Studio Brume, a fictional web
 * agency, with the library's script-tag build under /consent-elements/, exactly as a site owner
 * would host it. No dependency: node:http only. PORT overrides the default 8080.
 *
 *   /                            home            /en/…  the same pages in English
 *   /journal/site-rapide.html    article with a video embed blocked behind consent
 *   /confidentialite.html        <privacy-policy>
 *   /developpeurs.html           live store, consent-change events, dataLayer, cookies
 *   /static-page.html            the README's static-page snippet, as is
 *   /consent-log                 proof-of-consent endpoint (records are printed here)
 */
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
const consentLog = [];

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
  if (path === '/consent-log') {
    if (req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      consentLog.push(body);
      console.log(`proof of consent: ${body}`);
      return res.writeHead(204).end();
    }
    return res.writeHead(200, { 'content-type': 'application/json' }).end(`[${consentLog.join(',')}]`);
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
});
