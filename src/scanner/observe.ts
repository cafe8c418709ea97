import type { Browser, HTTPRequest, HTTPResponse, Page } from 'puppeteer-core';
import { isThirdParty, siteOf } from './match.js';
import type { ConsentModeObservation, Phase, PhaseObservation, SeenCookie, SeenRequest, SeenStorage } from './types.js';

/** Hosts whose requests are Google tags, for the Consent Mode order check. */
const GOOGLE_TAG_HOSTS = /(^|\.)(googletagmanager\.com|google-analytics\.com|googleadservices\.com|doubleclick\.net)$/i;
/** The library's own files, wherever they are hosted (a CDN is a third party, but not a tracker). */
const LIBRARY_FILE = /\/consent-elements(-[\w-]+)?\.js(\?|$)/;

export interface ObserveOptions {
  /** Milliseconds a navigation may take. */
  timeout: number;
  /** Longest wait for the network to go quiet after load and after the choice. */
  settle: number;
  /** Milliseconds without a request that count as quiet. */
  idle: number;
}

/** What one visit found, beside the phase's observation. */
export interface Visit {
  observation: PhaseObservation;
  status?: number;
  title?: string;
  contentType?: string;
  usesLibrary: boolean;
  /** Same-origin links of the page (before consent only). */
  links: string[];
  /** Where the page tried to take the browser off-site, when it did (the navigation was stopped). */
  offSite?: string;
  screenshot?: string;
}

/**
 * Runs in every frame before the page's own scripts: notes which script wrote each cookie
 * (`document.cookie`) and storage key (`setItem`), from the writer's stack, and when the first
 * Consent Mode default reached `window.dataLayer`. A string, evaluated in the page.
 */
const INSTRUMENT = `(() => {
  const log = { cookies: {}, storage: {}, defaultAt: -1 };
  Object.defineProperty(window, '__consentElementsScan', { value: log });
  const caller = () => {
    for (const line of (new Error().stack || '').split('\\n').slice(2)) {
      const found = line.match(/((?:https?|file):\\/\\/[^\\s()]+?)(?::\\d+){1,2}\\)?$/);
      if (found) return found[1];
    }
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true, enumerable: true,
    get() { return cookie.get.call(this); },
    set(value) {
      const name = String(value).split(';')[0].split('=')[0].trim();
      const by = caller();
      if (by && !(name in log.cookies)) log.cookies[name] = by;
      cookie.set.call(this, value);
    },
  });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let area = 'sessionStorage';
    try { if (this === window.localStorage) area = 'localStorage'; } catch {}
    const by = caller();
    if (by && !((area + ':' + key) in log.storage)) log.storage[area + ':' + key] = by;
    return setItem.call(this, key, value);
  };
  // Google's tags read arguments objects only (gtag's own push): an array pushed by hand is ignored.
  const isDefault = (entry) => Object.prototype.toString.call(entry) == '[object Arguments]' && entry[0] === 'consent' && entry[1] === 'default';
  const note = (entry) => { if (log.defaultAt < 0 && isDefault(entry)) log.defaultAt = performance.now(); };
  const watch = (array) => {
    if (!Array.isArray(array) || array.__consentElementsScan) return;
    Object.defineProperty(array, '__consentElementsScan', { value: true });
    array.forEach(note);
    const push = array.push;
    // Google's tags later replace push with their own: by then the default, if any, is noted.
    array.push = function (...entries) { entries.forEach(note); return push.apply(this, entries); };
  };
  let dataLayer;
  Object.defineProperty(window, 'dataLayer', {
    configurable: true, enumerable: true,
    get() { return dataLayer; },
    set(value) { dataLayer = value; watch(value); },
  });
})();`;

interface Writers {
  cookies: Record<string, string>;
  storage: Record<string, string>;
}
/** Which script wrote each cookie and storage key in this document (runs in the page). */
function readWriters(): Writers {
  const log = (window as unknown as { __consentElementsScan?: Writers }).__consentElementsScan;
  return { cookies: { ...log?.cookies }, storage: { ...log?.storage } };
}

