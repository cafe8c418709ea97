// The demo (`npm start` = demo/serve.mjs) runs the consent-records server beside its pages:
// a decision posted to the endpoint its config names, as the library posts it, is in the
// database, readable with the admin token the demo printed at start; so is one taken by
// clicking in a demo page in headless Chromium.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome-path.mjs';
import { pgliteDir, record } from '../../helpers/consent-server.mjs';

const SERVE = new URL('../../../demo/serve.mjs', import.meta.url).pathname;
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dataDir = await pgliteDir();
const port = await freePort();
const { CONSENT_ADMIN_TOKEN, ...env } = process.env;
// No CONSENT_ADMIN_TOKEN: the demo makes one up and prints it.
const child = spawn(process.execPath, [SERVE], { env: { ...env, PORT: String(port), CONSENT_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] });
const exited = new Promise((resolve) => child.on('exit', resolve));
process.on('exit', () => child.kill('SIGKILL'));
after(async () => {
  if (child.exitCode == null) child.kill('SIGTERM');
  await exited;
  rmSync(dataDir, { recursive: true, force: true });
});

let output = '';
await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`the demo did not start:\n${output}`)), 60_000);
  child.stdout.on('data', (data) => {
    output += data;
    if (/Admin token.*: \S+\n/.test(output)) clearTimeout(timer), resolve();
  });
  child.stderr.on('data', (data) => (output += data));
  child.on('exit', (code) => (clearTimeout(timer), reject(new Error(`the demo exited (${code}):\n${output}`))));
});
const base = `http://localhost:${port}`;
const token = /Admin token[^:]*: (\S+)/.exec(output)[1];

test('at start the demo prints the dashboard address and a random admin token', () => {
  assert.match(output, new RegExp(`dashboard ${base}/consent-records/dashboard`));
  assert.match(token, /^[0-9a-f]{48}$/);
});

test("a decision sent to the demo config's endpoint, as the library sends it, lands in the database", async () => {
  const endpoint = /proofOfConsent:\s*\{\s*endpoint:\s*'([^']+)'/.exec(readFileSync(new URL('../../../demo/agency-config.js', import.meta.url), 'utf8'))[1];
  assert.equal(endpoint, '/consent-records/consent');
  // What connectProofOfConsent posts with sendBeacon: JSON as text/plain, from a demo page.
  const decision = record({ policyVersion: '2.1', language: 'fr', url: `${base}/developpeurs.html`, browser: 'Chrome 156', reason: 'accept-all' });
  const sent = await fetch(base + endpoint, { method: 'POST', body: JSON.stringify(decision), headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: base } });
  assert.equal(sent.status, 204);

  const path = `/consent-records/consent/${decision.consentId}`;
  assert.equal((await fetch(base + path)).status, 401, 'reads need the token');
  const stored = await (await fetch(base + path, { headers: { Authorization: `Bearer ${token}` } })).json();
  assert.equal(stored.length, 1);
  const { receivedAt, ...kept } = stored[0];
  assert.deepEqual(kept, decision);
  assert.ok(receivedAt > 0);
});

test('the dashboard is served under /consent-records/, and the developers page links to it and says where the token is', async () => {
  const dashboard = await fetch(`${base}/consent-records/dashboard`);
  assert.equal(dashboard.status, 200);
  assert.match(await dashboard.text(), /<script src="dashboard\/app\.js"/);
  for (const page of ['/developpeurs.html', '/en/developpeurs.html']) {
    const html = await (await fetch(base + page)).text();
    assert.match(html, /href="\/consent-records\/dashboard"/);
    assert.match(html, /CONSENT_ADMIN_TOKEN/);
  }
  assert.equal((await fetch(`${base}/consent-log`)).status, 404, 'the old printing endpoint is gone');
});

test('a visitor accepting all on a demo page in Chromium: the library sends the record, and it is stored', async () => {
  const browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
  try {
    const page = await browser.newPage();
    const answered = new Promise((resolve) =>
      page.on('response', (response) => new URL(response.url()).pathname == '/consent-records/consent' && resolve(response.status())),
    );
    await page.goto(`${base}/developpeurs.html`);
    await page.waitForFunction(() => window.consentElements?.acceptAll);
    await page.evaluate(() => window.consentElements.acceptAll());
    assert.equal(await answered, 204);
    const consentId = /\|([0-9a-f-]{36})\|/.exec(await page.evaluate(() => document.cookie))[1];
    const stored = await (await fetch(`${base}/consent-records/consent/${consentId}`, { headers: { Authorization: `Bearer ${token}` } })).json();
    assert.equal(stored.length, 1);
    assert.equal(stored[0].reason, 'accept-all');
    assert.equal(stored[0].url, `${base}/developpeurs.html`);
    assert.equal(stored[0].choices.analytics, true);
  } finally {
    await browser.close();
  }
});
