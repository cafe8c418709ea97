/**
 * The sending half of the proof of consent: the browser summary and the beacon. Not in the
 * script tag's core (a returning visitor who decides nothing never needs it): the UI chunk
 * carries it, which every decision through the banner, the dialog or the policy has loaded.
 */

/** What a proof needs to know of the browser: its family and major version, and the kind of device. */
export interface BrowserSummary {
  /** e.g. `'Chrome 156'`, `'Firefox 140'`, `'Safari 18'`; `'other'` when not recognised. */
  browser: string;
  device: 'desktop' | 'mobile' | 'tablet';
}

interface NavigatorLike {
  userAgent?: string;
  maxTouchPoints?: number;
  userAgentData?: { brands?: Array<{ brand: string; version: string }>; mobile?: boolean; platform?: string };
}

/** User-agent tokens, most specific first (Edge and Opera also say Chrome, Chrome also says Safari). */
const FAMILIES: Array<[string, RegExp]> = [
  ['Edge', /Edg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /(?:OPR|OPT)\/(\d+)/],
  ['Samsung Internet', /SamsungBrowser\/(\d+)/],
  ['Firefox', /(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /Version\/(\d+).*Safari/],
];

/**
 * The browser family with its major version and the device class, from User-Agent Client Hints
 * when the browser has them, else from a small parse of the user-agent string: enough to show
 * what the visitor used, without the full string, which helps fingerprinting.
 */
export function summarizeBrowser(nav: NavigatorLike = navigator): BrowserSummary {
  const ua = nav.userAgent ?? '';
  const data = nav.userAgentData;
  const tablet = /iPad|Tablet/.test(ua) || (/Macintosh/.test(ua) && (nav.maxTouchPoints ?? 0) > 1) || (/Android/.test(ua) && !/Mobile/.test(ua));
  if (data?.brands?.length) {
    // Leave out the GREASE brand ("Not.A/Brand") and the engine when a product is named.
    const brands = data.brands.filter(({ brand }) => !/not.?a.?brand/i.test(brand));
    const named = brands.find(({ brand }) => brand != 'Chromium') ?? brands[0];
    const browser = named ? `${named.brand.replace(/^(Google|Microsoft) |^Headless/, '')} ${parseInt(named.version)}` : 'other';
    return { browser, device: data.mobile ? 'mobile' : data.platform == 'Android' || tablet ? 'tablet' : 'desktop' };
  }
  const family = FAMILIES.find(([, pattern]) => pattern.test(ua));
  return {
    browser: family ? `${family[0]} ${family[1].exec(ua)![1]}` : 'other',
    device: tablet ? 'tablet' : /Mobi|iPhone|Android/.test(ua) ? 'mobile' : 'desktop',
  };
}

/** How often a record the endpoint could not store (5xx, 429, no answer) is sent again. */
const RETRIES = 3;

/**
 * Sends `proof` (the decision, as `connectProofOfConsent` took it down) to `endpoint` with the
 * browser summary: JSON sent as `text/plain` with `fetch`, `keepalive` (it outlives the page),
 * no credentials, in `no-cors` mode (no preflight, whatever the origin). An endpoint of the
 * page's own origin (the usual `/consent-log`) is heard: a record it could not store (`503`
 * from a busy or failing server, `429`, any `5xx`) is sent again, up to 3 times, after the
 * answer's `Retry-After` (at most 60 s), else after 1, 2, then 4 s; so is one that got no
 * answer at all (offline), whatever the origin. A try still waiting when the page goes away
 * leaves at once with `sendBeacon`. The server stores one record per decision however often
 * it arrives. A failing endpoint never affects the visitor.
 */
export function sendProof(endpoint: string, proof: object): void {
  try {
    const body = JSON.stringify({ ...proof, ...summarizeBrowser() });
    // `tries`: how many were made before this one.
    const post = (tries: number): Promise<unknown> =>
      fetch(endpoint, { method: 'POST', body, keepalive: true, credentials: 'omit', mode: 'no-cors' }).then(
        ({ status, headers }) => (status > 499 || status == 429) && retry(tries, +(headers.get('Retry-After') ?? NaN)),
        () => retry(tries, NaN),
      );
    const retry = (tries: number, after: number) => {
      if (tries >= RETRIES) return;
      // Leaving the page meanwhile: the record goes at once, as a beacon (no answer, but sent).
      const leave = () => {
        clearTimeout(timer);
        try {
          navigator.sendBeacon?.(endpoint, body);
        } catch {
          // A URL only fetch accepted (it failed anyway).
        }
      };
      const timer = setTimeout(() => (removeEventListener('pagehide', leave), post(tries + 1)), 1000 * Math.min(after >= 0 ? after : 2 ** tries, 60));
      addEventListener('pagehide', leave, { once: true });
    };
    post(0);
  } catch {
    // An endpoint URL the browser refuses, or a page that broke fetch: the visitor is unaffected.
  }
}
