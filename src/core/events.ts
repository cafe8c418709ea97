import type { ConsentChangeDetail, ConsentReadyDetail } from './types.js';

/**
 * Fired on `document` after every decision (bubbles, composed): `detail` is
 * `{ categories, changed, reason, consentId, timestamp, revision }`. Dispatched by the store,
 * hence in the core.
 */
export class ConsentChangeEvent extends Event {
  static readonly type = 'consent-change';
  constructor(readonly detail: ConsentChangeDetail) {
    super(ConsentChangeEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired once per page on `document` when the stored decision is known (bubbles, composed):
 * `detail` is `{ categories, consentId, timestamp, revision, decided }`.
 */
export class ConsentReadyEvent extends Event {
  static readonly type = 'consent-ready';
  constructor(readonly detail: ConsentReadyDetail) {
    super(ConsentReadyEvent.type, { bubbles: true, composed: true });
  }
}

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