/** Reads the page's state at the end of a phase (runs in the page). */
function readPage(googleHosts: string) {
  const log = (window as unknown as { __consentElementsScan?: { cookies: Record<string, string>; storage: Record<string, string>; defaultAt: number } })
    .__consentElementsScan ?? { cookies: {}, storage: {}, defaultAt: -1 };
  const keys = (area: 'localStorage' | 'sessionStorage') => {
    try {
      return Object.keys(window[area]);
    } catch {
      return [];
    }
  };
  const store = (window as unknown as { consentElements?: Record<string, unknown> & { config?: { cookie?: { name?: string }; proofOfConsent?: { endpoint?: string } } } })
    .consentElements;
  const usesLibrary = !!store && typeof store.acceptAll == 'function' && typeof store.rejectAll == 'function';
  const layer = (window as unknown as { dataLayer?: unknown }).dataLayer;
  const entries = Array.isArray(layer) ? layer : [];
  const show = (entry: unknown): string => {
    try {
      const isArguments = Object.prototype.toString.call(entry) == '[object Arguments]';
      return JSON.stringify(isArguments ? Array.from(entry as ArrayLike<unknown>) : entry)?.slice(0, 160) ?? String(entry);
    } catch {
      return String(entry);
    }
  };
  const isCommand = (entry: unknown) => {
    if (!entry || typeof entry != 'object') return false;
    const first = (entry as ArrayLike<unknown>)[0];
    return first === 'config' || first === 'event' || first === 'js' || typeof (entry as { event?: unknown }).event == 'string';
  };
  const isConsentDefault = (entry: unknown) =>
    !!entry && typeof entry == 'object' && (entry as ArrayLike<unknown>)[0] === 'consent' && (entry as ArrayLike<unknown>)[1] === 'default';
  // Google's tags read arguments objects only (what the standard gtag() pushes): an array is ignored.
  const isArguments = (entry: unknown) => Object.prototype.toString.call(entry) == '[object Arguments]';
  const isDefault = (entry: unknown) => isConsentDefault(entry) && isArguments(entry);
  const google = new RegExp(googleHosts, 'i');
  const early = performance
    .getEntriesByType('resource')
    .find((entry) => {
      try {
        return google.test(new URL(entry.name).hostname) && (log.defaultAt < 0 || entry.startTime < log.defaultAt);
      } catch {
        return false;
      }
    });
  // Consent commands alone (this library before any choice) are not Google tags.
  const gtagCommand = entries.some(isCommand);
  return {
    title: document.title,
    usesLibrary,
    consentCookieName: (usesLibrary && store?.config?.cookie?.name) || 'consent_elements',
    proofEndpoint: usesLibrary && store?.config?.proofOfConsent?.endpoint ? new URL(store.config.proofOfConsent.endpoint, location.href).href : undefined,
    cookieWriters: log.cookies as Record<string, string>,
    storageWriters: log.storage as Record<string, string>,
    local: keys('localStorage'),
    session: keys('sessionStorage'),
    scripts: Array.from(document.scripts, (script) => script.src).filter((src) => /^https?:/.test(src)),
    iframes: Array.from(document.querySelectorAll('iframe'), (frame) => frame.src).filter((src) => /^https?:/.test(src)),
    links: Array.from(document.querySelectorAll('a[href]'), (link) => (link as HTMLAnchorElement).href),
    consentMode: {
      googleTags: gtagCommand || !!early || performance.getEntriesByType('resource').some((entry) => {
        try {
          return google.test(new URL(entry.name).hostname);
        } catch {
          return false;
        }
      }),
      defaultIndex: entries.findIndex(isDefault),
      arrayDefaultIndex: entries.findIndex((entry) => isConsentDefault(entry) && !isArguments(entry)),
      firstCommandIndex: entries.findIndex(isCommand),
      earlyGoogleRequest: early?.name,
      entries: entries.slice(0, 12).map(show),
    },
  };
}
type PageState = ReturnType<typeof readPage>;

/** Makes the visitor's choice through the library's public API, and waits for it to be recorded. */
function choose(action: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const store = (window as unknown as { consentElements?: { ready?: boolean } & Record<string, unknown> }).consentElements;
    if (!store || typeof store[action] != 'function') return reject(new Error(`window.consentElements has no ${action}()`));
    const act = () => {
      document.addEventListener('consent-change', () => resolve(), { once: true });
      (store[action] as () => void)();
    };
    if (store.ready) act();
    else document.addEventListener('consent-ready', act, { once: true });
  });
}

/** The first `name=` of each Set-Cookie line. */
const setCookieNames = (header: string | undefined) =>
  (header ?? '')
    .split('\n')
    .map((line) => line.split(';')[0].split('=')[0].trim())
    .filter(Boolean);

