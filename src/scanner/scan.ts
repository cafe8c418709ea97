import type { Browser } from 'puppeteer-core';
import { analyse, type DeclaredConfig } from './analyse.js';
import type { Catalogue } from './match.js';
import { readSitemap, visit, type ObserveOptions, type Visit } from './observe.js';
import type { PageResult, Phase, Report } from './types.js';

export interface ScanOptions extends Partial<ObserveOptions> {
  url: string;
  /** Most pages to visit (each three times when the site uses the library). */
  pages?: number;
  /** Pages observed at once, each in its own browser context. */
  concurrency?: number;
  catalogue: Catalogue;
  config?: DeclaredConfig;
  version?: string;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ProgressEvent {
  phase: Phase | 'sitemap';
  url: string;
  /** Observations done, started (this one included) and planned so far (the plan grows as links are found). */
  done: number;
  started: number;
  total: number;
}

/** The start page could not be scanned at all: exit code 2. */
export class ScanError extends Error {}

/** Not pages: a scan visits documents. */
const NOT_A_PAGE = /\.(pdf|zip|gz|jpe?g|png|gif|svg|webp|avif|ico|mp[34]|webm|mov|docx?|xlsx?|pptx?|odt|css|js|mjs|json|xml|txt|woff2?|ttf)$/i;

/** The page's address as the crawl compares it: no fragment. */
const normalise = (href: string) => {
  const url = new URL(href);
  url.hash = '';
  return url.href;
};

/**
 * Crawls up to `pages` same-origin pages breadth first (the start page's links, then the
 * sitemap's, then the next level's), observing each before any choice in a fresh context,
 * then, on pages that use this library, after "reject all" and after "accept all".
 */
export async function scan(browser: Browser, options: ScanOptions): Promise<Report> {
  const startedAt = Date.now();
  const limit = Math.max(1, options.pages ?? 10);
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const observe: ObserveOptions = { timeout: options.timeout ?? 30000, settle: options.settle ?? 5000, idle: options.idle ?? 500 };
  const start = normalise(options.url);
  const origin = new URL(start).origin;
  const skipped: Report['skipped'] = [];
  const results = new Map<string, PageResult>();
  const seen = new Set([start]);
  let screenshot: string | undefined;
  let done = 0;
  let started = 0;
  let planned = 1;
  const progress = (phase: ProgressEvent['phase'], url: string) => options.onProgress?.({ phase, url, done, started: ++started, total: planned });

  const before = async (url: string): Promise<{ url: string; visit?: Visit; error?: string }> => {
    progress('before-consent', url);
    try {
      return { url, visit: await visit(browser, url, 'before-consent', { ...observe, screenshot: url == start }) };
    } catch (error) {
      return { url, error: (error as Error).message };
    } finally {
      done++;
    }
  };

  /** Breadth first: the pages found on a batch go after every page already waiting. */
  const queue = [start];
  const addLinks = (links: string[]) => {
    for (const link of links) {
      let url: string;
      try {
        url = normalise(link);
      } catch {
        continue;
      }
      if (seen.has(url) || new URL(url).origin != origin || NOT_A_PAGE.test(new URL(url).pathname)) continue;
      seen.add(url);
      queue.push(url);
    }
  };
  while (queue.length && results.size < limit) {
    const batch = queue.splice(0, limit - results.size);
    planned = done + batch.length;
    const visits = await pool(batch, concurrency, before);
    for (const { url, visit: found, error } of visits) {
      if (url == start && (error || !found || found.offSite))
        throw new ScanError(
          error
            ? `${start} could not be loaded: ${error}`
            : `${start} redirects to another site (${found?.offSite}); scan that address instead.`,
        );
      if (found?.offSite) {
        skipped.push({ url, reason: `redirects off-site to ${found.offSite} (not followed)` });
        continue;
      }
      if (found?.contentType && !/html/i.test(found.contentType)) {
        skipped.push({ url, reason: `not a page (${found.contentType})` });
        continue;
      }
      if (found?.screenshot) screenshot = found.screenshot;
      results.set(url, {
        url,
        ...(found?.status ? { status: found.status } : {}),
        ...(found?.title ? { title: found.title } : {}),
        usesLibrary: !!found?.usesLibrary,
        phases: found ? [found.observation] : [],
        ...(error ? { error } : {}),
      });
      if (found) addLinks(found.links);
    }
    if (batch[0] == start) {
      options.onProgress?.({ phase: 'sitemap', url: new URL('/sitemap.xml', origin).href, done, started, total: planned });
      addLinks(await readSitemap(browser, origin, observe.timeout).catch(() => []));
    }
  }
  for (const url of queue) skipped.push({ url, reason: `beyond the ${limit}-page limit` });

  // The choices, on the pages whose library can make them.
  const pages = [...results.values()];
  const chosen = pages.filter((page) => page.usesLibrary).flatMap((page) => (['after-reject', 'after-accept'] as const).map((phase) => ({ page, phase })));
  planned = done + chosen.length;
  await pool(chosen, concurrency, async ({ page, phase }) => {
    progress(phase, page.url);
    try {
      page.phases.push((await visit(browser, page.url, phase, observe)).observation);
    } catch (error) {
      page.phases.push({
        phase,
        url: page.url,
        cookies: [],
        storage: [],
        requests: [],
        scripts: [],
        iframes: [],
        consentCookieName: page.phases[0]?.consentCookieName ?? 'consent_elements',
        consentMode: { googleTags: false, defaultIndex: -1, arrayDefaultIndex: -1, firstCommandIndex: -1, entries: [] },
        error: (error as Error).message,
      });
    } finally {
      done++;
    }
  });
  const order = ['before-consent', 'after-reject', 'after-accept'];
  for (const page of pages) page.phases.sort((a, b) => order.indexOf(a.phase) - order.indexOf(b.phase));

  const analysis = analyse(pages, options.catalogue, options.config);
  return {
    tool: { name: 'consent-elements-scan', version: options.version ?? '0.0.0' },
    startUrl: start,
    startedAt: new Date(startedAt).toISOString(),
    durationMs: Date.now() - startedAt,
    browser: await browser.version(),
    usesLibrary: pages.length > 0 && pages.every((page) => page.usesLibrary),
    pages,
    skipped,
    ...analysis,
    ...(screenshot ? { screenshot } : {}),
    configChecked: !!options.config,
  };
}

/** Runs `task` over `items`, `size` at a time, keeping the items' order in the results. */
async function pool<T, R>(items: T[], size: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}
