import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { draftConfig, type DeclaredConfig } from './analyse.js';
import { findChrome } from './chrome.js';
import { Catalogue, loadCatalogue } from './match.js';
import { renderHtml } from './report-html.js';
import { scan, ScanError, type ProgressEvent } from './scan.js';
import type { Report } from './types.js';

/** Exit codes, usable in a site's CI. */
export const EXIT = { clean: 0, violations: 1, failed: 2 } as const;

const USAGE = `Usage: consent-elements-scan <url> [--pages N] [--out DIR] [--config FILE]

Visits up to N same-origin pages of <url> (default 10) in Chrome or Chromium, each before any
choice, after "reject all" and after "accept all" (when the site uses consent-elements), and
writes DIR/report.html, DIR/report.json and DIR/config.draft.json (DIR defaults to
./consent-scan).

  --pages N        most pages to visit (default 10)
  --out DIR        where to write the reports (default ./consent-scan)
  --config FILE    the site's consent-elements config (JSON): report cookies it does not
                   declare and services it declares that never show up
  --timeout MS     longest wait for one page to load (default 30000)
  --help           this text

The browser is CHROME_PATH, else the first Chrome or Chromium installed in the usual places.
Exit code: 0 no violation, 1 violations found, 2 could not scan.`;

/** Headless on a machine without a GPU, a sandbox or a desktop; nothing the browser does on its own. */
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--mute-audio',
];

