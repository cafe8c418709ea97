// The README's Next.js set-up in a real Next.js App Router app, installed from the npm registry:
// `next dev`, then `next build && next start`, driven by Chromium. React must report no
// hydration problem, for a first visit or a returning one whose analytics service's script runs,
// and "manage my cookies" must open one visible dialog while a left route's
// <consent-preferences> stays in the DOM, hidden (Next 16's cacheComponents).
// The app is test/nextjs/app-template/, copied into .cache/nextjs-app/ (git-ignored), whose
// node_modules is kept while the template's package.json is unchanged. Needs `npm run build`
// first (dist/) and the npm registry the first time.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromeArgs, chromePath } from '../../scripts/chrome-path.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const template = `${root}test/nextjs/app-template/`;
const app = `${root}.cache/nextjs-app/`;
const next = `${app}node_modules/next/dist/bin/next`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '' };
// Set by `node --test` for its own subprocesses: Next's Node processes are not tests.
delete env.NODE_TEST_CONTEXT;
/** What React (development or production) says when hydration goes wrong. */
const HYDRATION = /hydrat|did not match|mismatch|Minified React error #4(18|19|21|22|23|25)/i;

/** Processes started here, each the leader of its own group. */
const children = new Set();
const timings = {};
let browser;

/** Runs `command` to its end; rejects with its output's tail when it fails. */
function run(command, args, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: app, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      children.delete(child);
      if (code === 0) resolve(output);
      else reject(new Error(`${what} failed (exit ${code}):\n${output.slice(-3000)}`));
    });
  });
}

