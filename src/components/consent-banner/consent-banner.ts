import type { ConsentStore } from '../../core/consent-store.js';
import type { LocalizedText } from '../../core/types.js';
import { localize } from '../../i18n/localize.js';
import { loadTexts, textsFor } from '../../i18n/strings.js';
import { safeUrl } from '../../internal/safe-url.js';
import { PlainElement } from '../../internal/plain-element.js';
import { bannerStyles } from './consent-banner.styles.js';

const POSITIONS = ['bottom', 'bottom-left', 'bottom-right', 'center'];

type Child = Node | string | false | undefined;

/** An element with attributes and children; strings become text nodes, never markup. */
const h = (tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement => {
  const element = document.createElement(tag);
  for (const name in attributes) element.setAttribute(name, attributes[name]);
  element.append(...(children.filter(Boolean) as Array<Node | string>));
  return element;
};

/**
 * The first layer of consent: the purposes, a link to the privacy policy, and three actions
 * of equal prominence — accept all, reject all, customise — plus "continue without
 * accepting", which records a refusal. Non-blocking: it overlays the page without a
 * backdrop and moves nothing. Shown while the visitor has no valid decision, or after
 * `store.openBanner()`; it renders and delegates, every decision is taken by the store.
 *
 * A plain custom element, not a Lit one: a first-time visitor downloads and runs no Lit to
 * see it. It finds its store like the other layers (explicit `.store`, then `@lit/context`,
 * then the page's store) and renders with `textContent` only, never markup from the config.
 *
 * @summary Cookie-consent banner (first layer).
 * @tag consent-banner
 *
 * @event {ConsentChangeEvent} consent-change - Not fired by the element itself: the store dispatches it on
 *   `document` after each decision the visitor takes here (bubbles, composed).
 *
 * @attr {string} position - `bottom` (full-width bar), `bottom-left`, `bottom-right` or `center`; defaults to
 *   the config's `ui.position`. Reflects the `position` property.
 * @attr {string} theme - `light`, `dark`, or `auto` to follow the system; defaults to the config's `ui.theme`.
 *   Reflects the `theme` property.
 *
 * @csspart base - The banner (`<section>`, a labelled region).
 * @csspart header - The row holding the title and the close control.
 * @csspart title - The heading.
 * @csspart close-button - "Continue without accepting": records a refusal.
 * @csspart description - The text naming the purposes.
 * @csspart purposes - The list of the purposes' short titles.
 * @csspart controller - The controller's name (`privacyPolicy.controller.name`).
 * @csspart policy-link - The link to the privacy policy (when `privacyPolicy.url` is set).
 * @csspart changed - The notice that the policy changed since the visitor's last choice.
 * @csspart gpc - The Global Privacy Control notice.
 * @csspart actions - The row of the three actions.
 * @csspart button - Each of the three actions.
 * @csspart reject-button - "Reject all".
 * @csspart customize-button - "Customise": opens the preferences.
 * @csspart accept-button - "Accept all".
 *
 * @cssproperty [--consent-bg=#fff] - Background (dark: #1c1f26).
 * @cssproperty [--consent-fg=#1b1f27] - Text colour (dark: #eceef2).
 * @cssproperty [--consent-muted=#4f5766] - Secondary text (dark: #b3bac6).
 * @cssproperty [--consent-accent=#1e4fd6] - Buttons and links (dark: #8fb0ff).
 * @cssproperty [--consent-on-accent=#fff] - Text on the buttons (dark: #0d1424).
 * @cssproperty [--consent-border=#dfe3e9] - Borders (dark: #3a404c).
 * @cssproperty [--consent-radius=14px] - Corner radius.
 * @cssproperty [--consent-shadow] - Box shadow.
 * @cssproperty [--consent-font=system-ui] - Font family.
 * @cssproperty [--consent-font-size=0.9375rem] - Base font size.
 * @cssproperty [--consent-z-index=2147483000] - Stacking order over the page.
 */
export class ConsentBanner extends PlainElement {
  static observedAttributes = ['position', 'theme'];

  /** The store the banner renders from, which its buttons act on. */
  private _current?: ConsentStore;
  /** What the banner shows, to rebuild it only when that changes (not under a focused button). */
  private _shown?: string;
  private _section?: Element;
  /** The polite status message announcing a saved decision (WCAG 4.1.3). */
  private _status: HTMLElement;
  /** Where the focus was before it entered the banner: where it goes back after a decision. */
  private _returnTo?: EventTarget | null;
  /** The visitor went on to the preferences from here: their decision there closes the banner too. */
  private _customizing = false;

  constructor() {
    super(['store', 'position', 'theme'], bannerStyles);
    // Present from the start, empty: a live region added with its text is often not read.
    this.shadowRoot!.append((this._status = h('div', { role: 'status', class: 'visually-hidden' })));
    // Between the banner's own controls the previous target is the host itself (retargeted);
    // from the preferences, it is the dialog giving the focus back to "Customise": not a place.
    this.addEventListener('focusin', (event) => {
      const from = event.relatedTarget as Element | null;
      if (from != this && from?.localName != 'consent-preferences') this._returnTo = from;
    });
  }

  /** `bottom` (full-width bar), `bottom-left`, `bottom-right` or `center`; defaults to the config's `ui.position`. */
  get position(): string | undefined {
    return this.getAttribute('position') ?? undefined;
  }
  set position(value: string | undefined) {
    this.reflect('position', value);
  }

  /** `light`, `dark`, or `auto` to follow the system; defaults to the config's `ui.theme`. */
  get theme(): string | undefined {
    return this.getAttribute('theme') ?? undefined;
  }
  set theme(value: string | undefined) {
    this.reflect('theme', value);
  }

  /**
   * The banner closes on a decision the visitor made here (or in the preferences opened from
   * here): say so once, politely, and put the focus back where it was before the visitor came
   * into the banner, else on the reopen control, rather than on the page's `<body>`.
   */
  private _decided(store: ConsentStore, saved: string): void {
    const inside = !!this.shadowRoot!.activeElement;
    if (!inside && !this._customizing) return;
    this._customizing = false;
    this._status.textContent = saved;
    // Lost: on <body>, or still on a control that is no longer shown (the closed dialog's button).
    const lost = () => {
      let focused = document.activeElement;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      return !focused || focused == document.body || !focused.checkVisibility();
    };
    const restore = () => {
      if (!lost()) return;
      const back = this._returnTo as HTMLElement | null | undefined;
      if (back?.isConnected && back != document.body) back.focus?.();
      const reopen = store.reopenControl;
      if (lost() && reopen?.isConnected && !reopen.hidden) reopen.focus();
    };
    // From the banner itself the focused button is about to go; from the dialog, the dialog gives
    // the focus back to "Customise" as it closes, which is gone too: look once it has closed.
    if (inside) queueMicrotask(restore);
    else setTimeout(restore);
  }

  protected update(): void {
    const store = (this._current = this.currentStore);
    const t = store?.ready ? textsFor(store) : undefined;
    if (store?.ready && !t)
      this.loading ??= loadTexts(store).then(
        () => {
          this.loading = undefined;
          this.requestUpdate();
        },
        () => (this.loading = undefined),
      );
    if (!t || !store!.bannerOpen) {
      if (this._section && t && store!.decided) this._decided(store!, t.banner.saved);
      this._section?.remove();
      this._section = this._shown = undefined;
      return;
    }
    if (!this._section) this._status.textContent = '';
    const { config, categories, gpcCategories } = store!;
    store!.wording = t.hash;
    const b = t.banner;
    const label = (name: string) => t.category(name)[0];
    const purposes = categories.filter((name) => name != 'necessary').map(label).join(', ');
    const gpc = gpcCategories.map(label).join(', ');
    const policy = safeUrl(config.privacyPolicy?.url);
    // Who is behind the site, on the first layer (CNIL), from the same config as the policy.
    const controller = localize((config.privacyPolicy?.controller as { name?: LocalizedText } | undefined)?.name, t.lang);
    const changed = store!.reasked == 'revision' && !store!.decided;
    const position = this.position ?? config.ui.position;

    // Not JSON: a page may break it (test/hardening).
    const shown = [...Object.values(b), purposes, gpc, policy, controller, changed].join('\u0001');
    if (shown != this._shown) {
      this._shown = shown;
      // The buttons act on the store of the moment, so they survive a change of store.
      const button = (part: string, text: string, action: (store: ConsentStore) => unknown, attributes = {}) => {
        const element = h('button', { part, ...attributes }, text);
        element.onclick = () => action(this._current!);
        return element;
      };
      const reject = (store: ConsentStore) => store.rejectAll();
      const close = (store: ConsentStore) => store.rejectAll('close');
      const section = h(
        'section',
        { part: 'base', class: 'layer', 'aria-labelledby': 'title' },
        h(
          'div',
          { class: 'inner' },
          h(
            'div',
            { part: 'header', class: 'header' },
            h('h2', { part: 'title', id: 'title' }, b.title),
            button('close-button', b.close, close, { class: 'close' }),
          ),
          h(
            'div',
            { class: 'text' },
            h(
              'p',
              { part: 'description' },
              b.description,
              ' ',
              purposes && h('strong', { part: 'purposes' }, purposes),
              purposes && '. ',
              b.withdraw,
              ' ',
              controller && h('span', { part: 'controller' }, b.controller, controller, '.'),
              ' ',
              policy && h('a', { part: 'policy-link', href: policy }, b.policy),
            ),
            changed && h('p', { part: 'changed' }, b.changed),
            gpc && h('p', { part: 'gpc' }, b.gpc, ' ', h('strong', {}, gpc), '.'),
          ),
          h(
            'div',
            { part: 'actions', class: 'actions' },
            button('button reject-button', b.reject, reject),
            button('button customize-button', b.customize, (store) => ((this._customizing = true), store.openPreferences())),
            button('button accept-button', b.accept, (store) => store.acceptAll()),
          ),
        ),
      );
      if (this._section) this._section.replaceWith(section);
      else this.shadowRoot!.append(section);
      this._section = section;
    }
    // Attributes only: changing them keeps the buttons, and the focus on them.
    const section = this._section!;
    section.setAttribute('lang', t.lang);
    section.setAttribute('dir', t.dir);
    section.setAttribute('data-theme', this.theme ?? String(config.ui.theme ?? 'auto'));
    section.setAttribute('data-position', POSITIONS.includes(position as string) ? (position as string) : 'bottom');
  }
}