const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Io {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, env: process.env }): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`consent-elements-scan: ${message}\n`);
    return EXIT.failed;
  };
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pages: { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean' },
        // Internal, for tests and development: another catalogue folder, pages observed at once,
        // extra browser flags (the tests map fake host names to loopback with --host-resolver-rules).
        catalogue: { type: 'string' },
        concurrency: { type: 'string' },
        'chrome-arg': { type: 'string', multiple: true },
        // Internal: drive a browser that is already running (the tests share one per file).
        'browser-ws': { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = args;
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return EXIT.clean;
  }
  if (positionals.length != 1) return fail(`give one URL to scan.\n\n${USAGE}`);
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(positionals[0]) ? positionals[0] : `https://${positionals[0]}`);
    if (!/^https?:$/.test(url.protocol)) throw new Error();
  } catch {
    return fail(`${positionals[0]} is not an http(s) URL.`);
  }
  const number = (value: string | undefined, fallback: number, name: string) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0, not ${value}`);
    return n;
  };
  let pages: number, timeout: number, concurrency: number;
  try {
    pages = number(values.pages, 10, 'pages');
    timeout = number(values.timeout, 30000, 'timeout');
    concurrency = number(values.concurrency, 2, 'concurrency');
  } catch (error) {
    return fail((error as Error).message);
  }
  const out = resolve(values.out ?? 'consent-scan');

  let config: DeclaredConfig | undefined;
  if (values.config)
    try {
      config = JSON.parse(await readFile(values.config, 'utf8')) as DeclaredConfig;
      if (!config || typeof config != 'object' || Array.isArray(config)) throw new Error('it is not a JSON object');
    } catch (error) {
      return fail(`could not read the config ${values.config}: ${(error as Error).message}`);
    }

  const catalogueDir = values.catalogue ?? join(packageRoot, 'catalogue', 'services');
  let catalogue: Catalogue;
  try {
    catalogue = existsSync(catalogueDir) ? await loadCatalogue(catalogueDir) : new Catalogue([]);
  } catch (error) {
    return fail(`could not read the catalogue: ${(error as Error).message}`);
  }
  if (!catalogue.services.length) io.stderr.write(`consent-elements-scan: no service catalogue in ${catalogueDir}: no service will be recognised.\n`);

  const shared = values['browser-ws'];
  const chrome = shared ? { path: '' } : findChrome(io.env);
  if ('error' in chrome) return fail(chrome.error);
  let puppeteer: Pick<typeof import('puppeteer-core'), 'launch' | 'connect'>;
  try {
    puppeteer = await import('puppeteer-core');
  } catch {
    return fail('the scanner drives the browser with puppeteer-core, which is not installed: npm install puppeteer-core');
  }
  const version = JSON.parse(await readFile(join(packageRoot, 'package.json'), 'utf8')).version as string;

  const progress = progressDisplay(io.stderr);
  let browser: Browser | undefined;
  let report: Report;
  try {
    browser = shared
      ? await puppeteer.connect({ browserWSEndpoint: shared })
      : await puppeteer.launch({ executablePath: chrome.path, headless: true, args: [...CHROME_FLAGS, ...(values['chrome-arg'] ?? [])], timeout: 60000 });
    report = await scan(browser, { url: url.href, pages, concurrency, timeout, catalogue, ...(config ? { config } : {}), version, onProgress: progress.update });
  } catch (error) {
    progress.clear();
    return fail(error instanceof ScanError ? error.message : `the scan failed: ${(error as Error).stack ?? error}`);
  } finally {
    await (shared ? browser?.disconnect() : browser?.close())?.catch(() => {});
  }
  progress.clear();

  await mkdir(out, { recursive: true });
  const files = {
    json: join(out, 'report.json'),
    html: join(out, 'report.html'),
    draft: join(out, 'config.draft.json'),
  };
  const { screenshot, ...rest } = report;
  if (screenshot) await writeFile(join(out, 'screenshot.png'), Buffer.from(screenshot, 'base64'));
  await writeFile(files.json, JSON.stringify(screenshot ? { ...rest, screenshot: 'screenshot.png' } : rest, null, 2) + '\n');
  // The HTML carries its screenshot inside: one file to send to whoever fixes the site.
  await writeFile(files.html, renderHtml(report));
  await writeFile(files.draft, JSON.stringify(draftConfig(report), null, 2) + '\n');
  const shown = (file: string) => (relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file));
  io.stdout.write(summary(report, Object.values(files).map(shown)));
  return report.violations.length ? EXIT.violations : EXIT.clean;
}

/** On a terminal, one line rewritten in place; elsewhere (CI logs), one plain line per step. */
function progressDisplay(stream: Io['stderr']) {
  const tty = !!stream.isTTY;
  let shown = false;
  return {
    update: (event: ProgressEvent) => {
      const what = event.phase == 'sitemap' ? 'reading' : event.phase;
      const line = `[${event.started}/${Math.max(event.total, event.started)}] ${what} ${event.url}`;
      if (tty) {
        const width = (stream as { columns?: number }).columns ?? 100;
        stream.write(`\r\x1b[K${line.slice(0, width - 1)}`);
        shown = true;
      } else stream.write(`${line}\n`);
    },
    clear: () => {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

const PHASE_SHORT = { 'before-consent': 'before consent', 'after-reject': 'after reject', 'after-accept': 'after accept' } as const;

/** The few lines printed at the end. */
export function summary(report: Report, files: string[]): string {
  const lines: string[] = [];
  const scanned = report.pages.length;
  lines.push(`Scanned ${scanned} page${scanned == 1 ? '' : 's'} of ${new URL(report.startUrl).host} in ${(report.durationMs / 1000).toFixed(1)} s (${report.browser}).`);
  const using = report.pages.filter((page) => page.usesLibrary).length;
  lines.push(
    using == scanned
      ? 'consent-elements: found on every page; measured before any choice, after "reject all" and after "accept all".'
      : using
        ? `consent-elements: found on ${using} of ${scanned} pages; the others were measured before any choice only.`
        : 'consent-elements: not used by this site; measured before any choice only.',
  );
  lines.push(`Services recognised: ${report.services.length ? report.services.map((s) => `${s.name} (${s.category})`).join(', ') : 'none'}.`);
  const u = report.unrecognised;
  if (u.cookies.length || u.storage.length || u.hosts.length)
    lines.push(`Not recognised: ${[u.cookies.length && `cookies ${u.cookies.join(', ')}`, u.storage.length && `storage ${u.storage.join(', ')}`, u.hosts.length && `hosts ${u.hosts.join(', ')}`].filter(Boolean).join('; ')}.`);
  if (report.skipped.length) lines.push(`Not scanned: ${report.skipped.length} (${[...new Set(report.skipped.map((s) => s.reason.split(' (')[0].replace(/ to .*/, '')))].join('; ')}).`);
  if (report.violations.length) {
    lines.push(`${report.violations.length} violation${report.violations.length == 1 ? '' : 's'}:`);
    for (const v of report.violations.slice(0, 15)) {
      const pages = v.pages?.length ?? 1;
      lines.push(`  ✗ ${PHASE_SHORT[v.phase]}: ${v.message}${pages > 1 ? ` [${pages} pages]` : ''}`);
    }
    if (report.violations.length > 15) lines.push(`  … and ${report.violations.length - 15} more in the report.`);
  } else lines.push('✓ No violation found.');
  lines.push(`Reports: ${files.join(', ')}`);
  return lines.join('\n') + '\n';
}
