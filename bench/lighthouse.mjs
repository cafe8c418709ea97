/**
 * Lighthouse (12.2.3, pinned) on the demo's home page, first visit (the banner shows), with and
 * without the library. Run by `npm run bench` (bench/run.mjs); alone:
 *
 *   npm run build && node bench/lighthouse.mjs [--runs 5]
 *
 * - The demo (demo/serve.mjs) runs on a free port; three small proxies in front of it serve the
 *   same pages: "with" as they are, "sync" rewritten to the one synchronous tag, "without" with
 *   the library's script tags and config removed from the HTML (agency-config.js, the demo's
 *   consent-language.js and consent-elements.js). The blocked `type="text/plain"` tags and the
 *   rest of the page stay.
 * - The proxies gzip text responses, as a production server would (the demo's server does not).
 * - Each Lighthouse run gets a fresh Chromium (chrome-launcher, the bench's flags, a new
 *   profile: a first visit; no paint holding, a production host name: see `audit`), the default
 *   mobile preset (simulated throttling, Moto G Power viewport), the performance category only.
 *   Runs alternate between the variants; medians.
 * - Reported: first-contentful-paint, largest-contentful-paint, total-blocking-time, the
 *   performance score, and whether consent-elements.js is listed as render-blocking.
 */
import { spawn } from 'node:child_process';
import { createServer, request } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import Trace from 'lighthouse/core/gather/gatherers/trace.js';
import { chromeArgs, chromePath } from '../scripts/chrome-path.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
/** Issue 19: the library adds at most 0.15 s to the demo's first-contentful-paint. */
export const FCP_LIMIT_MS = 150;
/**
 * The library's tags in the demo's <head>: the comment before them, the inline Consent Mode
 * default, its config, the demo's language switcher, the script.
 */
const LIBRARY_TAGS =
  /[ \t]*(<!--[^>]*install[^>]*-->\s*)?(<script>window\.dataLayer=[^<]*'consent','default'[^<]*<\/script>|<script( defer)? src="\/(agency-config\.js|assets\/consent-language\.js|consent-elements\/[^"]+)"><\/script>)\n?/g;

/**
 * Lighthouse 12.2's trace engine fails on this Chromium's PipelineReporter events (they lack
 * `chrome_frame_reporter`: "reading 'frame_sequence'"), and with it the render-blocking audit.
 * Those events come from two categories Lighthouse records only for DevTools' sake: leave them out.
 */
const defaultCategories = Trace.getDefaultTraceCategories;
Trace.getDefaultTraceCategories = () =>
  defaultCategories().filter((category) => category !== 'disabled-by-default-devtools.timeline.frame' && category !== 'latencyInfo');

export const withoutLibrary = (html) => html.replace(LIBRARY_TAGS, '');
/**
 * The demo installs the library the README's fastest way (inline default, deferred scripts);
 * this is the README's first install instead: the same scripts, synchronous, no inline default.
 */
export const synchronousInstall = (html) =>
  html.replace(/<script>window\.dataLayer=[^<]*'consent','default'[^<]*<\/script>\n?/, '').replace(/<script defer src=/g, '<script src=');

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startDemo() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'demo/serve.mjs')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the demo server did not start in 15 s')), 15_000);
    child.stdout.on('data', (data) => String(data).includes('Studio Brume demo') && (clearTimeout(timer), resolve()));
    child.once('exit', (code) => reject(new Error(`the demo server exited (${code})`)));
  });
  child.stdout.resume();
  return { port, stop: () => child.kill() };
}

/**
 * A proxy to the demo that compresses text with gzip as a production server would (the demo's
 * own server does not compress); `rewrite`, when given, rewrites its HTML pages (the library removed, or installed another way).
 */
function proxy(demoPort, rewrite) {
  const server = createServer((req, res) => {
    const upstream = request({ host: '127.0.0.1', port: demoPort, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (response) => {
      const type = String(response.headers['content-type']);
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        let body = Buffer.concat(chunks);
        if (rewrite && type.startsWith('text/html')) body = Buffer.from(rewrite(body.toString('utf8')));
        const headers = { ...response.headers };
        delete headers['transfer-encoding'];
        if (/^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
          body = gzipSync(body, { level: 6 });
          headers['content-encoding'] = 'gzip';
          headers.vary = 'accept-encoding';
        }
        headers['content-length'] = body.length;
        res.writeHead(response.statusCode, headers).end(body);
      });
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: server.address().port })));
}

