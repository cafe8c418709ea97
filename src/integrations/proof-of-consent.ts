import type { ConsentStore } from '../core/consent-store.js';

/**
 * Reasons that are a decision by the visitor, hence worth a proof. Not sent: `gpc` (the
 * browser's signal only pre-sets refusals and stores nothing), `expired` and `revision` (a
 * decision lapsed, nothing was decided) and `sync` (the tab where the visitor decided sent it).
 */
const DECISIONS = ['accept-all', 'reject-all', 'close', 'save', 'reset'];

/** Sends a proof of consent (`./proof-beacon.ts`). */
export type ProofSender = (endpoint: string, proof: object) => void;

/**
 * Sends a proof-of-consent record to `config.proofOfConsent.endpoint` after every decision by
 * the visitor. The body is JSON sent as `text/plain` (no CORS preflight): `{ consentId,
 * timestamp, revision, policyVersion, choices, services, reason, gpc, language, url, browser,
 * device, wording }`. `reason` tells "continue without accepting" (`close`) from "reject all";
 * `services` holds the per-service choices. `url` has no query string nor hash; `browser` is
 * the family and major version (`'Chrome 156'`) and `device` `desktop`, `mobile` or `tablet`,
 * never the full user agent; no IP, form data or identifier of the site's own is read. The
 * record is taken down at the decision; `loadSender` gives what sends it (`sendProof` of
 * `./proof-beacon.ts`; the script tag takes it from its UI chunk).
 * A failing endpoint is ignored. Returns the unsubscribe function.
 */
export function connectProofOfConsent(store: ConsentStore, loadSender: () => Promise<ProofSender>): () => void {
  const endpoint = store.config.proofOfConsent?.endpoint;
  if (!endpoint) return () => {};
  let previousId = store.consentId;
  return store.on('consent-change', ({ reason, categories, services, timestamp, revision }) => {
    // After a reset the store has forgotten the id: the proof names the withdrawn decision.
    const consentId = store.consentId ?? previousId;
    previousId = store.consentId;
    if (!consentId || !DECISIONS.includes(reason)) return;
    const { language, privacyPolicy } = store.config;
    const proof = {
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
      wording: store.wording,
    };
    loadSender().then((send) => send(endpoint, proof), () => {});
  });
}
