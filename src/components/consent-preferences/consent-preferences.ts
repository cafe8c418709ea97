import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { expandedNow, type ExpandedService } from '../../catalogue/expand.js';
import { formatLifetime, formatPlaces } from '../../catalogue/format.js';
import type { ConsentStore } from '../../core/consent-store.js';
import type { ConsentChoices } from '../../core/types.js';
import { localize } from '../../i18n/localize.js';
import { safeUrl } from '../../internal/safe-url.js';
import { StoreController } from '../../context/store-controller.js';
import { dialogTextsFor, loadDialogTexts } from '../../i18n/dialog-texts.js';
import { settled } from '../../internal/settled.js';
import { preferencesStyles } from './consent-preferences.styles.js';

/**
 * The second layer of consent: a modal `<dialog>` with one switch per category (necessary on
 * and disabled, nothing pre-ticked), each category expandable to its services and their
 * cookies, and accept all / reject all / save. Opens when the store's `preferencesOpen` is
 * set (`store.openPreferences()`, the banner's "Customise", any `[data-consent-open]`);
 * Escape and × close it without saving, and focus goes back to the opener. The switches
 * always start from the store's current choices.
 *
 * @summary Cookie preferences dialog (second layer).
 * @tag consent-preferences
 *
 * @event {ConsentChangeEvent} consent-change - Not fired by the element itself: the store dispatches it on
 *   `document` after each decision the visitor takes here (bubbles, composed).
 *
 * @csspart base - The `<dialog>`.
 * @csspart header - The row holding the title and the × button.
 * @csspart title - The heading that labels the dialog.
 * @csspart close-button - The × button: closes without saving.
 * @csspart body - The scrolling content.
 * @csspart description - The introduction.
 * @csspart categories - The list of categories.
 * @csspart category - One category.
 * @csspart category-title - A category's title.
 * @csspart category-description - A category's description.
 * @csspart switch - A category's switch (`role="switch"`); `switch-on` is added when checked.
 * @csspart always-on - "Always on", next to the necessary category's switch.
 * @csspart details - The expandable services of a category (`<details>`).
 * @csspart summary - Its `<summary>`.
 * @csspart service - One service.
 * @csspart service-name - A service's name.
 * @csspart service-switch - A service's switch (`role="switch"`, named by the service); `service-switch-on` when checked.
 * @csspart service-location - Where a service stores its data.
 * @csspart service-privacy - The link to a service's privacy policy.
 * @csspart cookie - One cookie of a service.
 * @csspart actions - The row of the three actions.
 * @csspart button - Each of the three actions.
 * @csspart reject-button - "Reject all".
 * @csspart accept-button - "Accept all".
 * @csspart save-button - "Save my choices".
 *
 * @cssproperty [--consent-bg=#fff] - Background (dark: #1c1f26).
 * @cssproperty [--consent-fg=#1b1f27] - Text colour (dark: #eceef2).
 * @cssproperty [--consent-muted=#4f5766] - Secondary text and switches when off (dark: #b3bac6).
 * @cssproperty [--consent-accent=#1e4fd6] - Buttons, links and switches when on (dark: #8fb0ff).
 * @cssproperty [--consent-on-accent=#fff] - Text on the buttons (dark: #0d1424).
 * @cssproperty [--consent-border=#dfe3e9] - Borders (dark: #3a404c).
 * @cssproperty [--consent-radius=14px] - Corner radius.
 * @cssproperty [--consent-shadow] - Box shadow.
 * @cssproperty [--consent-font=system-ui] - Font family.
 * @cssproperty [--consent-font-size=0.9375rem] - Base font size.
 * @cssproperty [--consent-backdrop=#0f172a99] - The backdrop behind the dialog.
 */
export class ConsentPreferences extends LitElement {
  static override styles = preferencesStyles;
  static override properties: PropertyDeclarations = {
    store: { attribute: false },
    theme: { reflect: true },
    inline: { type: Boolean, reflect: true },
  };

  /** The consent store; when unset, the one provided through `@lit/context`, then the page's store. */
  store?: ConsentStore;
  /** `light`, `dark`, or `auto` to follow the system; defaults to the config's `ui.theme`. */
  theme?: string;

  /** Renders in the page flow (a settings page), always shown, instead of as a modal dialog. */
  inline = false;

  /** Switches the visitor moved since the store last decided, not saved yet. */
  private _draft: Partial<ConsentChoices> = {};
  /** Service switches moved since, not saved yet. */
  private _draftServices: Partial<ConsentChoices> = {};
  private _draftFor?: number | null;
  private _shown = false;
  /** Nothing is rendered before the first opening: most visitors never open it. */
  private _opened = false;
  private _overflow?: string;

