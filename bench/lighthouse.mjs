/**
 * Lighthouse (12.2.3, pinned) on the demo's home page, first visit (the banner shows), with and
 * without the library. Run by `npm run bench` (bench/run.mjs); alone:
 *
 *   npm run build && node bench/lighthouse.mjs [--runs 3]
 *
 * - The demo (demo/serve.mjs) runs on a free port; two small proxies in front of it serve the
 *   same pages: "with" as they are, "without" with the library's script tags and config removed
 *   from the HTML (agency-config.js, the demo's consent-language.js and consent-elements.js).
 *   The blocked `type="text/plain"` tags and the rest of the page stay.
 * - Both proxies gzip text responses, as a production server would (the demo's server does not).
 * - Each Lighthouse run gets a fresh Chromium (chrome-launcher, the bench's flags, a new
 *   profile: a first visit), the default mobile preset (simulated throttling, Moto G Power
 *   viewport), the performance category only. Runs alternate with/without; medians.
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
/** The library's tags in the demo's <head>: its config, the demo's language switcher, the script. */
const LIBRARY_TAGS = /[ \t]*(<!--[^>]*install[^>]*-->\s*)?<script src="\/(agency-config\.js|assets\/consent-language\.js|consent-elements\/[^"]+)"><\/script>\n?/g;

/**
 * Lighthouse 12.2's trace engine fails on this Chromium's PipelineReporter events (they lack
 * `chrome_frame_reporter`: "reading 'frame_sequence'"), and with it the render-blocking audit.
 * Those events come from two categories Lighthouse records only for DevTools' sake: leave them out.
 */
const defaultCategories = Trace.getDefaultTraceCategories;
Trace.getDefaultTraceCategories = () =>
  defaultCategories().filter((category) => category !== 'disabled-by-default-devtools.timeline.frame' && category !== 'latencyInfo');

export const withoutLibrary = (html) => html.replace(LIBRARY_TAGS, '');

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
 * own server does not compress); `strip` also removes the library from HTML pages.
 */
function proxy(demoPort, strip) {
  const server = createServer((req, res) => {
    const upstream = request({ host: '127.0.0.1', port: demoPort, path: req.url, method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (response) => {
      const type = String(response.headers['content-type']);
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        let body = Buffer.concat(chunks);
        if (strip && type.startsWith('text/html')) body = Buffer.from(withoutLibrary(body.toString('utf8')));
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

async function audit(url) {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: [...chromeArgs, '--headless=new'] });
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
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
      score: categories.performance.score,
      renderBlocking: blocking.map((item) => new URL(item.url).pathname),
      libraryBlocks: !!ours,
      libraryWastedMs: ours?.wastedMs ?? null,
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
export async function lighthouseDemo({ runs = 3, log = () => {} } = {}) {
  const demo = await startDemo();
  const withLib = await proxy(demo.port, false);
  const without = await proxy(demo.port, true);
  const loads = { with: [], without: [] };
  try {
    // Check the rewrite before measuring anything.
    const page = await (await fetch(`http://127.0.0.1:${without.port}/`)).text();
    const original = await (await fetch(`http://127.0.0.1:${withLib.port}/`)).text();
    if (!original.includes('/consent-elements/consent-elements.js')) throw new Error('the demo home page no longer loads /consent-elements/consent-elements.js');
    if (/consent-elements\.js|agency-config|consent-language/.test(page)) throw new Error('the "without" page still loads the library');
    for (let run = 0; run < runs; run++)
      for (const variant of run % 2 ? ['without', 'with'] : ['with', 'without']) {
        const port = variant === 'with' ? withLib.port : without.port;
        try {
          loads[variant].push(await audit(`http://127.0.0.1:${port}/`));
        } catch (error) {
          loads[variant].push({ error: String(error.message ?? error).split('\n')[0] });
        }
        log(`lighthouse ${variant} library, run ${run + 1}/${runs}`);
      }
  } finally {
    withLib.server.close();
    without.server.close();
    demo.stop();
  }
  const summary = (list) => ({
    fcp: median(list.map((l) => l.fcp)),
    lcp: median(list.map((l) => l.lcp)),
    tbt: median(list.map((l) => l.tbt)),
    score: median(list.map((l) => l.score)),
    libraryRenderBlocking: list.filter((l) => l.libraryBlocks).length,
    libraryWastedMs: median(list.map((l) => l.libraryWastedMs)),
    renderBlocking: [...new Set(list.flatMap((l) => l.renderBlocking ?? []))],
    errors: list.filter((l) => l.error).map((l) => l.error),
    runs: list.length,
  });
  const result = { lighthouse: '12.2.3', page: 'demo home page (/), first visit, mobile preset', runs, with: summary(loads.with), without: summary(loads.without), loads };
  result.fcpAdded = result.with.fcp != null && result.without.fcp != null ? result.with.fcp - result.without.fcp : null;
  return result;
}

const s = (ms) => (ms == null ? '–' : `${(ms / 1000).toFixed(2)} s`);

export function lighthouseMarkdown(lh) {
  const row = (label, r) =>
    `| ${label} | ${s(r.fcp)} | ${s(r.lcp)} | ${r.tbt == null ? '–' : `${Math.round(r.tbt)} ms`} | ${r.score == null ? '–' : Math.round(r.score * 100)} | ${r.renderBlocking.join(', ') || 'none'} |`;
  return [
    `Lighthouse ${lh.lighthouse} on the ${lh.page}; median of ${lh.runs} runs per variant, interleaved, each in a fresh Chromium (simulated throttling: its figures are Lighthouse's estimate for a mid-range phone on a slow 4G link).`,
    '"Without" is the same page with the library\'s script tags and config removed by a proxy; both are served through proxies that gzip text, as a production server would.',
    '',
    '| demo home page | FCP | LCP | TBT | score | render-blocking (any run) |',
    '| --- | --- | --- | --- | --- | --- |',
    row('with consent-elements', lh.with),
    row('without the library', lh.without),
    '',
    `consent-elements.js listed as render-blocking in ${lh.with.libraryRenderBlocking} of ${lh.with.runs} runs` +
      (lh.with.libraryWastedMs != null ? ` (Lighthouse's estimated saving if it were not: ${Math.round(lh.with.libraryWastedMs)} ms, median).` : '.') +
      (lh.with.errors.length + lh.without.errors.length ? ` Errors: ${[...lh.with.errors, ...lh.without.errors].join('; ')}.` : ''),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  const lh = await lighthouseDemo({ runs: i > 0 ? Number(process.argv[i + 1]) : 3, log: console.log });
  console.log(lighthouseMarkdown(lh));
  console.log(`FCP added by the library: ${lh.fcpAdded == null ? '–' : `${Math.round(lh.fcpAdded)} ms`} (limit ${FCP_LIMIT_MS} ms)`);
}
