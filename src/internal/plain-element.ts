import { ContextEvent } from '@lit/context';
import { consentStoreContext, storeFor } from '../context/store-context.js';
import type { ConsentStore } from '../core/consent-store.js';
import { settled } from './settled.js';

/** Importing the package on a server (no DOM) must not throw: the class is only used in browsers. */
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

const sheets = new Map<string, CSSStyleSheet>();

/**
 * The lifecycle of a Lit element, for an element that must not ship Lit: `<consent-banner>`,
 * which every first-time visitor downloads (Lit would add about 6 KiB gzip to that visit).
 * It does what LitElement would: takes the properties a page set before the element was
 * defined, batches changes into one `update()` per microtask, exposes `updateComplete`, asks
 * `@lit/context` for the consent store (explicit `.store` first, then a provider, then the
 * page's store) and re-renders when that store changes, reflects string attributes, and adopts
 * one shared stylesheet per element class (a `<style>` where constructable stylesheets are
 * missing, Safari before 16.4).
 *
 * The trade-off: no templates, so the subclass builds its DOM by hand and must keep focus
 * itself (rebuild only what changed). When a first visit may download Lit anyway (the banner
 * needs templates, or Lit is on the page already), subclass `LitElement` with
 * `StoreController` instead and delete this file.
 */
export abstract class PlainElement extends Base {
  private _explicit?: ConsentStore;
  /** The store a `@lit/context` provider gave, and how to stop its updates. */
  private _provided?: ConsentStore;
  private _unprovide?: () => void;
  private _subscribed?: ConsentStore;
  private _unsubscribe?: () => void;
  private _pending?: Promise<boolean>;
  /** A download the next render waits for (the language's texts); `updateComplete` waits too. */
  protected loading?: Promise<unknown>;

  /**
   * @param upgraded properties a page may have set before the element was defined.
   * @param styles the element's stylesheet text, shared by every instance.
   */
  constructor(upgraded: string[], styles: string) {
    super();
    // Properties set before the element was defined sit on the instance, hiding the
    // accessors: pass them through the accessors (as Lit does).
    for (const key of upgraded)
      if (this.hasOwnProperty(key)) {
        const value = (this as Record<string, unknown>)[key];
        delete (this as Record<string, unknown>)[key];
        (this as Record<string, unknown>)[key] = value;
      }
    const root = this.attachShadow({ mode: 'open' });
    // One adopted stylesheet per class (no inline <style>: strict CSP).
    if (!('adoptedStyleSheets' in Document.prototype)) root.append(Object.assign(document.createElement('style'), { textContent: styles }));
    else {
      let sheet = sheets.get(styles);
      if (!sheet) sheets.set(styles, (sheet = new CSSStyleSheet())), sheet.replaceSync(styles);
      root.adoptedStyleSheets = [sheet];
    }
  }

  /** The consent store; when unset, the one provided through `@lit/context`, then the page's store. */
  get store(): ConsentStore | undefined {
    return this._explicit;
  }
  set store(store: ConsentStore | undefined) {
    this._explicit = store;
    this.requestUpdate();
  }

  /** The store to render from: the explicit one, the provided one, else the page's. */
  protected get currentStore(): ConsentStore | undefined {
    return storeFor(this._explicit, this._provided);
  }

  /** Resolves once the element has rendered, downloads it waited for included. */
  get updateComplete(): Promise<boolean> {
    return settled(
      () => this.loading,
      () => this._pending ?? Promise.resolve(true),
    );
  }

  connectedCallback(): void {
    // Answered, now and on every change, by a `ContextProvider` above (npm users'); the script
    // tag provides none: the page's store is found through the registry instead.
    this.dispatchEvent(
      new ContextEvent(
        consentStoreContext,
        this,
        (store, unsubscribe) => {
          if (unsubscribe != this._unprovide) this._unprovide?.();
          this._unprovide = unsubscribe;
          this._provided = store;
          this.requestUpdate();
        },
        true,
      ),
    );
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    this._unprovide?.();
    this._unprovide = this._provided = undefined;
    this._follow(undefined);
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /** Sets or removes a string attribute (a reflected property). */
  protected reflect(name: string, value: string | undefined): void {
    if (value == null) this.removeAttribute(name);
    else this.setAttribute(name, value);
  }

  /** Renders once, in a microtask, however many changes came in meanwhile. */
  requestUpdate(): void {
    this._pending ??= Promise.resolve().then(() => {
      this._pending = undefined;
      this._follow(this.isConnected ? this.currentStore : undefined);
      this.update();
      return true;
    });
  }

  /** Builds or refreshes the shadow DOM from the current state. */
  protected abstract update(): void;

  /** Listens to `store`, and only to it, while connected. */
  private _follow(store: ConsentStore | undefined): void {
    if (store === this._subscribed) return;
    this._unsubscribe?.();
    this._subscribed = store;
    this._unsubscribe = store?.on('ui', () => this.requestUpdate());
  }
}