/**
 * Visits `url` in a fresh browser context (its own cookie jar and storage) and observes it:
 * before any choice, or after making `phase`'s choice and loading the page again.
 */
export async function visit(browser: Browser, url: string, phase: Phase, options: ObserveOptions & { screenshot?: boolean }): Promise<Visit> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    // What a visitor gets, not what a robot gets: some tags and consent tools stay away from
    // "HeadlessChrome" or navigator.webdriver (vanilla-cookieconsent's hideFromBots, for one).
    await page.setUserAgent((await browser.userAgent()).replace('HeadlessChrome', 'Chrome'));
    await page.evaluateOnNewDocument(`Object.defineProperty(Navigator.prototype, 'webdriver', { get: () => false, configurable: true });`);
    await page.evaluateOnNewDocument(INSTRUMENT);
    // An alert() would hold the page, and every evaluation, forever.
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
    const firstParty = new URL(url).hostname;
    const requests: SeenRequest[] = [];
    const setters = new Map<string, string>();
    let afterChoice = false;
    let offSite: string | undefined;
    // Only documents are held for a decision (puppeteer's request interception would hold every
    // request): a navigation of the page itself to another site, by a redirect or a script, is
    // stopped before it reaches that site.
    const cdp = await page.createCDPSession();
    const { frameTree } = await cdp.send('Page.getFrameTree');
    cdp.on('Fetch.requestPaused', (event) => {
      const target = event.request.url;
      const leaves = event.frameId == frameTree.frame.id && /^https?:/.test(target) && siteOf(new URL(target).hostname) != siteOf(firstParty);
      if (leaves) offSite ??= target;
      const answer = leaves
        ? cdp.send('Fetch.failRequest', { requestId: event.requestId, errorReason: 'BlockedByClient' })
        : cdp.send('Fetch.continueRequest', { requestId: event.requestId });
      answer.catch(() => {}); // the page or its context may be closing
    });
    await cdp.send('Fetch.enable', { patterns: [{ resourceType: 'Document', requestStage: 'Request' }] });
    page.on('request', (request: HTTPRequest) => {
      const target = request.url();
      if (!/^https?:/.test(target)) return;
      const host = new URL(target).hostname;
      if (request.isNavigationRequest() && request.frame() == page.mainFrame() && siteOf(host) != siteOf(firstParty)) return;
      if (isThirdParty(host, firstParty) && !LIBRARY_FILE.test(new URL(target).pathname))
        requests.push({ url: target, host, type: request.resourceType(), afterChoice });
    });
    page.on('response', (response: HTTPResponse) => {
      for (const name of setCookieNames(response.headers()['set-cookie'])) if (!setters.has(name)) setters.set(name, response.url());
    });
    const settle = () => page.waitForNetworkIdle({ idleTime: options.idle, timeout: options.settle }).catch(() => {});
    const response = await page.goto(url, { waitUntil: 'load', timeout: options.timeout }).catch((error: Error) => {
      if (offSite) return null;
      throw error;
    });
    if (offSite) return offSiteVisit(phase, url, offSite);
    // Before the choice, the page's own pace; the choice itself waits for the library to be ready.
    if (phase == 'before-consent') await settle();
    if (offSite) return offSiteVisit(phase, url, offSite);

    const writers: Writers[] = [];
    let choiceAt: number | undefined;
    if (phase != 'before-consent') {
      choiceAt = Date.now();
      afterChoice = true;
      await withTimeout(page.evaluate(choose, phase == 'after-accept' ? 'acceptAll' : 'rejectAll'), options.timeout, 'the choice was not recorded');
      await settle();
      // The writers noted so far (the consent cookie, the tags the choice let in) go with this document.
      writers.push(await page.evaluate(readWriters));
      // What the page does with the stored choice, on the next load.
      await page.reload({ waitUntil: 'load', timeout: options.timeout });
      await settle();
    }

    // A page that navigates itself (a same-site redirect by script) destroys the context being read: read the new one.
    const state: PageState = await page.evaluate(readPage, GOOGLE_TAG_HOSTS.source).catch(async () => {
      await page.waitForNavigation({ waitUntil: 'load', timeout: options.timeout }).catch(() => {});
      return page.evaluate(readPage, GOOGLE_TAG_HOSTS.source);
    });
    for (const earlier of writers) {
      state.cookieWriters = { ...earlier.cookies, ...state.cookieWriters };
      state.storageWriters = { ...earlier.storage, ...state.storageWriters };
    }
    const now = Date.now() / 1000;
    const cookies: SeenCookie[] = (await context.cookies()).map((cookie) => {
      const writer = state.cookieWriters[cookie.name];
      const response = setters.get(cookie.name);
      return {
        name: cookie.name,
        domain: cookie.domain,
        path: cookie.path,
        ...(cookie.session || cookie.expires <= 0 ? {} : { expires: Math.round(cookie.expires), lifetime: Math.round(cookie.expires - now) }),
        httpOnly: !!cookie.httpOnly,
        secure: cookie.secure,
        thirdParty: isThirdParty(cookie.domain, firstParty),
        ...(response ? { setBy: { kind: 'response' as const, url: response } } : writer ? { setBy: { kind: 'script' as const, url: writer } } : {}),
      };
    });
    const origin = new URL(page.url()).origin;
    const storage: SeenStorage[] = [
      ...state.local.map((key) => ({ area: 'localStorage' as const, key, origin })),
      ...state.session.map((key) => ({ area: 'sessionStorage' as const, key, origin })),
    ].map((entry) => {
      const by = state.storageWriters[`${entry.area}:${entry.key}`];
      return by ? { ...entry, setBy: by } : entry;
    });
    storage.push(...(await frameStorage(page)));
    const exempt = state.proofEndpoint;
    const consentMode: ConsentModeObservation = state.consentMode;
    const screenshot = options.screenshot ? Buffer.from(await page.screenshot({ type: 'png' })).toString('base64') : undefined;
    return {
      observation: {
        phase,
        url: page.url(),
        cookies: cookies.sort((a, b) => a.name.localeCompare(b.name)),
        storage,
        // The proof of consent is the record of the choice itself: strictly necessary.
        requests: exempt ? requests.filter((request) => request.url.split('?')[0] != exempt) : requests,
        scripts: [...new Set(state.scripts)],
        iframes: [...new Set(state.iframes)],
        consentMode,
        consentCookieName: state.consentCookieName,
        ...(choiceAt ? { choiceAt } : {}),
      },
      status: response?.status(),
      title: state.title,
      contentType: response?.headers()['content-type'],
      usesLibrary: state.usesLibrary,
      links: state.links,
      ...(screenshot ? { screenshot } : {}),
    };
  } finally {
    await context.close().catch(() => {});
  }
}

