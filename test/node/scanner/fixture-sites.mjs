/**
 * The scanner's fixture sites: one Node server on 127.0.0.1 that answers by host name, so
 * that Chromium, started with `--host-resolver-rules=MAP * 127.0.0.1`, sees first parties and
 * "third parties" on separate sites while nothing leaves the machine.
 *
 *   tracking.test   loads a fake Google tag and an unknown tracker before any consent, with no
 *                   Consent Mode default; links to a page that redirects off-site
 *   consent.test    uses this library properly (the built dist/consent-elements.js): the tag,
 *                   an A/B cookie and a YouTube embed wait for consent
 *   plain.test      no consent tool: a session cookie from the server and a fake Meta Pixel
 *   elsewhere.test  the off-site destination (the scanner must never reach it)
 *   www.googletagmanager.com, www.google-analytics.com, connect.facebook.net,
 *   www.youtube.com, tracker.test: the fake third parties
 *
 * Chromium upgrades the hosts on its HSTS preload list (www.youtube.com, connect.facebook.net,
 * www.google-analytics.com) to https on the same port, so the one port speaks both: a
 * connection that opens with a TLS handshake goes to an https server holding a self-signed
 * test certificate (fixtures/tls, not a secret; the tests run Chromium with
 * --ignore-certificate-errors), any other to the http server.
 *
 * Every request is logged with its host, so a test can prove what the browser never asked for.
 */
import { createServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** @returns {Promise<{ port: number, log: { host: string, path: string }[], url(host: string, path?: string): string, close(): Promise<void> }>} */
export async function startFixtureSites() {
  const log = [];
  let port = 0;
  const url = (host, path = '/') => `http://${host}:${port}${path}`;
  const html = (res, body, headers = {}) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  const js = (res, body) => res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(body);
  const page = (title, head, body) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><h1>${title}</h1>${body}</body></html>`;

  const gtagJs = () => `
    document.cookie = '_ga=GA1.1.42.42; max-age=63072000; path=/';
    document.cookie = '_ga_TEST=GS1.1.42; max-age=63072000; path=/';
    new Image().src = ${JSON.stringify(url('www.google-analytics.com', '/g/collect?v=2&tid=G-TEST'))};`;

  const sites = {
    'tracking.test': (path, res) => {
      if (path == '/leave') return res.writeHead(302, { location: url('elsewhere.test', '/landing') }).end();
      if (path == '/sitemap.xml')
        return res
          .writeHead(200, { 'content-type': 'application/xml' })
          .end(`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${url('tracking.test', '/from-sitemap')}</loc></url></urlset>`);
      if (!['/', '/about', '/from-sitemap'].includes(path)) return false;
      html(
        res,
        page(
          'Tracking before consent',
          // The site's own gtag config first, and no Consent Mode default at all.
          `<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments)} gtag('js', new Date()); gtag('config', 'G-TEST');</script>
           <script async src="${url('www.googletagmanager.com', '/gtag/js?id=G-TEST')}"></script>
           <script src="${url('tracker.test', '/t.js')}"></script>`,
          `<a href="/about">About</a> <a href="/leave">Leave</a> <a href="${url('elsewhere.test', '/')}">Elsewhere</a> <a href="#top">Top</a> <a href="/report.pdf">PDF</a>`,
        ),
      );
    },
    'consent.test': (path, res) => {
      if (path.startsWith('/consent-elements/')) return sendDist(res, path.slice('/consent-elements/'.length));
      if (!['/', '/video'].includes(path)) return false;
      const config = {
        revision: 1,
        categories: {
          analytics: { label: 'Analytics', services: [{ name: 'Google Analytics', cookies: [{ name: '_ga', lifetime: '13 months' }, { name: '_ga_*', lifetime: '13 months' }] }] },
          marketing: { label: 'Marketing', services: [{ name: 'YouTube' }] },
        },
      };
      html(
        res,
        page(
          path == '/' ? 'Consent done right' : 'A video',
          `<script>window.consentElementsConfig = ${JSON.stringify(config)};</script>
           <script src="/consent-elements/consent-elements.js"></script>
           <script type="text/plain" data-consent-category="analytics" src="${url('www.googletagmanager.com', '/gtag/js?id=G-TEST')}"></script>
           <script type="text/plain" data-consent-category="analytics">gtag('js', new Date()); gtag('config', 'G-TEST'); document.cookie = 'ab_test=b; max-age=86400; path=/';</script>`,
          `<a href="/video">Video</a>
           <iframe title="A video" data-consent-category="marketing" data-src="${url('www.youtube.com', '/embed/abc')}"></iframe>`,
        ),
      );
    },
    'plain.test': (path, res) => {
      if (path != '/') return false;
      html(
        res,
        page('No consent tool', `<script src="${url('connect.facebook.net', '/en_US/fbevents.js')}"></script>`, '<p>Hello.</p>'),
        { 'set-cookie': 'sessionid=abc123; Path=/; HttpOnly' },
      );
    },
    'elsewhere.test': (_, res) => html(res, page('Elsewhere', '', '<p>You left.</p>')),
    'www.googletagmanager.com': (path, res) => (path == '/gtag/js' ? js(res, gtagJs()) : false),
    'www.google-analytics.com': (_, res) => res.writeHead(204).end(),
    'connect.facebook.net': (path, res) =>
      path.endsWith('/fbevents.js') ? js(res, `document.cookie = '_fbp=fb.1.42; max-age=7776000; path=/';`) : false,
    'tracker.test': (path, res) =>
      path == '/t.js' ? js(res, `document.cookie = 'trk_uid=42; max-age=31536000; path=/'; localStorage.setItem('trk_seen', '1');`) : false,
    'www.youtube.com': (path, res) =>
      path.startsWith('/embed/') ? html(res, page('Player', `<script>localStorage.setItem('yt-remote-device-id', '42');</script>`, '')) : false,
  };

  const handle = async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    log.push({ host, path });
    try {
      if ((await sites[host]?.(path, res)) === false || !sites[host]) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (error) {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    }
  };
  const http = createServer(handle);
  const tls = (name) => readFileSync(new URL(`fixtures/tls/${name}.pem`, import.meta.url));
  const https = createHttpsServer({ cert: tls('cert'), key: tls('key') }, handle);
  const sockets = new Set();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first = socket.read(1);
      if (!first) return socket.destroy();
      socket.unshift(first);
      // 0x16: a TLS handshake record.
      (first[0] == 0x16 ? https : http).emit('connection', socket);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
  return {
    port,
    log,
    url,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function sendDist(res, file) {
  if (!/^[\w.-]+\.js$/.test(file)) return false;
  const body = await readFile(dist + file).catch(() => undefined);
  if (!body) return false;
  res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(body);
}