/** A port nobody listens on, on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts `next <mode>` and resolves with its base URL once it answers. */
async function startNext(mode) {
  const port = await freePort();
  const child = spawn(process.execPath, [next, mode, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: app,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((_, reject) =>
    child.on('exit', (code) => {
      reject(new Error(`next ${mode} exited (${code}):\n${output.slice(-3000)}`));
    }),
  );
  exited.catch(() => {});
  const base = `http://127.0.0.1:${port}`;
  // Next prints "Ready in …" once it listens (dev and start alike): wait for that line.
  const ready = new Promise((resolve) => {
    const check = () => /Ready in/.test(output) && resolve(base);
    child.stdout.on('data', check);
    child.stderr.on('data', check);
  });
  const url = await Promise.race([ready, exited]);
  // The favicon is a static file: it answers without compiling a route.
  assert.ok((await fetch(`${url}/favicon.ico`)).ok, `next ${mode} said it was ready but does not answer:\n${output.slice(-3000)}`);
  return { url, child };
}

/** Sends `name` to the process group led by `child` (its workers too, even once it has gone). */
function signal(child, name) {
  try {
    process.kill(-child.pid, name);
  } catch {
    /* the whole group is gone */
  }
}

/** Ends a process group started here: SIGTERM, then SIGKILL if it lingers. */
async function stop(child) {
  const running = child.exitCode === null && child.signalCode === null;
  const gone = running ? new Promise((resolve) => child.once('exit', resolve)) : undefined;
  signal(child, 'SIGTERM');
  const timer = setTimeout(() => signal(child, 'SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
  signal(child, 'SIGKILL');
  children.delete(child);
}

// Should the test process end without its `after` hooks (an interrupted run), no group outlives it.
process.on('exit', () => children.forEach((child) => signal(child, 'SIGKILL')));

/** The app, installed once per package.json, with this checkout's script-tag build. */
async function prepareApp() {
  assert.ok(existsSync(`${root}dist/consent-elements.js`), 'dist/consent-elements.js is missing: run `npm run build` first');
  const manifest = readFileSync(`${template}package.json`, 'utf8');
  const installed = `${app}node_modules/.fixture-package.json`;
  const upToDate = existsSync(installed) && readFileSync(installed, 'utf8') === manifest;
  if (!upToDate) rmSync(app, { recursive: true, force: true });
  mkdirSync(app, { recursive: true });
  rmSync(`${app}app`, { recursive: true, force: true });
  rmSync(`${app}public`, { recursive: true, force: true });
  cpSync(template, app, { recursive: true });
  if (!upToDate) {
    const started = Date.now();
    try {
      await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--fetch-retries=1', '--fetch-timeout=60000'], 'npm install');
    } catch (error) {
      throw new Error(
        `Could not install the Next.js test app from the npm registry (${process.env.npm_config_registry || 'https://registry.npmjs.org/'}): ` +
          `this test needs it the first time, then reuses .cache/nextjs-app/node_modules.\n${error.message}`,
      );
    }
    timings.install = Date.now() - started;
    cpSync(`${template}package.json`, installed);
  }
  const target = `${app}public/consent-elements/`;
  mkdirSync(target, { recursive: true });
  // What the README tells site owners to copy.
  for (const file of readdirSync(`${root}dist`)) if (/^consent-elements.*\.js$/.test(file)) cpSync(`${root}dist/${file}`, target + file);
}

/** A fresh browser profile whose page records what the console and React say. */
async function visitor() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => {
    if (message.type() == 'error' || message.type() == 'warn') messages.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) messages.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { context, page, messages };
}

/** Opens `url` (or reloads) and waits until React has hydrated (the app's <Hydrated> effect ran;
 * twice in development, where React's strict mode runs effects twice). */
async function load(page, url) {
  await (url ? page.goto(url, { waitUntil: 'load', timeout: 180_000 }) : page.reload({ waitUntil: 'load', timeout: 180_000 }));
  await page.waitForFunction(() => window.__hydrated >= 1, { timeout: 120_000 });
}

/** No hydration warning or error, nor any other error, among `messages`; then forgets them. */
function assertQuiet(messages, when) {
  const hydration = messages.filter((m) => HYDRATION.test(m));
  assert.deepEqual(hydration, [], `React reported a hydration problem ${when}:\n${hydration.join('\n')}`);
  assert.deepEqual(messages, [], `errors or warnings ${when}`);
  messages.length = 0;
}

/** Waits for the banner's "accept all" button to be on screen. */
const bannerShown = (page) =>
  page.waitForFunction(() => document.querySelector('consent-banner')?.shadowRoot?.querySelector('[part~="accept-button"]')?.checkVisibility(), {
    timeout: 60_000,
  });

/**
 * First visit: the banner, no hydration problem, no tag; then "accept all" and reloads.
 * `path` `/` has the README's <head> set-up and the site's own tag after the library's script;
 * `/next-script` the README's next/script `beforeInteractive` set-up with `data-config`.
 */
async function firstThenReturning(base, mode, path = '/') {
  const { context, page, messages } = await visitor();
  try {
    const started = Date.now();
    await load(page, base + path);
    if (mode == 'dev' && path == '/') timings.devFirstPage = Date.now() - started;
    await bannerShown(page);
    assertQuiet(messages, `on a first visit to ${path} (${mode})`);
    assert.equal(await page.evaluate(() => window.__analyticsRuns), undefined, 'the analytics script ran without consent');
    assert.equal(await page.evaluate(() => document.querySelectorAll('script[src="/analytics.js"]').length), 0);

    await page.evaluate(() => document.querySelector('consent-banner').shadowRoot.querySelector('[part~="accept-button"]').click());
    await page.waitForFunction(() => window.__analyticsRuns === 1, { timeout: 30_000 });

    for (let visit = 1; visit <= 3; visit++) {
      await load(page);
      await page.waitForFunction(() => window.__analyticsRuns === 1, { timeout: 30_000 });
      assertQuiet(messages, `on return visit ${visit} to ${path} with analytics granted (${mode})`);
      const state = await page.evaluate(() => ({
        banner: !!document.querySelector('consent-banner'),
        siteTag: window.__siteTagRuns ?? 0,
        analytics: document.querySelectorAll('script[src="/analytics.js"]').length,
      }));
      assert.deepEqual(state, { banner: false, siteTag: path == '/' ? 1 : 0, analytics: 1 }, `return visit ${visit} to ${path} (${mode})`);
    }
    return { context, page, messages };
  } catch (error) {
    await context.close();
    throw error;
  }
}

describe('a real Next.js 16 App Router app with the README set-up', { timeout: 600_000 }, () => {
  const started = Date.now();
  before(async () => {
    await prepareApp();
    browser = await puppeteer.launch({ executablePath: chromePath(), headless: true, args: chromeArgs });
  });

  after(async () => {
    await browser?.close();
    await Promise.all([...children].map(stop));
    timings.total = Date.now() - started;
    console.log(`# nextjs timings (ms): ${JSON.stringify(timings)}`);
  });

  for (const mode of ['dev', 'production'])
    describe(mode == 'dev' ? 'next dev' : 'next build && next start', () => {
      let server;
      let returning;
      before(async () => {
        const begun = Date.now();
        if (mode == 'dev') {
          server = await startNext('dev');
          timings.devReady = Date.now() - begun;
        } else {
          await run(process.execPath, [next, 'build'], 'next build');
          timings.build = Date.now() - begun;
          server = await startNext('start');
        }
      });
      after(async () => {
        await returning?.context.close();
        if (server) await stop(server.child);
      });

      it('shows the banner on a first visit, then runs the granted analytics script on every return, without a hydration warning', async () => {
        returning = await firstThenReturning(server.url, mode);
      });

      it('does the same with the next/script beforeInteractive set-up', async () => {
        const { context } = await firstThenReturning(server.url, mode, '/next-script');
        await context.close();
      });

      it('renders the policy page without a hydration warning', async () => {
        assert.ok(returning, 'needs the returning visitor of the first test');
        const { page, messages } = returning;
        await load(page, `${server.url}/policy`);
        await page.waitForFunction(() => /Fixture SAS/.test(document.querySelector('privacy-policy')?.textContent ?? ''), { timeout: 60_000 });
        assertQuiet(messages, `on the policy page (${mode})`);
      });

      it('opens one visible dialog from "manage my cookies" after a settings page with <consent-preferences> was left by a client-side link', async () => {
        assert.ok(returning, 'needs the returning visitor of the first test');
        const { page, messages } = returning;
        await load(page, `${server.url}/settings`);
        await page.waitForFunction(() => document.querySelector('consent-preferences')?.shadowRoot, { timeout: 30_000 });
        await page.click('#link-home');
        await page.waitForFunction(() => document.querySelector('#home')?.checkVisibility() && !document.querySelector('#settings')?.checkVisibility(), {
          timeout: 60_000,
        });
        const left = await page.evaluate(() => document.querySelectorAll('consent-preferences').length);
        // Next 16's cacheComponents keeps the left route, hidden: the case this test is about.
        assert.equal(left, 1, 'the settings page left by the link keeps its <consent-preferences> in the DOM');
        await page.click('#manage');
        await page.waitForFunction(
          () => [...document.querySelectorAll('consent-preferences')].some((el) => el.shadowRoot?.querySelector('dialog')?.open),
          { timeout: 30_000 },
        );
        const dialogs = await page.evaluate(() =>
          [...document.querySelectorAll('consent-preferences')]
            .map((el) => el.shadowRoot?.querySelector('dialog'))
            .filter((dialog) => dialog?.open)
            .map((dialog) => {
              const { width, height } = dialog.getBoundingClientRect();
              return { visible: dialog.checkVisibility(), area: width * height };
            }),
        );
        assert.equal(dialogs.length, 1, 'one open dialog');
        assert.ok(dialogs[0].visible && dialogs[0].area > 10_000, `the dialog is on screen: ${JSON.stringify(dialogs[0])}`);
        assertQuiet(messages, `while leaving the settings page and opening the preferences (${mode})`);
      });
    });
});