function offSiteVisit(phase: Phase, url: string, offSite: string): Visit {
  return {
    observation: { phase, url, cookies: [], storage: [], requests: [], scripts: [], iframes: [], consentCookieName: 'consent_elements', consentMode: { googleTags: false, defaultIndex: -1, arrayDefaultIndex: -1, firstCommandIndex: -1, entries: [] } },
    usesLibrary: false,
    links: [],
    offSite,
  };
}

/** Storage keys of the page's embedded frames (another origin's storage, such as a video player's). */
async function frameStorage(page: Page): Promise<SeenStorage[]> {
  const found: SeenStorage[] = [];
  for (const frame of page.frames()) {
    if (frame == page.mainFrame() || !/^https?:/.test(frame.url())) continue;
    const keys = await withTimeout(
      frame.evaluate(() => {
        const read = (area: 'localStorage' | 'sessionStorage') => {
          try {
            return Object.keys(window[area]).map((key) => ({ area, key }));
          } catch {
            return [];
          }
        };
        return [...read('localStorage'), ...read('sessionStorage')];
      }),
      2000,
      'frame storage',
    ).catch(() => []);
    const origin = new URL(frame.url()).origin;
    for (const key of keys) found.push({ ...key, origin });
  }
  return found;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} (after ${ms} ms)`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Reads `/sitemap.xml` (and the sitemaps a sitemap index lists, a few) through the browser. */
export async function readSitemap(browser: Browser, origin: string, timeout: number): Promise<string[]> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const locs: string[] = [];
    const pending = [new URL('/sitemap.xml', origin).href];
    for (let read = 0; pending.length && read < 5; read++) {
      const response = await page.goto(pending.shift()!, { timeout }).catch(() => null);
      if (!response?.ok()) continue;
      const text = await response.text().catch(() => '');
      const found = [...text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gi)].map((match) => decodeXml(match[1]));
      if (/<sitemapindex/i.test(text)) pending.push(...found.filter((loc) => loc.startsWith(origin)));
      else if (/<urlset/i.test(text)) locs.push(...found);
    }
    return locs;
  } finally {
    await context.close().catch(() => {});
  }
}

const decodeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!);
