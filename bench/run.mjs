/**
 * `npm run bench`: loads one article page per consent library in headless Chromium and reports,
 * median of N fresh loads interleaved across libraries, what the visitor downloads and how fast
 * the banner shows, at 1× and 4× CPU. Writes bench/results/latest.json and latest.md.
 *
 *   node bench/run.mjs [--runs 15] [--only consent-elements,klaro]
 *
 * Method (see the benchmark section of CONTRIBUTING.md):
 * - the page comes from http://127.0.0.1 (a secure context), the fake "third-party" tags from
 *   http://tags.bench.test, which Chromium maps to 127.0.0.1 (--host-resolver-rules);
 * - every file is served with `Cache-Control: no-store` and every first visit runs in a fresh
 *   browser context; the return visit opens a new page in the context that just accepted;
 * - bytes are those of the library files the page requested (raw, gzip -9, brotli q11);
 * - "banner visible" is the first animation frame in which the banner box has a size, lies in
 *   the viewport and is not transparent, measured from navigation start;
 * - script time is CDP Performance.getMetrics ScriptDuration, long tasks are the
 *   PerformanceObserver "longtask" durations, layout shift the sum of "layout-shift" values,
 *   all up to the load event plus a settling delay, before any click;
 * - click→tag is from the real mouse click on "accept all" (event timeStamp) to the start of
 *   the first request for a fake tag (Resource Timing).
 */
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join, normalize, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chrome-path.mjs';
import { BASELINE, libraries as libraryFactories, OURS, OURS_ASYNC } from './libraries.mjs';
import { articlePage } from './page.mjs';
import { FCP_LIMIT_MS, lighthouseDemo, lighthouseMarkdown } from './lighthouse.mjs';
import { npmEntries, npmEntriesMarkdown } from './npm-entries.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TAG_HOST = 'tags.bench.test';

/**
 * Loads per library and CPU rate. 6, not 15, so that the whole `npm run bench` (build, these
 * loads, Lighthouse, the npm entries) stays within about 12 minutes on a shared 2-core machine.
 */
const DEFAULT_RUNS = 6;

