import { LitElement, type PropertyDeclarations } from 'lit';
import { StoreController } from '../context/store-controller.js';
import type { ConsentStore } from '../core/consent-store.js';
import { dialogTextsFor, loadDialogTexts } from '../i18n/dialog-texts.js';
import type { DialogTexts } from '../i18n/strings.js';
import { settled } from '../internal/settled.js';

/** What a layer renders from, once the store is loaded and the language's texts are here. */
export interface View {
  store: ConsentStore;
  t: DialogTexts;
  /** `light`, `dark` or `auto`, set on the base part as `data-theme`. */
  theme: string;
}

/**
 * The base of the Lit layers (the preferences dialog; the banner is a plain element doing the
 * same without Lit): finds the store (explicit `.store`, then context),
 * fetches the active language's texts, and records which wording the visitor saw.
 */
export class ConsentElement extends LitElement {
  static override properties: PropertyDeclarations = {
    store: { attribute: false },
    theme: { reflect: true },
  };

  /** The consent store; when unset, the one provided through `@lit/context` is used. */
  store?: ConsentStore;
  /** `light`, `dark`, or `auto` to follow the system; defaults to the config's `ui.theme`. */
  theme?: string;

  protected readonly consent = new StoreController(this);
  private loading?: Promise<void>;

  /** What to render from, or `undefined` while the store or the texts are not ready. */
  protected view(): View | undefined {
    const store = this.consent.store;
    if (!store?.ready) return;
    const t = dialogTextsFor(store);
    if (!t) {
      this.loading ??= loadDialogTexts(store).then(
        () => {
          this.loading = undefined;
          this.requestUpdate();
        },
        // `updateComplete` settles (nothing rendered); the next render tries the download again.
        () => (this.loading = undefined),
      );
      return;
    }
    store.wording = t.hash;
    return { store, t, theme: this.theme ?? String(store.config.ui.theme ?? 'auto') };
  }

  /** Also waits for the language's texts, so `await el.updateComplete` sees the rendered layer. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settled(() => this.loading, () => super.getUpdateComplete());
  }
}
