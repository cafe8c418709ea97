/**
 * Time from an "accept all" click to the first tag request reaching a third-party server.
 *
 *   npx rollup -c && node bench/click-to-tag.mjs [runs=20]
 *
 * A page on one local origin loads the script-tag build (dist/consent-elements.js) with a
 * config whose analytics service has one script on another origin: the counting server of
 * the tests (test/server/tag-server.mjs). In a fresh browser context per run, headless
 * Chromium loads the page, a real mouse click hits a button whose handler calls
 * `consentElements.acceptAll()`, and we take the time from the click event to the moment the
 * server receives the script request (both clocks are the machine's wall clock, read with
 * sub-millisecond precision: `performance.timeOrigin + …`). Also reported, on the browser's
 * clock alone: click to the request's `startTime` (Resource Timing), when the fetch began, and
 * the same from the start of the click handler, and from the handler to the moment the real
 * tag script enters the page (the library's own share).
 * Prints the median of the runs and writes bench/results/click-to-tag.json.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../scripts/chrome-path.mjs';
import { startTagServer } from '../test/server/tag-server.mjs';

const runs = Number(process.argv[2] ?? 20);
const dist = new URL('../dist/', import.meta.url);
const tags = await startTagServer();

const page = (run) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>click to tag</title>
<script>
  window.consentElementsConfig = {
    cookie: { name: 'bench_consent', sameSite: 'Lax' },
    categories: {
      analytics: { label: 'Analytics', services: [{ name: 'GA4', scripts: ['${tags.origin}/${run}/gtag.js'] }] },
    },
  };
</script>
<script>
  // When the real (no longer text/plain) tag script enters the page.
  new MutationObserver((records) => {
    for (const { addedNodes } of records)
      for (const node of addedNodes)
        if (node.localName == 'script' && node.src.includes('/gtag.js') && !node.type)
          window.insertedAt ??= performance.timeOrigin + performance.now();
  }).observe(document, { childList: true, subtree: true });
</script>
<script src="/dist/consent-elements.js" data-no-banner></script>
</head><body>
<button id="accept" style="font-size:2em">Accept all</button>
<script>
  document.getElementById('accept').addEventListener('click', (event) => {
    window.clickedAt = performance.timeOrigin + event.timeStamp;
    window.handledAt = performance.timeOrigin + performance.now();
    window.consentElements.acceptAll();
    window.returnedAt = performance.timeOrigin + performance.now();
  });
</script>
</body></html>`;

const site = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://site');
  if (url.pathname.startsWith('/dist/')) {
    try {
      const body = await readFile(new URL(url.pathname.slice(6), dist));
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
    } catch {
      return res.writeHead(404).end();
    }
  }
  res.writeHead(200, { 'content-type': 'text/html' }).end(page(url.searchParams.get('run')));
});
await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
const siteOrigin = `http://127.0.0.1:${site.address().port}`;

const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
const version = await browser.version();
const toServer = [];
const toFetchStart = [];
const handlerToFetchStart = [];
const handlerToInsert = [];
const acceptAllTime = [];
try {
  for (let i = 0; i < runs; i++) {
    const run = `bench${i}`;
    const context = await browser.createBrowserContext();
    const tab = await context.newPage();
    await tab.goto(`${siteOrigin}/?run=${run}`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.consentElements?.ready);
    await tab.click('#accept');
    const deadline = Date.now() + 5000;
    let entry;
    while (!(entry = tags.log.find((e) => e.path.startsWith(`/${run}/`))) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 1));
    if (!entry) throw new Error(`run ${i}: the tag was never requested`);
    const [clickedAt, handledAt, insertedAt, returnedAt] = await tab.evaluate(() => [
      window.clickedAt,
      window.handledAt,
      window.insertedAt,
      window.returnedAt,
    ]);
    acceptAllTime.push(returnedAt - handledAt);
    handlerToInsert.push(insertedAt - handledAt);
    const fetchStart = await tab.evaluate(async (origin) => {
      for (let tries = 0; tries < 200; tries++) {
        const timing = performance.getEntriesByType('resource').find((e) => e.name.startsWith(origin));
        if (timing) return performance.timeOrigin + timing.startTime;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }, tags.origin);
    toServer.push(entry.time - clickedAt);
    if (fetchStart) toFetchStart.push(fetchStart - clickedAt), handlerToFetchStart.push(fetchStart - handledAt);
    await context.close();
  }
} finally {
  await browser.close();
  site.close();
  await tags.close();
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (ms) => Math.round(ms * 100) / 100;
const stats = (values) =>
  values.length ? { median: round(median(values)), min: round(Math.min(...values)), max: round(Math.max(...values)) } : null;
const result = {
  date: new Date().toISOString(),
  browser: version,
  runs,
  clickToServerMs: stats(toServer),
  clickToFetchStartMs: stats(toFetchStart),
  handlerToFetchStartMs: stats(handlerToFetchStart),
  handlerToScriptInPageMs: stats(handlerToInsert),
  /** `acceptAll()` itself: the store, its cookie and every synchronous listener. */
  acceptAllCallMs: stats(acceptAllTime),
  loadAverage: os.loadavg().map(round),
  samples: toServer.map(round),
};
await mkdir(new URL('results/', import.meta.url), { recursive: true });
await writeFile(new URL('results/click-to-tag.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
console.log(
  `click → tag request at the server: median ${result.clickToServerMs.median} ms over ${runs} runs ` +
    `(min ${result.clickToServerMs.min}, max ${result.clickToServerMs.max}); ` +
    `click → fetch start (browser clock): median ${result.clickToFetchStartMs?.median} ms; ` +
    `click handler → fetch start: median ${result.handlerToFetchStartMs?.median} ms; ` +
    `click handler → tag script in the page: median ${result.handlerToScriptInPageMs?.median} ms, ` +
    `of which acceptAll() itself ${result.acceptAllCallMs?.median} ms (load average ${result.loadAverage[0]})`,
);
