// consent-elements-scan end to end: the real command, a real Chromium, the fixture sites of
// fixture-sites.mjs on 127.0.0.1 under fake host names. Nothing reaches the internet:
// --host-resolver-rules sends every host name to loopback.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../../scripts/chrome-path.mjs';
import { startFixtureSites } from './fixture-sites.mjs';

const require = createRequire(import.meta.url);
const bin = fileURLToPath(new URL('../../../bin/consent-elements-scan.mjs', import.meta.url));
const catalogue = fileURLToPath(new URL('fixtures/catalogue/', import.meta.url));
/** Every host name to loopback; the fixture's https answers with a self-signed certificate. */
const LOOPBACK_ONLY = ['--host-resolver-rules=MAP * 127.0.0.1', '--ignore-certificate-errors'];

let sites;
let work;
/** One browser for the whole file: each scan drives it through --browser-ws. */
let browser;
before(async () => {
  sites = await startFixtureSites();
  work = await mkdtemp(join(tmpdir(), 'consent-scan-'));
  browser = await launch({
    executablePath: chromePath(),
    headless: true,
    args: [...chromeArgs, ...LOOPBACK_ONLY],
  });
});
after(async () => {
  await browser?.close();
  await sites?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs the command; resolves with its exit code, output and, when written, its reports. */
function scan(args, { env = {}, shared = true } = {}) {
  const out = join(work, `out-${Math.random().toString(36).slice(2)}`);
  const driver = shared ? ['--browser-ws', browser.wsEndpoint()] : LOOPBACK_ONLY.map((flag) => `--chrome-arg=${flag}`);
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args, '--out', out, '--catalogue', catalogue, ...driver],
      { env: { ...process.env, ...env }, timeout: 90000 },
      async (error, stdout, stderr) => {
        const read = async (file) => (existsSync(join(out, file)) ? readFile(join(out, file), 'utf8') : undefined);
        const json = await read('report.json');
        const draft = await read('config.draft.json');
        resolve({
          code: error ? error.code : 0,
          stdout,
          stderr,
          out,
          report: json && JSON.parse(json),
          draft: draft && JSON.parse(draft),
          html: await read('report.html'),
        });
      },
    );
  });
}

const kinds = (report) => report.violations.map((v) => `${v.kind} ${v.phase} ${v.cookie ?? v.key ?? (v.url ? new URL(v.url).hostname : v.service)}`);