function parseArgs(argv) {
  const args = { runs: DEFAULT_RUNS, only: null, serve: false, lighthouseRuns: 5, npmEntries: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') args.runs = Math.max(1, Number(argv[++i]) || DEFAULT_RUNS);
    else if (argv[i] === '--lighthouse-runs') args.lighthouseRuns = Math.max(0, Number(argv[++i]) || 0);
    else if (argv[i] === '--no-npm-entries') args.npmEntries = false;
    else if (argv[i] === '--only') args.only = argv[++i].split(',');
    else if (argv[i] === '--serve') args.serve = true;
    else if (argv[i] === '--help') {
      console.log(
        `node bench/run.mjs [--runs N (${DEFAULT_RUNS})] [--only name[,name…]] [--lighthouse-runs N (5; 0: none)] [--no-npm-entries] [--serve: only serve the pages]`,
      );
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.json': 'application/json' };

/**
 * Bundles one benchmark entry (`bench/<name>.js`) with its npm imports into one minified classic
 * script: c15t's headless core with the benchmark's minimal banner, and the Lit floor.
 */
async function buildBenchScript(name, outDir) {
  const { rollup } = await import('rollup');
  const { default: nodeResolve } = await import('@rollup/plugin-node-resolve');
  const { default: terser } = await import('@rollup/plugin-terser');
  const bundle = await rollup({
    input: join(here, `${name}.js`),
    plugins: [
      nodeResolve({ browser: true }),
      {
        name: 'node-env',
        transform: (code) => (code.includes('process.env.NODE_ENV') ? code.replaceAll('process.env.NODE_ENV', '"production"') : null),
      },
    ],
    onwarn: () => {},
  });
  await bundle.write({ file: join(outDir, `${name}.js`), format: 'iife', inlineDynamicImports: true, plugins: [terser({ format: { comments: false } })] });
  await bundle.close();
}

/** Serves the article pages and library files, and records what each page load requested. */
function siteServer(libs) {
  const log = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    log.push(url.pathname);
    let body;
    let type = TYPES['.html'];
    const page = url.pathname.match(/^\/page\/([\w-]+)$/);
    const file = url.pathname.match(/^\/lib\/([\w-]+)\/(.+)$/);
    if (page && libs.has(page[1])) body = articlePage(libs.get(page[1]));
    else if (file && libs.has(file[1])) {
      const dir = libs.get(file[1]).dir;
      const path = normalize(join(dir, decodeURIComponent(file[2])));
      if (path.startsWith(dir)) body = await readFile(path).catch(() => undefined);
      type = TYPES[extname(path)] ?? 'application/octet-stream';
    }
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  return { server, log };
}

/** The fake third-party tags: they set a cookie, as real ones do, and count themselves. */
function tagServer() {
  const log = [];
  const server = createServer((req, res) => {
    const name = new URL(req.url, 'http://x').pathname.slice(1).replace(/\.js$/, '');
    log.push(name);
    const cookie = name === 'analytics' ? '_ga' : '_fake_ads';
    res
      .writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' })
      .end(`document.cookie='${cookie}=GA1.1.'+Date.now()+';path=/;max-age=34000000';(window.benchTagsRan=window.benchTagsRan||[]).push('${name}');`);
  });
  return { server, log };
}

const listen = (server) => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));

/** Raw, gzip and brotli bytes of each library file, computed once. */
const sizeCache = new Map();
async function sizes(lib, pathname) {
  const key = `${lib.name}:${pathname}`;
  if (!sizeCache.has(key)) {
    const relative = decodeURIComponent(pathname.replace(/^\/lib\/[\w-]+\//, ''));
    const data = await readFile(join(lib.dir, relative));
    sizeCache.set(key, {
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return sizeCache.get(key);
}

async function bytesFetched(lib, log) {
  const files = [...new Set(log.filter((p) => p.startsWith(`/lib/${lib.name}/`)))];
  const total = { raw: 0, gzip: 0, brotli: 0, files: files.length };
  for (const file of files) {
    const s = await sizes(lib, file);
    total.raw += s.raw;
    total.gzip += s.gzip;
    total.brotli += s.brotli;
  }
  return total;
}

/** Runs in the page before any of its scripts: observers, and the banner watch. */
function instrument(bannerSelector) {
  const bench = (window.__bench = { longTasks: 0, longTaskCount: 0, longTaskList: [], shift: 0, visibleAt: null, clickAt: null, firstPaint: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks += entry.duration;
      bench.longTaskCount++;
      bench.longTaskList.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // The last click counts: a library whose buttons are not wired yet gets clicked again.
  addEventListener('click', (event) => (bench.clickAt = event.timeStamp), true);
  const opaque = (element) => {
    for (let e = element; e; e = e.parentElement ?? e.getRootNode().host)
      if (Number(getComputedStyle(e).opacity) === 0) return false;
    return true;
  };
  const shown = (element, depth = 0) => {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth)
      return opaque(element);
    const children = [...(element.shadowRoot?.children ?? []), ...element.children];
    return depth < 4 && children.some((child) => shown(child, depth + 1));
  };
  bench.isShown = () => {
    const element = document.querySelector(bannerSelector);
    return !!element && shown(element);
  };
  const watch = () => {
    if (!bench.isShown()) return requestAnimationFrame(watch);
    bench.visibleAt = performance.now();
    window.__benchVisible?.('');
  };
  requestAnimationFrame(watch);
}

/** Finds the centre of the "accept all" button, through shadow roots when asked. */
function locate(accept) {
  let element = null;
  if (accept.selector) element = document.querySelector(accept.selector);
  else {
    const seen = [];
    const walk = (root) => {
      for (const e of root.querySelectorAll('*')) {
        seen.push(e);
        if (e.shadowRoot) walk(e.shadowRoot);
      }
    };
    walk(document.querySelector(accept.deep)?.shadowRoot ?? document);
    element =
      seen.find((e) => e.part?.contains(accept.part)) ??
      seen.find((e) => (e.localName === 'button' || e.getAttribute('role') === 'button') && new RegExp(accept.text, 'i').test(e.textContent));
  }
  if (!element) return null;
  const box = element.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(predicate, timeout, step = 10) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await predicate()) return true;
    await sleep(step);
  }
  return false;
}

async function scriptDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

/**
 * Opens a page whose banner watch reports through a CDP binding, so that waiting for the
 * banner runs no script in the page (polling with page.evaluate would add to ScriptDuration).
 */
async function openPage(context, lib, rate) {
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: '__benchVisible' });
  if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluateOnNewDocument(instrument, lib.banner ?? 'none');
  let shown;
  const visible = new Promise((resolve) => (shown = resolve));
  cdp.on('Runtime.bindingCalled', (event) => event.name === '__benchVisible' && shown(true));
  return { page, cdp, visible };
}

const timeout = (ms) => new Promise((resolve) => setTimeout(() => resolve(false), ms));

/** The sampling interval of the CPU profile taken at 4× (µs). */
const PROFILE_INTERVAL = 500;

/**
 * The library's own time in each long task, at 4×: the long tasks are the page's own
 * `longtask` entries (the scheduler's task boundaries); a CPU profile of the main thread (CDP
 * Profiler) says what ran in them. The library's share of a task is the share of the task's
 * samples whose JS stack holds a frame from one of its files (/lib/<name>/…), whatever it calls
 * (DOM, Lit, sync cookie access); its own time there is that share of the task's duration.
 * Counting samples rather than summing their gaps keeps a starved sampler (a loaded machine)
 * from inflating one sample into tens of ms. `navigationStart` (µs, the profile's clock) places
 * the entries, which are relative to the page's time origin. Returns the task where the
 * library's own time is longest, { own, task } in ms, { own: 0 } when no long task ran its code.
 */
function ownLongestTask(profile, libPath, longTasks, navigationStart) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const ours = new Map();
  const isOurs = (id) => {
    if (!ours.has(id)) {
      const node = nodes.get(id);
      ours.set(id, node.callFrame.url.includes(libPath) || (parent.has(id) && isOurs(parent.get(id))));
    }
    return ours.get(id);
  };
  const times = [];
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((time += profile.timeDeltas[i] ?? 0));
  let best = { own: 0, task: null, samples: 0 };
  for (const { start, duration } of longTasks) {
    const from = navigationStart + start * 1000;
    const to = from + duration * 1000;
    let all = 0;
    let own = 0;
    for (let i = 0; i < times.length; i++) {
      if (times[i] < from || times[i] > to) continue;
      const node = nodes.get(profile.samples[i]);
      if (node.callFrame.functionName === '(idle)') continue;
      all++;
      if (isOurs(profile.samples[i])) own++;
    }
    if (all >= 3 && (own / all) * duration > best.own) best = { own: (own / all) * duration, task: duration, samples: all };
  }
  return best;
}

/**
 * One visitor: first visit (fresh context) at `rate`× CPU, click "accept all", and at 1× a
 * return visit in the same context. Returns the raw figures of that load.
 */
async function visit(browser, lib, urls, servers, rate) {
  const context = await browser.createBrowserContext();
  const result = { rate, errors: [] };
  try {
    let { page, cdp, visible } = await openPage(context, lib, rate);
    const profiling = rate === 4 && lib.banner;
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL });
      await cdp.send('Profiler.start');
    }
    servers.site.log.length = 0;
    servers.tags.log.length = 0;
    await page.goto(`${urls.site}/page/${lib.name}`, { waitUntil: 'load', timeout: 30_000 });
    if (lib.banner && !(await Promise.race([visible, timeout(10_000)]))) result.errors.push('banner never became visible');
    await sleep(rate === 1 ? 250 : 500); // late work: lazy chunks, fade-ins, deferred init
    result.script = await scriptDuration(cdp);
    if (profiling) {
      const { profile } = await cdp.send('Profiler.stop');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const navigationStart = metrics.find((m) => m.name === 'NavigationStart').value * 1e6;
      const longTasks = await page.evaluate(() => window.__bench.longTaskList);
      const own = ownLongestTask(profile, `/lib/${lib.name}/`, longTasks, navigationStart);
      result.ownTask = own.own;
      result.ownTaskLength = own.task;
    }
    const first = await page.evaluate(() => ({ ...window.__bench, isShown: undefined, longTaskList: undefined }));
    result.visible = first.visibleAt;
    result.firstPaint = first.firstPaint;
    result.longTasks = first.longTasks;
    result.longTaskCount = first.longTaskCount;
    result.shift = first.shift;
    result.bytes = await bytesFetched(lib, servers.site.log);
    result.files = [...new Set(servers.site.log.filter((p) => p.startsWith(`/lib/${lib.name}/`)))].map((p) => p.slice(`/lib/${lib.name}/`.length)).sort();
    result.tagsBeforeConsent = servers.tags.log.length;
    if (!lib.banner) return result;

    const target = await page.evaluate(locate, { ...lib.accept, text: lib.accept.text?.source });
    if (!target) result.errors.push('accept button not found');
    else {
      // tarteaucitron wires its buttons 500 ms after showing them: a click before that does
      // nothing, as it would for a quick visitor. Click again, up to 4 times, and count.
      let tagged = false;
      for (result.clicks = 1; result.clicks <= 4 && !tagged; result.clicks++) {
        await page.mouse.click(target.x, target.y);
        tagged = await waitFor(() => servers.tags.log.length > 0, result.clicks < 4 ? 600 : 3_000, 5);
      }
      result.clicks--;
      if (!tagged) result.errors.push('no tag requested after 4 clicks on accept all');
      else if (result.clicks > 1) result.errors.push('accept all needed more than one click');
      await waitFor(() => new Set(servers.tags.log).size > 1, 500);
      // A resource entry is added once its response has arrived: wait for it.
      const firstTag = () =>
        page.evaluate((host) => {
          const starts = performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.includes(host))
            .map((entry) => entry.startTime);
          return starts.length && window.__bench.clickAt !== null ? Math.min(...starts) - window.__bench.clickAt : null;
        }, TAG_HOST);
      if (tagged) await waitFor(async () => (result.clickToTag = await firstTag()) !== null, 2_000, 50);
      result.tagsAfterConsent = [...new Set(servers.tags.log)].length;
    }

    if (rate === 1) {
      // Return visit: same visitor, valid decision, nothing cached (no-store).
      await page.close();
      ({ page, cdp } = await openPage(context, lib, 1));
      servers.site.log.length = 0;
      servers.tags.log.length = 0;
      await page.goto(`${urls.site}/page/${lib.name}`, { waitUntil: 'load', timeout: 30_000 });
      await sleep(250);
      result.returnScript = await scriptDuration(cdp);
      const again = await page.evaluate(() => ({ shown: window.__bench.isShown(), visibleAt: window.__bench.visibleAt }));
      if (again.shown || again.visibleAt !== null) result.errors.push('banner shown again on the return visit');
      result.returnBytes = await bytesFetched(lib, servers.site.log);
      result.returnTags = [...new Set(servers.tags.log)].length;
    }
  } catch (error) {
    result.errors.push(String(error.message ?? error).split('\n')[0]);
  } finally {
    await context.close().catch(() => {});
  }
  return result;
}

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** The value seen most often (the file list of a first visit). */
function mostCommon(values) {
  const counts = new Map();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best ? best[0].split(' ').filter(Boolean) : [];
}