  private readonly _consent = new StoreController(this);
  /** The language's texts while they download: the next render waits for them. */
  private _loading?: Promise<void>;

  /** The store and the texts to render from, or `undefined` while either is not ready. */
  private _view() {
    const store = this._consent.store;
    if (!store?.ready) return;
    const t = dialogTextsFor(store);
    if (!t) {
      this._loading ??= loadDialogTexts(store).then(
        () => {
          this._loading = undefined;
          this.requestUpdate();
        },
        // `updateComplete` settles (nothing rendered); the next render tries the download again.
        () => (this._loading = undefined),
      );
      return;
    }
    // Which wording the visitor saw, for the proof of consent.
    store.wording = t.hash;
    return { store, t, theme: this.theme ?? String(store.config.ui.theme ?? 'auto') };
  }

  /** Also waits for the language's texts, so `await el.updateComplete` sees the rendered dialog. */
  protected override getUpdateComplete(): Promise<boolean> {
    return settled(() => this._loading, () => super.getUpdateComplete());
  }

  private get _dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  override render() {
    const view = this._view();
    if (!view || !(this.inline || (this._opened ||= view.store.preferencesOpen))) return nothing;
    const { store, t, theme } = view;
    const p = t.preferences;
    // Opening, a new decision or a reset: the store's choices are the ones shown again.
    if (this._draftFor !== store.timestamp || (store.preferencesOpen && !this._shown)) this._draft = this._draftServices = {};
    this._draftFor = store.timestamp;
    this._shown = store.preferencesOpen;
    const lang = t.lang;
    const all = expandedNow(store.config, lang, () => this.requestUpdate());
    const servicesOf = (name: string): ExpandedService[] =>
      all?.[name] ?? (store.config.categories[name].services ?? []).map((s) => ({ ...s, name: s.name ?? s.id }));
    const serviceValue = (name: string, id: string) =>
      name == 'necessary' || (this._draftServices[id] ?? this._draft[name] ?? store.getService(id));
    // A category with services is on when all of them are; its switch sets them all.
    const value = (name: string) => {
      const ids = store.services[name] ?? [];
      return name == 'necessary' || (ids[0] ? ids.every((id) => serviceValue(name, id)) : (this._draft[name] ?? store.get(name)));
    };
    const text = (value: unknown) => localize(value as string, lang);
    const service = (name: string, s: ExpandedService, id: string) => {
      const on = serviceValue(name, s.id);
      const link = safeUrl(s.privacyUrl);
      const place = s.location ? text(s.location) : s.dataLocations?.[0] ? formatPlaces(s.dataLocations, lang) : '';
      return html`<li part="service">
        <div class="row">
          <h4 part="service-name" id=${id}>${s.name}</h4>
          ${name == 'necessary'
            ? nothing
            : html`<button
                part="service-switch${on ? ' service-switch-on' : ''}"
                role="switch"
                aria-checked=${on}
                aria-labelledby=${id}
                @click=${() => {
                  this._draftServices = { ...this._draftServices, [s.id]: !on };
                  this.requestUpdate();
                }}
              ></button>`}
        </div>
        ${s.provider ? html`<p>${p.provider} ${text(s.provider)}</p>` : nothing}
        ${s.purpose ? html`<p>${p.purpose} ${text(s.purpose)}</p>` : nothing}
        ${place ? html`<p part="service-location">${p.location} ${place}</p>` : nothing}
        ${link ? html`<p><a part="service-privacy" href=${link} target="_blank" rel="noopener noreferrer" aria-label="${p.privacy}: ${s.name}">${p.privacy}</a></p>` : nothing}
        ${s.cookies?.length
          ? html`<ul>
              ${s.cookies.map(
                (c) =>
                  html`<li part="cookie">
                    <code>${c.name}</code>${c.lifetime ? ` · ${p.lifetime} ${formatLifetime(c.lifetime, lang, p.session)}` : ''}${c.purpose
                      ? ` · ${text(c.purpose)}`
                      : ''}
                  </li>`,
              )}
            </ul>`
          : nothing}
      </li>`;
    };
    const content = html`<div part="header" class="header">
        <h2 part="title" id="title">${p.title}</h2>
        ${this.inline ? nothing : html`<button part="close-button" class="close" aria-label=${p.close} @click=${() => store.closePreferences()}>×</button>`}
      </div>
      <div part="body" class="body">
        <p part="description">${p.description}</p>
        <ul part="categories">
          ${store.categories.map((name, i) => {
            const [label, description] = t.category(name);
            const on = value(name);
            const services = servicesOf(name);
            // Each disclosure's summary also names its category (hidden), so no two have the same name.
            return html`<li part="category">
              <div class="row">
                <h3 part="category-title" id="c${i}">${label}</h3>
                ${name == 'necessary' ? html`<span part="always-on">${p.alwaysOn}</span>` : nothing}
                <button
                  part="switch${on ? ' switch-on' : ''}"
                  role="switch"
                  aria-checked=${on}
                  aria-labelledby="c${i}"
                  aria-describedby="d${i}"
                  ?disabled=${name == 'necessary'}
                  @click=${() => {
                    this._draft = { ...this._draft, [name]: !on };
                    // The category's switch sets all its services.
                    for (const id of store.services[name] ?? []) delete this._draftServices[id];
                    this.requestUpdate();
                  }}
                ></button>
              </div>
              <p part="category-description" id="d${i}">${description}</p>
              ${services.length
                ? html`<details part="details">
                    <summary part="summary">${p.services} (${services.length})<span class="visually-hidden">, ${label}</span></summary>
                    <ul>
                      ${services.map((s, j) => service(name, s, `s${i}-${j}`))}
                    </ul>
                  </details>`
                : nothing}
            </li>`;
          })}
        </ul>
      </div>
      <div part="actions" class="actions">
        <button part="button reject-button" @click=${() => store.rejectAll()}>${p.reject}</button>
        <button part="button accept-button" @click=${() => store.acceptAll()}>${p.accept}</button>
        <button
          part="button save-button"
          @click=${() =>
            store.save(
              Object.fromEntries(store.categories.map((name) => [name, value(name)])),
              Object.fromEntries(store.categories.flatMap((name) => (store.services[name] ?? []).map((id) => [id, serviceValue(name, id)]))),
            )}
        >
          ${p.save}
        </button>
      </div>`;
    return this.inline
      ? html`<section part="base" class="layer inline" lang=${t.lang} dir=${t.dir} data-theme=${theme} aria-labelledby="title">${content}</section>`
      : html`<dialog part="base" class="layer" lang=${t.lang} dir=${t.dir} data-theme=${theme} aria-labelledby="title" @close=${this.handleClose} @keydown=${this.handleKeydown}>
          ${content}
        </dialog>`;
  }