/**
 * The name the pages are audited under, which Chromium resolves to 127.0.0.1: a production
 * host. On `127.0.0.1` the library takes the page for a development one and, since the demo's
 * config names catalogue services, downloads its development notice to check them: a request
 * and a task no visitor's page has, which Lighthouse would count. Treated as a secure origin,
 * as an HTTPS site is (the Cookie Store API, `crypto.randomUUID`).
 */
const HOST = 'www.studio-brume.example';

async function audit(port) {
  const origin = `http://${HOST}:${port}`;
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: [
      ...chromeArgs,
      '--headless=new',
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      `--unsafely-treat-insecure-origin-as-secure=${origin}`,
      // Lighthouse navigates from about:blank, and Chromium's paint holding then kept the first
      // frame of every variant (the page without the library too) until about 1.2 s, a second
      // after the load event (0.23 s): its simulated FCP counts every request that starts before
      // the observed one, so all the library downloads after parsing counted as if it blocked
      // the paint. Without the hold the page paints at 0.26–0.30 s, as it does in a browser tab.
      '--disable-features=PaintHolding',
    ],
  });
  const url = origin + '/';
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const { audits, categories, runtimeError, runWarnings } = result.lhr;
    if (runtimeError) throw new Error(`lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const blocking = [
      ...(audits['render-blocking-resources']?.details?.items ?? []),
      ...(audits['render-blocking-insight']?.details?.items ?? []),
    ];
    const ours = blocking.find((item) => /\/consent-elements\/consent-elements\.js/.test(item.url));
    return {
      fcp: audits['first-contentful-paint'].numericValue,
      // What the unthrottled load showed: Lighthouse's estimate counts every request and task
      // that started before it.
      observedFcp: audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? null,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      score: categories.performance.score,
      renderBlocking: blocking.map((item) => new URL(item.url).pathname),
      libraryBlocks: !!ours,
      libraryWastedMs: ours?.wastedMs ?? null,
      // The library's files this load requested (the notice must not be among them).
      libraryFiles: (audits['network-requests']?.details?.items ?? [])
        .map((item) => new URL(item.url).pathname)
        .filter((path) => path.startsWith('/consent-elements/'))
        .map((path) => path.slice('/consent-elements/'.length)),
      warnings: runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** Runs Lighthouse `runs` times on each variant, interleaved; returns medians and every run. */
export async function lighthouseDemo({ runs = 5, log = () => {} } = {}) {
  const demo = await startDemo();
  const proxies = { with: await proxy(demo.port), sync: await proxy(demo.port, synchronousInstall), without: await proxy(demo.port, withoutLibrary) };
  const loads = { with: [], sync: [], without: [] };
  try {
    // Check the rewrites before measuring anything.
    const read = async (variant) => (await fetch(`http://127.0.0.1:${proxies[variant].port}/`)).text();
    const [original, sync, page] = [await read('with'), await read('sync'), await read('without')];
    if (!original.includes('<script defer src="/consent-elements/consent-elements.js">') || !original.includes("'consent','default'"))
      throw new Error('the demo home page no longer loads the library the fastest way (inline default, deferred script)');
    if (!sync.includes('<script src="/consent-elements/consent-elements.js">') || sync.includes("'consent','default'") || sync.includes(' defer '))
      throw new Error('the synchronous variant still has the inline default or a deferred script');
    if (/consent-elements\.js|agency-config|consent-language|'consent','default'/.test(page)) throw new Error('the "without" page still loads the library');
    const order = ['with', 'sync', 'without'];
    for (let run = 0; run < runs; run++)
      for (const variant of [...order.slice(run % 3), ...order.slice(0, run % 3)]) {
        const port = proxies[variant].port;
        try {
          loads[variant].push(await audit(port));
        } catch (error) {
          loads[variant].push({ error: String(error.message ?? error).split('\n')[0] });
        }
        log(`lighthouse ${variant} library, run ${run + 1}/${runs}`);
      }
  } finally {
    for (const { server } of Object.values(proxies)) server.close();
    demo.stop();
  }
  const summary = (list) => ({
    fcp: median(list.map((l) => l.fcp)),
    observedFcp: median(list.map((l) => l.observedFcp)),
    lcp: median(list.map((l) => l.lcp)),
    tbt: median(list.map((l) => l.tbt)),
    score: median(list.map((l) => l.score)),
    libraryRenderBlocking: list.filter((l) => l.libraryBlocks).length,
    libraryWastedMs: median(list.map((l) => l.libraryWastedMs)),
    renderBlocking: [...new Set(list.flatMap((l) => l.renderBlocking ?? []))],
    libraryFiles: [...new Set(list.flatMap((l) => l.libraryFiles ?? []))].sort(),
    errors: list.filter((l) => l.error).map((l) => l.error),
    runs: list.length,
  });
  const result = { lighthouse: '12.2.3', page: 'demo home page (/), first visit, mobile preset', runs, with: summary(loads.with), sync: summary(loads.sync), without: summary(loads.without), loads };
  const added = (variant) => (result[variant].fcp != null && result.without.fcp != null ? result[variant].fcp - result.without.fcp : null);
  result.fcpAdded = added('with');
  result.fcpAddedSync = added('sync');
  return result;
}