function summarise(lib, loads) {
  const at1 = loads.filter((l) => l.rate === 1);
  const at4 = loads.filter((l) => l.rate === 4);
  const pick = (list, key) => median(list.map((l) => key.split('.').reduce((o, k) => o?.[k], l)));
  const errors = {};
  for (const message of loads.flatMap((l) => l.errors)) errors[message] = (errors[message] ?? 0) + 1;
  return {
    name: lib.name,
    label: lib.label,
    note: lib.note,
    floor: lib.floor,
    ours: lib.ours,
    loads: loads.length,
    failedLoads: loads.filter((l) => l.errors.length).length,
    errors,
    firstVisitBytes: { raw: pick(at1, 'bytes.raw'), gzip: pick(at1, 'bytes.gzip'), brotli: pick(at1, 'bytes.brotli'), files: pick(at1, 'bytes.files') },
    returnVisitBytes: { raw: pick(at1, 'returnBytes.raw'), gzip: pick(at1, 'returnBytes.gzip'), brotli: pick(at1, 'returnBytes.brotli'), files: pick(at1, 'returnBytes.files') },
    bannerVisible: { x1: pick(at1, 'visible'), x4: pick(at4, 'visible') },
    firstPaint: { x1: pick(at1, 'firstPaint'), x4: pick(at4, 'firstPaint') },
    scriptDuration: { x1: pick(at1, 'script'), x4: pick(at4, 'script'), return: pick(at1, 'returnScript') },
    longTasks: { x1: pick(at1, 'longTasks'), x4: pick(at4, 'longTasks'), countX4: pick(at4, 'longTaskCount') },
    ownLongestTask: { x4: pick(at4, 'ownTask'), x4Max: Math.max(...at4.map((l) => l.ownTask ?? 0)), taskX4: pick(at4, 'ownTaskLength') },
    firstVisitFiles: mostCommon(at1.map((l) => (l.files ?? []).join(' '))),
    layoutShift: { x1: pick(at1, 'shift'), x4: pick(at4, 'shift') },
    clickToTag: { x1: pick(at1, 'clickToTag'), x4: pick(at4, 'clickToTag') },
    blocksTags: !lib.banner ? null : loads.every((l) => l.tagsBeforeConsent === 0),
    tagsRunAfterAccept: !lib.banner ? null : loads.filter((l) => l.tagsAfterConsent === 2).length,
    loadsNeedingMoreClicks: loads.filter((l) => l.clicks > 1).length,
    tagsOnReturn: median(at1.map((l) => l.returnTags)),
  };
}

