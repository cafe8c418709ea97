import { html, nothing, type PropertyDeclarations } from 'lit';
import type { LocalizedText } from '../../core/types.js';
import { localize } from '../../i18n/localize.js';
import { ConsentElement } from '../../internal/consent-element.js';
import { safeUrl } from '../../internal/safe-url.js';
import { bannerStyles } from './consent-banner.styles.js';

const POSITIONS = ['bottom', 'bottom-left', 'bottom-right', 'center'];

/**
 * The first layer of consent: the purposes, a link to the privacy policy, and three actions
 * of equal prominence — accept all, reject all, customise — plus "continue without
 * accepting", which records a refusal. Non-blocking: it overlays the page without a
 * backdrop and moves nothing. Shown while the visitor has no valid decision, or after
 * `store.openBanner()`; it renders and delegates, every decision is taken by the store.
 *
 * @summary Cookie-consent banner (first layer).
 * @tag consent-banner
 *
 * @event {ConsentChangeEvent} consent-change - Not fired by the element itself: the store dispatches it on
 *   `document` after each decision the visitor takes here (bubbles, composed).
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
export class ConsentBanner extends ConsentElement {
  static override properties: PropertyDeclarations = {
    position: { reflect: true },
  };
  static override styles = bannerStyles;

  /** `bottom` (full-width bar), `bottom-left`, `bottom-right` or `center`; defaults to the config's `ui.position`. */
  position?: string;

  override render() {
    const view = this.view();
    if (!view?.store.bannerOpen) return nothing;
    const { store, t, theme } = view;
    const b = t.banner;
    const label = (name: string) => t.category(name)[0];
    const purposes = store.categories.filter((name) => name != 'necessary').map(label).join(', ');
    const gpc = store.gpcCategories.map(label).join(', ');
    const policy = safeUrl(store.config.privacyPolicy?.url);
    // Who is behind the site, on the first layer (CNIL), from the same config as the policy.
    const controller = localize((store.config.privacyPolicy?.controller as { name?: LocalizedText } | undefined)?.name, t.lang);
    const position = this.position ?? store.config.ui.position;
    return html`<section
      part="base"
      class="b"
      lang=${t.lang}
      data-theme=${theme}
      data-position=${POSITIONS.includes(position as string) ? position : 'bottom'}
      aria-labelledby="title"
    >
      <div class="i">
        <div part="header" class="h">
          <h2 part="title" id="title">${b.title}</h2>
          <button part="close-button" class="x" @click=${() => store.rejectAll()}>${b.close}</button>
        </div>
        <div class="t">
          <p part="description">
            ${b.description} ${purposes ? html`<strong part="purposes">${purposes}</strong>.` : nothing}
            ${b.withdraw} ${controller ? html`<span part="controller">${b.controller}${controller}.</span>` : nothing}
            ${policy ? html`<a part="policy-link" href=${policy}>${b.policy}</a>` : nothing}
          </p>
          ${store.reasked == 'revision' && !store.decided ? html`<p part="changed">${b.changed}</p>` : nothing}
          ${gpc ? html`<p part="gpc">${b.gpc} <strong>${gpc}</strong>.</p>` : nothing}
        </div>
        <div part="actions" class="a">
          <button part="button reject-button" @click=${() => store.rejectAll()}>${b.reject}</button>
          <button part="button customize-button" @click=${() => store.openPreferences()}>${b.customize}</button>
          <button part="button accept-button" @click=${() => store.acceptAll()}>${b.accept}</button>
        </div>
      </div>
    </section>`;
  }
}
