import type { ConsentStore } from '../core/consent-store.js';

/**
 * Reasons that are a decision by the visitor, hence worth a proof. Not sent: `gpc` (the
 * browser's signal only pre-sets refusals and stores nothing), `expired` and `revision` (a
 * decision lapsed, nothing was decided) and `sync` (the tab where the visitor decided sent it).
 */
const DECISIONS = ['accept-all', 'reject-all', 'close', 'save', 'reset'];

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

/**
 * Sends a proof-of-consent record to `config.proofOfConsent.endpoint` after every decision by
 * the visitor: `navigator.sendBeacon`, else `fetch` with `keepalive`. The body is JSON sent as
 * `text/plain` (no CORS preflight): `{ consentId, timestamp, revision, policyVersion, choices,
 * services, reason, gpc, language, url, browser, device, wording }`. `reason` tells "continue
 * without accepting" (`close`) from "reject all"; `services` holds the per-service choices. `url`
 * has no query string nor hash; `browser` is the family and major version (`'Chrome 156'`) and
 * `device` `desktop`, `mobile` or `tablet`, never the full user agent; no IP, form data or
 * identifier of the site's own is read. A failing endpoint is ignored.
 * Returns the unsubscribe function.
 */
export function connectProofOfConsent(store: ConsentStore): () => void {
  const endpoint = store.config.proofOfConsent?.endpoint;
  if (!endpoint) return () => {};
  let previousId = store.consentId;
  return store.on('consent-change', ({ reason, categories, services, timestamp, revision }) => {
    // After a reset the store has forgotten the id: the proof names the withdrawn decision.
    const consentId = store.consentId ?? previousId;
    previousId = store.consentId;
    if (!consentId || !DECISIONS.includes(reason)) return;
    const { language, privacyPolicy } = store.config;
    try {
      const body = JSON.stringify({
        consentId,
        timestamp: timestamp ?? Date.now(),
        revision,
        policyVersion: privacyPolicy?.version,
        choices: categories,
        services,
        reason,
        gpc: store.gpcApplied,
        language: language == 'auto' ? document.documentElement.lang || navigator.language : language,
        url: location.href.split(/[?#]/)[0],
        ...summarizeBrowser(),
        wording: store.wording,
      });
      // sendBeacon is false when the browser would not queue it (size, quota): try fetch.
      if (!navigator.sendBeacon?.(endpoint, body))
        fetch(endpoint, { method: 'POST', body, keepalive: true, credentials: 'omit' }).catch(() => {});
    } catch {
      // An endpoint URL the browser refuses, or a page that broke fetch: the visitor is unaffected.
    }
  });
}