const kib = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} KiB`);
const ms = (value) => (value == null ? '–' : value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`);

/** The consent tools we compare with: not us, not the page alone, not the Lit floor. */
const isReference = (result) => result.name !== OURS && !result.ours && result.name !== BASELINE && !result.floor;

/** "x (0.5×)": the figure and its ratio to the best reference library in the same column. */
function withRatio(results, get, format) {
  const references = results.filter(isReference).map(get).filter((v) => v != null);
  const best = references.length ? Math.min(...references) : null;
  return (result) => {
    const value = get(result);
    if (value == null) return '–';
    if (best == null || best === 0 || result.name === BASELINE || result.floor || result.ours) return format(value);
    return `${format(value)} (${(value / best).toFixed(2)}×)`;
  };
}

/** Issue 19's figure for a return visit: everything the library fetches, gzip. */
const RETURN_LIMIT = 6144;
/** Issue 19's figure for a French first visit: 0.8× vanilla-cookieconsent's 15,498 B. */
const FRENCH_LIMIT = 12398;
/** Issue 19: a bundler user who imports only consent-elements/consent-banner ships ≤ 6 KiB gzip of ours. */
const BANNER_ENTRY_LIMIT = 6144;

/** Issue 19's targets for consent-elements (installed as `name` says), checked against this run's medians. */
function targets(results, extra = {}, name = OURS) {
  const ours = results.find((r) => r.name === name);
  const vanilla = results.find((r) => r.name === 'vanilla-cookieconsent');
  const baseline = results.find((r) => r.name === BASELINE);
  const references = results.filter(isReference);
  if (!ours) return [];
  const fastest = (rate) => Math.min(...references.map((r) => r.bannerVisible[rate] ?? Infinity));
  const row = (label, value, limit, format, ratio) => ({
    target: label,
    value: value == null ? '–' : `${format(value)}${ratio != null && Number.isFinite(ratio) ? ` (${ratio.toFixed(2)}×)` : ''}`,
    limit: limit == null || !Number.isFinite(limit) ? '–' : format(limit),
    met: value == null || limit == null || !Number.isFinite(limit) ? null : value <= limit,
  });
  const bytes = (b) => `${Math.round(b).toLocaleString('en')} B`;
  const plus = (v) => `${v < 0 ? '−' : '+'}${ms(Math.abs(v))}`;
  const french = ours.firstVisitFiles.some((file) => /-fr\.js$/.test(file));
  const frenchLimit = vanilla?.firstVisitBytes.gzip ? Math.min(FRENCH_LIMIT, 0.8 * vanilla.firstVisitBytes.gzip) : FRENCH_LIMIT;
  const script = (rate) => row(`script time ${rate === 'x1' ? '1' : '4'}× ≤ 1.0× vanilla-cookieconsent (aim 0.5×)`, ours.scriptDuration[rate], vanilla?.scriptDuration[rate], ms, vanilla && ours.scriptDuration[rate] / vanilla.scriptDuration[rate]);
  const visible = (rate) => {
    const best = references.length ? fastest(rate) : null;
    return row(`banner visible ${rate === 'x1' ? '1' : '4'}× ≤ 0.8× the fastest reference library`, ours.bannerVisible[rate], best && 0.8 * best, ms, best && ours.bannerVisible[rate] / best);
  };
  const lh = extra.lighthouse;
  const banner = extra.npmEntries?.find((r) => r.entry === './consent-banner');
  return [
    script('x1'),
    script('x4'),
    row('first paint 1×: added to the page alone ≤ 30 ms', baseline && ours.firstPaint.x1 != null ? ours.firstPaint.x1 - baseline.firstPaint.x1 : null, 30, plus),
    row('Lighthouse mobile, demo home page (fastest install): FCP added ≤ 0.15 s', lh?.fcpAdded ?? null, FCP_LIMIT_MS, (v) => `${v < 0 ? '−' : '+'}${(Math.abs(v) / 1000).toFixed(2)} s`),
    row('Lighthouse mobile, demo home page (one synchronous tag): FCP added ≤ 0.15 s', lh?.fcpAddedSync ?? null, FCP_LIMIT_MS, (v) => `${v < 0 ? '−' : '+'}${(Math.abs(v) / 1000).toFixed(2)} s`),
    {
      target: 'Lighthouse: consent-elements.js flagged render-blocking (fastest install / synchronous tag)',
      value: lh ? `${lh.with.libraryRenderBlocking} / ${lh.sync.libraryRenderBlocking} of ${lh.with.runs} runs` : '–',
      limit: '(reported)',
      met: null,
    },
    visible('x1'),
    visible('x4'),
    row("longest long task of the library's own at 4× ≤ 50 ms", ours.ownLongestTask.x4, 50, ms),
    row('return visit, gzip ≤ 6,144 B', ours.returnVisitBytes.gzip, RETURN_LIMIT, bytes),
    {
      ...row(`French first visit, gzip ≤ ${bytes(frenchLimit)} (0.8× vanilla-cookieconsent)`, french ? ours.firstVisitBytes.gzip : null, frenchLimit, bytes),
      ...(french ? {} : { value: `not French: ${ours.firstVisitFiles.join(', ')}`, met: false }),
    },
    row('npm: `consent-elements/consent-banner` alone, ours, gzip ≤ 6 KiB', banner?.ours.initial ?? null, BANNER_ENTRY_LIMIT, bytes),
  ];
}

