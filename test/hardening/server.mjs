/**
 * Dev-server side of the hardening tests:
 * - `/__csp/<fixture>.html` serves a fixture under a strict Content-Security-Policy header;
 *   `/__tt/<fixture>.html` the same, enforcing Trusted Types too (only the library's policy and
 *   Lit's may be created).
 * - `POST /__proof/<key>` is a proof-of-consent endpoint that keeps what it receives;
 *   the `proof-log` command returns it (read on the server, so reading adds no request).
 *   A busy one ({@link busyProofMiddleware}), `/__proof/busy-<n>-<seconds>-<rest>`, answers
 *   the first `n` records it gets with `503` and `Retry-After: <seconds>` (none when `x`), and
 *   logs them with `refused: true`.
 * - `requests-start` / `requests-stop` count every request the test's browser page (and its
 *   frames) makes, as Chromium reports them, so a test can prove the library calls nobody else;
 *   `requests-take` returns those seen so far and goes on counting.
 * - `/__flaky/<key>/<file>` serves `dist/<file>`, except that each file named by the `fail-once`
 *   command (`{ key, files }`) answers its first request with a 503 ({@link flakyMiddleware}):
 *   a chunk download that fails once.
 * - `/__slow-ui/<file>` serves `dist/<file>`, but holds the UI chunk until the French banner
 *   table has been asked for: a first visit that asks for the table only once the UI chunk has
 *   arrived never gets it (its test times out).
 * - `top-level` runs steps in a real top-level page of a fresh browser context (its own cookie
 *   jar), on any host: `a.b.localhost` for cookies shared with a parent domain. A step is a
 *   function's source, run in the page (its result collected), or `{ goto: url }`.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** The strict policy of `/__csp/<fixture>.html`: nonce-based scripts, no inline styles. */
const strictCsp = (nonce) =>
  `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self'; img-src 'self' data:; ` +
  `connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'`;

const proofs = new Map();
/** Settles when `/__slow-ui/consent-elements-banner-fr.js` is first asked for. */
let bannerTableAsked;
const bannerTable = new Promise((resolve) => (bannerTableAsked = resolve));
/** `<key>/<file>` of the flaky files that have not failed yet. */
const flaky = new Set();
const recorders = new Map();

const readBody = (req) =>
  new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

/** Fails the first request of each flaky file with a 503 (a plugin's `serve` can only answer 200). */
export async function flakyMiddleware(context, next) {
  const chunk = /^\/__flaky\/([\w-]+)\/([\w.-]+\.js)$/.exec(context.path);
  if (!chunk || !flaky.delete(`${chunk[1]}/${chunk[2]}`)) return next();
  context.status = 503;
  context.set('cache-control', 'no-store');
  context.body = 'unavailable';
}

/** The busy proof endpoints, `/__proof/busy-<n>-<seconds>-<rest>`: the first `n` records get a 503. */
export async function busyProofMiddleware(context, next) {
  const busy = /^\/__proof\/(busy-(\d+)-(\d+|x)-[\w-]+)$/.exec(context.path);
  if (!busy || context.method != 'POST') return next();
  if (!proofs.has(busy[1])) proofs.set(busy[1], []);
  const log = proofs.get(busy[1]);
  if (log.length >= +busy[2]) return next();
  log.push({ body: await readBody(context.req), refused: true });
  context.status = 503;
  if (busy[3] != 'x') context.set('retry-after', busy[3]);
  context.body = 'busy';
}

