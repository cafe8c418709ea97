// The dashboard in headless Chromium, as a site owner uses it: the page asks for the token,
// keeps it in sessionStorage and sends it only in a header; with real records stored, it
// draws its charts and tables, and axe finds no violation in light or dark.
// DASHBOARD_SCREENSHOT=path.png also saves a screenshot of the filled dashboard.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome-path.mjs';
import { post, record, startServer, TOKEN } from '../../helpers/consent-server.mjs';

const DAY = 86_400_000;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server;
let browser;
const bodies = [];

before(async () => {
  server = await startServer({ kind: 'pglite' });
  // Three weeks of decisions, a few more each day, accept-all gaining on reject-all; French,
  // English and German visitors over four pages. A fixed PRNG keeps the figures the same.
  const now = Date.now();
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let day = 20; day >= 0; day--)
    for (let i = 0, n = 6 + Math.round((20 - day) * 0.6 + rand() * 5); i < n; i++) {
      const roll = rand() + (20 - day) * 0.01;
      const reason = roll < 0.3 ? 'reject-all' : roll < 0.42 ? 'close' : roll < 0.6 ? 'save' : roll < 0.64 ? 'reset' : 'accept-all';
      const custom = reason == 'save';
      bodies.push(
        record({
          timestamp: now - day * DAY - i * 60_000,
          reason,
          gpc: rand() < 0.08,
          language: ['fr', 'fr', 'fr', 'en', 'de'][Math.floor(rand() * 5)],
          url: `https://www.example.fr/${['', 'boutique', 'blog/cookies', 'contact'][Math.floor(rand() * 4)]}`,
          choices: reason == 'accept-all'
            ? { necessary: true, analytics: true, marketing: true, functional: true }
            : { necessary: true, analytics: custom && rand() < 0.7, marketing: custom && rand() < 0.3, functional: custom && rand() < 0.8 },
        }),
      );
    }
  for (const body of bodies) assert.equal((await post(server.base, body)).status, 204);
  browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const count = (language) => bodies.filter((b) => b.language == language).length;

async function openDashboard(page) {
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  // The page's CSP (script-src 'self') would refuse the injected axe-core.
  await page.setBypassCSP(true);
  await page.goto(`${server.base}/dashboard`);
  await page.waitForSelector('#login:not([hidden])');
  return urls;
}

const violations = async (page) => {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`));
};

test('a wrong token is refused and nothing is shown', async () => {
  const page = await browser.newPage();
  try {
    await openDashboard(page);
    await page.type('#token', 'not-the-token');
    await page.click('#login button');
    await page.waitForFunction(() => document.getElementById('login-error').textContent.includes('refused'));
    assert.equal(await page.$eval('#report', (el) => el.hidden), true);
    assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  } finally {
    await page.close();
  }
});

test('with the token, the dashboard draws the records; the token never appears in a URL', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  try {
    const urls = await openDashboard(page);
    assert.deepEqual(await violations(page), [], 'sign-in form');
    await page.type('#token', TOKEN);
    await page.click('#login button');
    await page.waitForFunction(() => /\d+ decisions from/.test(document.getElementById('status').textContent));
    assert.match(await page.$eval('#status', (el) => el.textContent), new RegExp(`^${bodies.length} decisions from `));
    assert.equal(await page.$eval('#login', (el) => getComputedStyle(el).display), 'none', 'the sign-in form is gone');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('consent-elements-admin-token')), TOKEN);
    assert.ok(urls.some((url) => url.includes('/stats?')));
    for (const url of [...urls, page.url()]) assert.ok(!url.includes(TOKEN), url);

    // Charts drawn with something on them, tables filled, summary computed.
    const inked = await page.$$eval('.chart canvas', (canvases) =>
      canvases.map((canvas) => {
        const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
        let painted = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]) painted++;
        return painted;
      }),
    );
    assert.equal(inked.length, 2);
    for (const pixels of inked) assert.ok(pixels > 1000, `chart pixels ${pixels}`);
    assert.deepEqual(await page.$$eval('#rates-legend li', (items) => items.map((li) => li.textContent)), ['analytics', 'functional', 'marketing', 'necessary']);
    assert.deepEqual(
      await page.$$eval('#languages tbody tr', (rows) => rows.map((row) => row.cells[0].textContent)),
      ['fr', ...['de', 'en'].sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1))],
    );
    assert.equal(await page.$$eval('#pages tbody tr', (rows) => rows.length), 4);
    const accepted = bodies.filter((b) => b.reason == 'accept-all').length;
    assert.equal((await page.$$eval('#summary dd', (dds) => dds.map((dd) => dd.textContent)))[1], `${((100 * accepted) / bodies.length).toFixed(1)} %`);
    const summary = await page.$$eval('#summary div', (divs) => Object.fromEntries(divs.map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent])));
    assert.equal(summary.Decisions, String(bodies.length));

    assert.deepEqual(await violations(page), [], 'light');
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor == 'rgb(17, 20, 24)');
    assert.deepEqual(await violations(page), [], 'dark');
    if (process.env.DASHBOARD_SCREENSHOT) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      await page.screenshot({ path: process.env.DASHBOARD_SCREENSHOT, fullPage: true });
    }

    // A reload keeps the session (same tab); signing out forgets the token.
    await page.reload();
    await page.waitForSelector('#report:not([hidden])');
    await page.click('#sign-out');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('consent-elements-admin-token')), null);
    assert.equal(await page.$eval('#login', (el) => el.hidden), false);
  } finally {
    await page.close();
  }
});