function markdown(summary) {
  const { results } = summary;
  const columns = [
    ['JS+CSS gzip, first visit', (r) => r.firstVisitBytes.gzip, kib],
    ['brotli', (r) => r.firstVisitBytes.brotli, kib],
    ['return visit gzip', (r) => r.returnVisitBytes.gzip, kib],
    ['banner visible 1×', (r) => r.bannerVisible.x1, ms],
    ['banner visible 4×', (r) => r.bannerVisible.x4, ms],
    ['first paint 1× / 4×', (r) => r.firstPaint.x1, (v, r) => `${ms(v)} / ${ms(r.firstPaint.x4)}`, { noRatio: true }],
    ['script time 1×', (r) => r.scriptDuration.x1, ms],
    ['script time 4×', (r) => r.scriptDuration.x4, ms],
    ['long tasks 4×', (r) => r.longTasks.x4, ms],
    ["own longest task 4×", (r) => r.ownLongestTask.x4, ms],
    ['click→tag 1×', (r) => r.clickToTag.x1, ms],
    ['click→tag 4×', (r) => r.clickToTag.x4, ms],
  ];
  // First paint is the page's, not the banner's: the floor under "banner visible", without a ratio.
  const cells = columns.map(([, get, format, options]) =>
    options?.noRatio ? (r) => (get(r) == null ? '–' : format(get(r), r)) : withRatio(results, get, format),
  );
  const lines = [
    `| library | ${columns.map(([title]) => title).join(' | ')} | layout shift | tags blocked until accept, then run |`,
    `| --- | ${columns.map(() => '---').join(' | ')} | --- | --- |`,
    ...results.map(
      (r) =>
        `| ${r.label}${r.note ? ' ¹' : ''} | ${cells.map((cell) => cell(r)).join(' | ')} | ${r.layoutShift.x1?.toFixed(3) ?? '–'} | ${r.blocksTags == null ? '–' : `${r.blocksTags ? 'yes' : '**no**'}, ${r.tagsRunAfterAccept}/${r.loads}`} |`,
    ),
  ];
  const notes = results.filter((r) => r.note).map((r) => `- ${r.label}: ${r.note}.`);
  const problems = results.flatMap((r) =>
    Object.entries(r.errors).map(([message, count]) => `- ${r.label}: ${message} (${count} of ${r.loads} loads).`),
  );
  const goal = (t) => `| ${t.target} | ${t.value} | ${t.limit} | ${t.met == null ? '–' : t.met ? 'met' : '**not met**'} |`;
  const goals = summary.targets.map(goal);
  // The fastest install changes the page's timing, not what it downloads: its timing rows only.
  const goalsAsync = (summary.targetsAsync ?? []).filter((t) => /time|paint|visible|task/.test(t.target) && !/Lighthouse/.test(t.target)).map(goal);
  return [
    `Median of ${summary.runs} fresh loads per library and CPU rate, interleaved; ${summary.browser}, ${summary.cpus} CPU cores, ${summary.date}.`,
    'Ratios in brackets are against the best reference library (not counting consent-elements or the Lit floor) in the same column.',
    "\"Own longest task 4×\": of the page's long tasks (`longtask` entries) in each 4× load, the one where the library's own code ran longest, and how long it ran there: the task's duration × the share of its CPU-profile samples (CDP Profiler, 0.5 ms) whose JS stack holds a frame from the library's files, what it calls included.",
    `consent-elements' first visit fetched: ${summary.results.find((r) => r.name === OURS)?.firstVisitFiles.join(', ') || '–'} (the page is \`<html lang="fr">\`, the config sets no language: the banner shows in French).`,
    '',
    ...lines,
    '',
    '¹ Notes:',
    ...notes,
    ...(problems.length ? ['', 'Problems:', ...problems] : []),
    ...(summary.lighthouse ? ['', '## Lighthouse: the demo home page with and without the library', '', lighthouseMarkdown(summary.lighthouse)] : []),
    ...(summary.npmEntries
      ? ['', '## npm entries', '', `What a bundler user ships per entry of package.json "exports", gzip: [npm-entries.md](npm-entries.md). Importing only \`consent-elements/consent-banner\`: ${summary.npmEntries.find((r) => r.entry === './consent-banner')?.ours.initial.toLocaleString('en')} B of ours.`]
      : []),
    ...(goals.length ? ['', '## Targets for consent-elements (issue 19), in this run: one synchronous tag', '', '| target | measured | limit | |', '| --- | --- | --- | --- |', ...goals] : []),
    ...(goalsAsync.length
      ? ['', '## The same timing targets, fastest install (inline Consent Mode default, core async)', '', '| target | measured | limit | |', '| --- | --- | --- | --- |', ...goalsAsync]
      : []),
    '',
    `Run: ${summary.runs} loads per library and CPU rate${summary.runs < 15 ? ' (fewer than the 15 of earlier rounds, to keep \`npm run bench\` near 12 minutes)' : ''}, Lighthouse ${summary.lighthouse?.runs ?? 0} runs per variant; this script took ${summary.seconds} s after the build. Machine load (uptime's 1/5/15-minute load averages) at the start: ${summary.load.start}; at the end: ${summary.load.end}. The machine is shared: absolute times vary from run to run, ratios within one run less.`,
    '',
  ].join('\n');
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const tmp = await mkdtemp(join(tmpdir(), 'consent-bench-'));
  const tagsServer = tagServer();
  const tagPort = await listen(tagsServer.server);
  const tags = { analytics: `http://${TAG_HOST}:${tagPort}/analytics.js`, ads: `http://${TAG_HOST}:${tagPort}/ads.js` };
  const all = libraryFactories.map((factory) => factory(tags));
  const libs = all.filter((lib) => !args.only || args.only.includes(lib.name));
  if (!libs.length) throw new Error(`--only matched none of ${all.map((lib) => lib.name).join(', ')}`);
  for (const [lib, entry] of [['c15t', 'c15t-banner'], ['lit-floor', 'lit-floor']]) {
    const built = libs.find((l) => l.name === lib);
    if (!built) continue;
    built.dir = `${tmp}/`;
    await buildBenchScript(entry, tmp);
  }
  const servers = { site: siteServer(new Map(libs.map((lib) => [lib.name, lib]))), tags: tagsServer };
  const urls = { site: `http://127.0.0.1:${await listen(servers.site.server)}` };

  if (args.serve) {
    for (const lib of libs) console.log(`${urls.site}/page/${lib.name}`);
    console.log(`tags on 127.0.0.1:${tagPort}; start Chromium with --host-resolver-rules="MAP ${TAG_HOST} 127.0.0.1"`);
    return;
  }
  const loadStart = loadavg().map((v) => v.toFixed(2)).join(', ');
  const browser = await puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...chromeArgs, `--host-resolver-rules=MAP ${TAG_HOST} 127.0.0.1`],
  });
  const started = Date.now();
  const loads = new Map(libs.map((lib) => [lib.name, []]));
  try {
    for (let run = 0; run < args.runs; run++) {
      // Rotate the order so that no library always runs first after a pause.
      const order = libs.map((_, i) => libs[(i + run) % libs.length]);
      for (const rate of [1, 4])
        for (const lib of order) loads.get(lib.name).push(await visit(browser, lib, urls, servers, rate));
      const elapsed = (Date.now() - started) / 1000;
      const left = (elapsed / (run + 1)) * (args.runs - run - 1);
      process.stdout.write(`run ${run + 1}/${args.runs} done in ${elapsed.toFixed(0)} s, about ${left.toFixed(0)} s left\n`);
    }
    const summary = {
      date: new Date().toISOString(),
      browser: await browser.version(),
      cpus: cpus().length,
      runs: args.runs,
      method: 'see bench/run.mjs and the benchmark section of CONTRIBUTING.md',
      results: libs.map((lib) => summarise(lib, loads.get(lib.name))),
    };
    await browser.close();
    if (args.npmEntries) {
      process.stdout.write('bundling the npm entries (bench/npm-entries.mjs)…\n');
      summary.npmEntries = await npmEntries();
      await mkdir(join(here, 'results'), { recursive: true });
      await writeFile(join(here, 'results', 'npm-entries.md'), npmEntriesMarkdown(summary.npmEntries, summary.date));
      await writeFile(join(here, 'results', 'npm-entries.json'), `${JSON.stringify(summary.npmEntries, null, 2)}\n`);
    }
    if (args.lighthouseRuns)
      summary.lighthouse = await lighthouseDemo({ runs: args.lighthouseRuns, log: (line) => process.stdout.write(`${line}\n`) });
    summary.seconds = Math.round((Date.now() - started) / 1000);
    summary.load = { start: loadStart, end: loadavg().map((v) => v.toFixed(2)).join(', ') };
    summary.targets = targets(summary.results, { lighthouse: summary.lighthouse, npmEntries: summary.npmEntries });
    summary.targetsAsync = targets(summary.results, { lighthouse: summary.lighthouse, npmEntries: summary.npmEntries }, OURS_ASYNC);
    const table = markdown(summary);
    await mkdir(join(here, 'results'), { recursive: true });
    await writeFile(join(here, 'results', 'latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
    await writeFile(join(here, 'results', 'latest.md'), `# Benchmark: latest results\n\n${table}`);
    console.log(`\n${table}`);
    console.log(`wrote bench/results/latest.json and latest.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close().catch(() => {});
    servers.site.server.close();
    servers.tags.server.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