const s = (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(2)} s`);

export function lighthouseMarkdown(lh) {
  const row = (label, r) =>
    `| ${label} | ${s(r.fcp)} | ${s(r.observedFcp)} | ${s(r.lcp)} | ${r.tbt == null ? '–' : `${Math.round(r.tbt)} ms`} | ${r.score == null ? '–' : Math.round(r.score * 100)} | ${r.renderBlocking.join(', ') || 'none'} |`;
  return [
    `Lighthouse ${lh.lighthouse} on the ${lh.page}; median of ${lh.runs} runs per variant, interleaved, each in a fresh Chromium (simulated throttling: its figures are Lighthouse's estimate for a mid-range phone on a slow 4G link).`,
    'The demo installs the library the README\'s fastest way (Consent Mode default inline, config and core deferred); "one synchronous tag" is the same page rewritten to the README\'s first install (the same scripts, synchronous, no inline default); "without" has the library\'s tags and config removed. All three are served through proxies that gzip text, as a production server would.',
    '',
    '| demo home page | FCP | observed FCP (unthrottled) | LCP | TBT | score | render-blocking (any run) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    row('with consent-elements, fastest install', lh.with),
    row('with consent-elements, one synchronous tag', lh.sync),
    row('without the library', lh.without),
    '',
    `consent-elements.js listed as render-blocking in ${lh.with.libraryRenderBlocking} of ${lh.with.runs} runs with the fastest install, ${lh.sync.libraryRenderBlocking} of ${lh.sync.runs} with the synchronous tag` +
      (lh.sync.libraryWastedMs != null ? ` (Lighthouse's estimated saving for the synchronous tag: ${Math.round(lh.sync.libraryWastedMs)} ms, median).` : '.') +
      ' Lighthouse estimates FCP from the requests and tasks that started before the observed one; Chromium runs without paint holding, which held every variant\'s first frame until about 1.2 s, and the pages are served under a production host name, where the library downloads no development notice (CONTRIBUTING.md, "Benchmark").' +
      ` Library files requested: fastest install ${lh.with.libraryFiles?.join(', ') || '–'}; synchronous tag ${lh.sync.libraryFiles?.join(', ') || '–'}.` +
      ([lh.with, lh.sync, lh.without].some((r) => r.errors.length) ? ` Errors: ${[lh.with, lh.sync, lh.without].flatMap((r) => r.errors).join('; ')}.` : ''),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  const lh = await lighthouseDemo({ runs: i > 0 ? Number(process.argv[i + 1]) : 5, log: console.log });
  console.log(lighthouseMarkdown(lh));
  const added = (ms) => (ms == null ? '–' : `${Math.round(ms)} ms`);
  console.log(`FCP added by the library: ${added(lh.fcpAdded)} with the fastest install, ${added(lh.fcpAddedSync)} with one synchronous tag (limit ${FCP_LIMIT_MS} ms)`);
}
