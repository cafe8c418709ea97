import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ConsentStore } from '../core/consent-store.js';
import { consentStoreContext, storeFor } from './store-context.js';

type Host = ReactiveControllerHost & HTMLElement & { store?: ConsentStore };

/**
 * Gives an element the consent store — its explicit `.store` property first, then the one
 * provided through `@lit/context`, then the page's started store (`startConsentElements()` or
 * the script tag) — and re-renders the element whenever the store changes.
 */
export class StoreController implements ReactiveController {
  private _unsubscribe?: () => void;
  private _subscribed?: ConsentStore;
  private _consumer: ContextConsumer<typeof consentStoreContext, Host>;

  constructor(private readonly host: Host) {
    host.addController(this);
    this._consumer = new ContextConsumer(host, {
      context: consentStoreContext,
      subscribe: true,
      callback: () => this.hostUpdate(),
    });
  }

  /** The store the host should render from, if it has one yet. */
  get store(): ConsentStore | undefined {
    return storeFor(this.host.store, this._consumer.value);
  }

  hostConnected(): void {
    this.hostUpdate();
  }

  /** Subscribes to the current store, and only to it, before every render. */
  hostUpdate(): void {
    const store = this.store;
    if (store === this._subscribed) return;
    this._stop();
    this._subscribed = store;
    if (!store) return;
    this._unsubscribe = store.on('ui', () => this.host.requestUpdate());
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this._stop();
  }

  private _stop(): void {
    this._unsubscribe?.();
    this._unsubscribe = this._subscribed = undefined;
  }
}