test('a site that loads an analytics tag before consent: violations with evidence, exit code 1', async () => {
  const { code, report, stdout, stderr, html, out } = await scan([sites.url('tracking.test'), '--pages', '3']);
  assert.equal(code, 1, stderr);
  assert.equal(report.usesLibrary, false);
  // The start page, its link, then the sitemap's page; the off-site redirect and the PDF are not pages.
  assert.deepEqual(report.pages.map((page) => new URL(page.url).pathname), ['/', '/about', '/from-sitemap']);
  assert.ok(report.pages.every((page) => page.phases.length == 1 && page.phases[0].phase == 'before-consent'), 'no library: the first phase alone');
  const violations = kinds(report);
  for (const expected of [
    'third-party-request before-consent www.googletagmanager.com',
    'third-party-request before-consent tracker.test',
    'cookie before-consent _ga',
    'cookie before-consent trk_uid',
    'storage before-consent trk_seen',
    'consent-mode-default before-consent www.googletagmanager.com',
  ])
    assert.ok(violations.includes(expected), `${expected} in ${violations.join(', ')}`);
  const ga = report.violations.find((v) => v.cookie == '_ga');
  assert.equal(ga.service, 'google-analytics');
  assert.match(ga.url, /^http:\/\/www\.googletagmanager\.com:\d+\/gtag\/js\?id=G-TEST$/, 'the script that wrote the cookie');
  assert.equal(ga.pages.length, 3);
  assert.deepEqual(report.unrecognised.cookies, ['trk_uid']);

  // The redirect off-site is listed, not followed: the browser never asked elsewhere.test for anything.
  const leave = report.skipped.find((s) => s.url.endsWith('/leave'));
  assert.match(leave.reason, /redirects off-site to http:\/\/elsewhere\.test:\d+\/landing \(not followed\)/);
  assert.deepEqual(sites.log.filter((r) => r.host == 'elsewhere.test'), []);
  assert.deepEqual(sites.log.filter((r) => r.path == '/report.pdf'), []);

  assert.match(stdout, /6 violations:|\d+ violations:/);
  assert.match(stdout, /Services recognised: Google Analytics \(analytics\)/);
  // Not a terminal: progress comes as plain lines on stderr.
  assert.match(stderr, /^\[1\/1\] before-consent http:\/\/tracking\.test:\d+\/$/m);
  assert.doesNotMatch(stderr, /\x1b\[/);
  assert.match(html, /<strong>\d+ violations found\.<\/strong>/);
  await assertAccessible(join(out, 'report.html'));
});

/** axe-core finds nothing wrong with the report, in light and dark colours. */
async function assertAccessible(file) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    for (const scheme of ['light', 'dark']) {
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
      assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.length}`), [], `axe in ${scheme} colours`);
    }
  } finally {
    await context.close();
  }
}

test('a site using this library properly: no violation, exit code 0, a draft naming the catalogue ids', async () => {
  const { code, report, draft, stdout, stderr, out } = await scan([sites.url('consent.test'), '--pages', '1']);
  assert.equal(code, 0, stderr + stdout);
  assert.deepEqual(report.violations, []);
  assert.equal(report.usesLibrary, true);
  assert.deepEqual(report.pages.map((page) => new URL(page.url).pathname), ['/']);
  assert.deepEqual(report.skipped.map((s) => [new URL(s.url).pathname, s.reason]), [['/video', 'beyond the 1-page limit']]);
  for (const page of report.pages) {
    const [beforeConsent, rejected, accepted] = page.phases;
    assert.deepEqual(page.phases.map((o) => o.phase), ['before-consent', 'after-reject', 'after-accept']);
    assert.deepEqual([beforeConsent.cookies, beforeConsent.requests], [[], []], 'nothing before consent');
    assert.deepEqual(rejected.cookies.map((c) => c.name), ['consent_elements'], 'only the consent cookie after refusal');
    assert.deepEqual(rejected.requests, []);
    assert.deepEqual(accepted.cookies.map((c) => c.name).sort(), ['_ga', '_ga_TEST', 'ab_test', 'consent_elements']);
    assert.ok(accepted.requests.some((r) => r.host == 'www.googletagmanager.com'), 'the tag loads once accepted');
    assert.equal(beforeConsent.consentMode.defaultIndex, 0, 'the library sets the Consent Mode default first');
  }
  assert.deepEqual(report.services.map((s) => s.id), ['google-analytics', 'youtube']);
  assert.deepEqual(draft.categories.analytics.services, ['google-analytics']);
  assert.deepEqual(draft.categories.marketing.services, ['youtube']);
  assert.deepEqual(draft.categories.unclassified.services, [{ name: 'consent.test (first party)', cookies: [{ name: 'ab_test', lifetime: 'P1D' }] }]);
  assert.equal(report.screenshot, 'screenshot.png');
  assert.deepEqual([...(await readFile(join(out, 'screenshot.png'))).subarray(1, 4)], [...Buffer.from('PNG')]);
  assert.match(stdout, /✓ No violation found\./);
});

test('--config: cookies the config does not declare and services it declares but never load are violations', async () => {
  const config = join(work, 'consent.json');
  await writeFile(config, JSON.stringify({ revision: 1, categories: { analytics: { services: ['google-analytics', 'matomo'] }, marketing: { services: ['youtube'] } } }));
  const { code, report, stderr } = await scan([sites.url('consent.test'), '--pages', '1', '--config', config]);
  assert.equal(code, 1, stderr);
  assert.equal(report.configChecked, true);
  assert.deepEqual(kinds(report), ['undeclared-cookie after-accept ab_test', 'declared-service-not-seen after-accept matomo']);
});

test('a site without any consent tool: the first phase alone, the server and pixel cookies as violations', async () => {
  const { code, report, stdout, stderr } = await scan([sites.url('plain.test'), '--pages', '1']);
  assert.equal(code, 1, stderr);
  assert.match(stdout, /consent-elements: not used by this site; measured before any choice only\./);
  const session = report.violations.find((v) => v.cookie == 'sessionid');
  assert.match(session.url, /^http:\/\/plain\.test:\d+\/$/, 'set by the page response (Set-Cookie)');
  assert.ok(report.violations.some((v) => v.cookie == '_fbp' && v.service == 'meta-pixel'));
  assert.equal(report.pages[0].phases[0].cookies.find((c) => c.name == 'sessionid').httpOnly, true);
});

test('a site that does not answer: exit code 2 and no report', async () => {
  const closed = await new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
  const { code, stderr, report } = await scan([`http://127.0.0.1:${closed}/`]);
  assert.equal(code, 2);
  assert.match(stderr, /could not be loaded: net::ERR_CONNECTION_REFUSED/);
  assert.equal(report, undefined);
});

test('a site that accepts connections but never answers: exit code 2 once --timeout has passed', async () => {
  const sockets = new Set();
  const silent = createServer((socket) => sockets.add(socket));
  await new Promise((resolve) => silent.listen(0, '127.0.0.1', resolve));
  try {
    const { code, stderr } = await scan([`http://127.0.0.1:${silent.address().port}/`, '--timeout', '2000']);
    assert.equal(code, 2);
    assert.match(stderr, /could not be loaded: Navigation timeout of 2000 ms exceeded/);
  } finally {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  }
});

test('no browser: a clear message and exit code 2', async () => {
  const { code, stderr } = await scan([sites.url('plain.test')], { env: { CHROME_PATH: '/nowhere/chromium' }, shared: false });
  assert.equal(code, 2);
  assert.match(stderr, /CHROME_PATH is \/nowhere\/chromium, which does not exist/);
});
