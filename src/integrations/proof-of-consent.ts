import type { ConsentStore } from '../core/consent-store.js';

/**
 * Reasons that are a decision by the visitor, hence worth a proof. Not sent: `gpc` (the
 * browser's signal only pre-sets refusals and stores nothing), `expired` and `revision` (a
 * decision lapsed, nothing was decided) and `sync` (the tab where the visitor decided sent it).
 */
const DECISIONS = ['accept-all', 'reject-all', 'save', 'reset'];

/**
 * Sends a proof-of-consent record to `config.proofOfConsent.endpoint` after every decision by
 * the visitor: `navigator.sendBeacon`, else `fetch` with `keepalive`. The body is JSON sent as
 * `text/plain` (no CORS preflight): `{ consentId, timestamp, revision, policyVersion, choices,
 * services, reason, gpc, language, url, userAgent, wording }`. `url` has no query string nor hash; no IP,
 * form data or identifier of the site's own is read. A failing endpoint is ignored.
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
        userAgent: navigator.userAgent,
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
