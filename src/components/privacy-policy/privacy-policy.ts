import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { StoreController } from '../../context/store-controller.js';
import type { ConsentStore } from '../../core/consent-store.js';

/**
 * Scaffolding: replaced by the element's own issue.
 * @tag privacy-policy
 */
export class PrivacyPolicy extends LitElement {
  /** The consent store; when unset, the one provided through context is used. */
  @property({ attribute: false }) store?: ConsentStore;

  private readonly consent = new StoreController(this);

  override render() {
    return html`${this.consent.store ? '' : ''}`;
  }
}