export const hardeningPlugins = [
  {
    name: 'hardening',
    async serve(context) {
      const csp = /^\/__(csp|tt)\/([\w-]+\.html)$/.exec(context.path);
      if (csp) {
        const nonce = randomBytes(16).toString('base64');
        const html = await readFile(new URL(`./fixtures/${csp[2]}`, import.meta.url), 'utf8');
        const trustedTypes = csp[1] == 'tt' ? "; require-trusted-types-for 'script'; trusted-types consent-elements lit-html" : '';
        return {
          body: html.replaceAll('{{nonce}}', nonce),
          type: 'html',
          headers: { 'content-security-policy': strictCsp(nonce) + trustedTypes, 'cache-control': 'no-store' },
        };
      }
      const chunk = /^\/__(?:flaky\/[\w-]+|slow-ui)\/([\w.-]+\.js)$/.exec(context.path);
      if (chunk) {
        if (context.path == '/__slow-ui/consent-elements-banner-fr.js') bannerTableAsked();
        if (context.path == '/__slow-ui/consent-elements-ui.js') await bannerTable;
        const headers = { 'cache-control': 'no-store' };
        return { body: await readFile(new URL(`../../dist/${chunk[1]}`, import.meta.url), 'utf8'), type: 'js', headers };
      }
      const match = /^\/__proof\/([\w-]+)$/.exec(context.path);
      if (!match || context.method != 'POST') return;
      const entry = {
        body: await readBody(context.req),
        contentType: context.get('content-type'),
        cookie: context.get('cookie'),
      };
      if (!proofs.has(match[1])) proofs.set(match[1], []);
      proofs.get(match[1]).push(entry);
      return { body: '', type: 'txt' };
    },
    transform(context) {
      // The dev server appends its live-reload script to every page; a fixture must contain
      // only what a real site would serve (its requests are counted, its CSP is strict).
      if (/^\/(__csp|__tt|test\/hardening\/fixtures)\//.test(context.path) && typeof context.body == 'string')
        return context.body.replace(/<!-- injected by web-dev-server -->\s*<script[^>]*__web-dev-server__web-socket\.js"><\/script>/, '');
    },
    async executeCommand({ command, payload, session }) {
      if (command == 'proof-log') return proofs.get(payload.key) ?? [];
      if (command == 'fail-once') return payload.files.map((file) => flaky.add(`${payload.key}/${file}`)) && true;
      if (command == 'bfcache') {
        // A real top-level page (frames and popups with an opener are never cached).
        const page = await session.browser.getPage(session.id).browser().newPage();
        try {
          const steps = [];
          await page.goto(payload.first);
          steps.push(await page.evaluate(payload.inspect));
          await page.goto(payload.second);
          steps.push(await page.evaluate(payload.act));
          await page.goBack();
          // Shown again (restored or reloaded), and the store agrees with the cookie: whatever the
          // visitor decided on the other page has been applied, or was never there to apply.
          await page.waitForFunction(
            () => window.consentElements?.ready && __log.some((entry) => entry.startsWith('pageshow')) && consentElements.decided == /(^|; )consent_elements=/.test(document.cookie),
            { timeout: 5000 },
          );
          steps.push(await page.evaluate(payload.inspect));
          return steps;
        } finally {
          await page.close();
        }
      }
      if (command == 'top-level') {
        const context = await session.browser.getPage(session.id).browser().createBrowserContext();
        try {
          const page = await context.newPage();
          const results = [];
          for (const step of payload.steps)
            if (step.goto) {
              // The test's own origin, with another host name: same dev server.
              const url = new URL(step.goto, session.browser.getPage(session.id).url());
              if (step.host) url.hostname = step.host;
              await page.goto(url.href);
            } else results.push(await page.evaluate(`(${step})()`));
          return results;
        } finally {
          await context.close();
        }
      }
      if (command == 'requests-start') {
        const page = session.browser.getPage(session.id);
        const seen = [];
        const listener = (request) =>
          seen.push({
            url: request.url(),
            method: request.method(),
            type: request.resourceType(),
            // The test runner's own frame, as opposed to the pages it opens in iframes.
            runner: request.frame() == page.mainFrame(),
          });
        page.on('request', listener);
        recorders.get(session.id)?.stop();
        recorders.set(session.id, { seen, stop: () => page.off('request', listener) });
        return true;
      }
      // What was seen so far, still recording: a stop then a start would miss what falls between.
      if (command == 'requests-take') return recorders.get(session.id)?.seen.splice(0) ?? [];
      if (command == 'requests-stop') {
        const recorder = recorders.get(session.id);
        recorders.delete(session.id);
        recorder?.stop();
        return recorder?.seen ?? [];
      }
    },
  },
];