  /**
   * Whether this element may show the page's one modal: it is not inline, it is on screen (not
   * inside a hidden route a framework keeps in the page, Next.js's cached routes), and no other
   * connected, visible `<consent-preferences>` holds the store's modal. Takes it when it may.
   */
  private _claim(store: ConsentStore & { preferencesHost?: Element }): boolean {
    const holder = store.preferencesHost;
    if (this.inline || !shown(this) || (holder && holder != this && holder.isConnected && shown(holder))) return false;
    store.preferencesHost = this;
    return true;
  }

  /** Opens or closes the native dialog to match the store. */
  protected override updated(): void {
    const dialog = this._dialog;
    const store = this._consent.store;
    if (!dialog || !store) return;
    const open = store.preferencesOpen && (dialog.open || this._claim(store));
    if (!open && (store as { preferencesHost?: Element }).preferencesHost == this) (store as { preferencesHost?: Element }).preferencesHost = undefined;
    if (open == dialog.open) return;
    if (open) {
      dialog.showModal();
      // Lock the page behind the modal; `handleClose` gives the page its scroll back.
      const root = document.documentElement.style;
      this._overflow ??= root.overflow;
      root.overflow = 'hidden';
    } else {
      dialog.close();
      this._unlock();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unlock();
  }

  private _unlock() {
    if (this._overflow != null) document.documentElement.style.overflow = this._overflow;
    this._overflow = undefined;
  }

  /** After Escape or any close: the page scrolls again and the store knows. */
  private handleClose = () => {
    this._unlock();
    const store = this._consent.store;
    if (store?.preferencesOpen && this.isConnected) store.closePreferences();
  };

  /**
   * Tab from the last control goes back to the first, and Shift+Tab the other way: a modal
   * `<dialog>` makes the page inert, but Chromium still lets Tab leave it for the browser's
   * own toolbar. Escape is handled here too: Chromium routes the dialog's own Escape through
   * its close-watcher machinery, which ignores the key in a window without focus (and after
   * repeated opens without user activation); the keydown itself always arrives.
   */
  private handleKeydown = (event: KeyboardEvent) => {
    const controls = this.renderRoot.querySelectorAll<HTMLElement>('button:not(:disabled),summary,a[href]');
    const [first, last] = [controls[0], controls[controls.length - 1]];
    const current = (this.renderRoot as ShadowRoot).activeElement;
    if (event.key == 'Escape') {
      event.preventDefault();
      this._consent.store?.closePreferences();
    } else if (event.key == 'Tab' && current == (event.shiftKey ? first : last)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  };
}

/** Whether `element` has a box on screen: not under `display: none`, nor `visibility: hidden`. */
const shown = (element: Element) =>
  element.checkVisibility ? element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : element.getClientRects().length > 0;
