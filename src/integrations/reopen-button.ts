import type { ConsentStore } from '../core/consent-store.js';
import { resolveLanguage, tableLanguage } from '../i18n/localize.js';
import type { PageTable } from '../i18n/strings.js';

/**
 * Draws the small, always-available control that reopens the preferences once the visitor
 * has decided. Plain DOM in the core, so a returning visitor has it without the UI chunk.
 * `config.ui.reopenButton`: `true` / `'bottom-left'` (default), `'bottom-right'`, or `false`
 * when the site offers its own `[data-consent-open]` link. Its name (a tooltip too) comes
 * from `config.texts[lang].reopen.label`, else the language's built-in table, which `loadPage`
 * downloads. Its colours: `--consent-reopen-bg` and `--consent-reopen-fg`.
 *
 * Where it goes: into the page's `[data-consent-reopen]` element when there is one (e.g. in the
 * footer: a plain button with its name as text, styled by the page, in the page's tab order);
 * else fixed in a corner; on narrow screens (under 40em) at the end of the page instead, in
 * the flow, where it covers no content (WCAG 1.4.10 at 320 px).
 */
export function drawReopenButton(store: ConsentStore, loadPage: (lang: string) => Promise<PageTable>): void {
  const { ui, texts } = store.config;
  const where = ui.reopenButton ?? true;
  // Made once the page has loaded (or when the control is first placed, if sooner), not at
  // start-up, where it costs the first paint a couple of milliseconds, nor at the visitor's
  // first decision, where it would delay the tags that decision lets run.
  let narrow: MediaQueryList | undefined;
  const watchNarrow = () => {
    if (!narrow) {
      narrow = matchMedia('(max-width: 40em)');
      narrow.addEventListener?.('change', () => update());
    }
    return narrow;
  };
  let button: HTMLButtonElement | undefined;
  let label: string | undefined;
  let labelling: Promise<void> | undefined;
  const update = (event?: Event) => {
    let fresh = false;
    if (!button && where && document.body) {
      const lang = resolveLanguage(store.config);
      const own = texts[lang]?.reopen?.label;
      if (typeof own == 'string') label = own;
      // Drawn once its name is here: a button without one would be announced as "button". The
      // name is fetched once <body> exists, before any decision, so that the control is there
      // the moment a visitor decides (the banner hands the focus to it).
      if (label == null)
        labelling ??= loadPage(tableLanguage(lang, store.config)).then(
          (table) => ((label = table.reopen.label), update()),
          () => (labelling = undefined),
        );
      if (label == null || !store.decided) return;
      fresh = true;
      button = store.reopenControl = document.createElement('button');
      button.className = 'consent-reopen';
      button.title = label;
      button.onclick = () => store.openPreferences();
      // A cookie with a bite, drawn inline: no file, no font. The chips wind the other way: holes.
      // Built node by node, never from markup: a page enforcing Trusted Types
      // (`require-trusted-types-for 'script'`) refuses `innerHTML`.
      const svg = (tag: string, name: string, value: string) => {
        const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
        node.setAttribute(name, value);
        return node;
      };
      const icon = svg('svg', 'viewBox', '0 0 24 24');
      icon.append(svg('path', 'd', 'M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5zM8 8.5a1.5 1.5 0 1 1 0 .1zm-1 6a1.5 1.5 0 1 1 0 .1zm5.5 2a1.5 1.5 0 1 1 0 .1z'));
      button.append(icon);
    }
    if (button) place(button, fresh);
    // Its style is inline (no stylesheet in the core), so paper is handled by the print events.
    if (button) button.hidden = event?.type == 'beforeprint' || !store.decided || store.bannerOpen;
  };
  const place = (button: HTMLButtonElement, fresh: boolean) => {
    // Taken out of the page by its own code: it stays out.
    if (!fresh && !button.isConnected) return;
    const slot = document.querySelector('[data-consent-reopen]');
    if (slot) {
      if (button.parentNode != slot) {
        slot.append(button);
        button.removeAttribute('style');
        button.textContent = button.title;
      }
      return;
    }
    const flow = watchNarrow().matches;
    // `fill` is inherited: the icon takes the foreground colour without an attribute of its own.
    button.style.cssText =
      (flow
        ? 'margin:16px;'
        : `position:fixed;bottom:16px;${where == 'bottom-right' ? 'right' : 'left'}:16px;z-index:2147482999;box-shadow:0 2px 8px #0005;`) +
      'width:44px;height:44px;padding:10px;border:0;border-radius:50%;cursor:pointer;background:var(--consent-reopen-bg,#1e4fd6);fill:var(--consent-reopen-fg,#fff)';
    // In the flow it is the page's last element; not moved while it has the focus.
    if (fresh || (flow && document.body.lastElementChild != button && document.activeElement != button)) document.body.append(button);
  };
  addEventListener('beforeprint', update);
  addEventListener('afterprint', update);
  store.on('ui', update);
  // Before <body> exists (the script in <head>) it waits for the page's load, not its
  // DOMContentLoaded: nobody needs it sooner, and that moment has enough work of its own.
  update();
  addEventListener('load', () => (watchNarrow(), update()));
}
