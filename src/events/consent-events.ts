import type { ConsentChangeDetail, ConsentReadyDetail } from '../core/types.js';

/**
 * Fired on `document` after every decision (bubbles, composed).
 * `detail`: `{ categories, changed, reason, consentId, timestamp, revision }`.
 */
export type ConsentChangeEvent = CustomEvent<ConsentChangeDetail>;

/** Fired once per page on `document` when the stored decision is known (bubbles, composed). */
export type ConsentReadyEvent = CustomEvent<ConsentReadyDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'consent-change': ConsentChangeEvent;
    'consent-ready': ConsentReadyEvent;
  }
  interface DocumentEventMap {
    'consent-change': ConsentChangeEvent;
    'consent-ready': ConsentReadyEvent;
  }
}
