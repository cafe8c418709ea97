import type { ConsentStore } from '../core/consent-store.js';
import { resolveLanguage } from '../i18n/localize.js';

/**
 * Draws the small, always-available control that reopens the preferences once the visitor
 * has decided. Plain DOM in the core, so a returning visitor has it without the UI chunk.
 * `config.ui.reopenButton`: `true` / `'bottom-left'` (default), `'bottom-right'`, or `false`
 * when the site offers its own `[data-consent-open]` link. Its name (a tooltip too) comes
 * from `config.texts[lang].reopen.label`. Its colours: `--consent-reopen-bg` and `--consent-reopen-fg`.
 */
export function drawReopenButton(store: ConsentStore): void {
  const { ui, texts, language } = store.config;
  const where = ui.reopenButton ?? true;
  let button: HTMLButtonElement | undefined;
  const update = (event?: Event) => {
    if (!button && where && store.decided && document.body) {
      const lang = resolveLanguage(language);
      const label = texts[lang]?.reopen?.label;
      button = document.createElement('button');
      button.className = 'consent-reopen';
      button.title = typeof label == 'string' ? label : lang == 'fr' ? 'Gérer mes cookies' : 'Cookie settings';
      button.onclick = () => store.openPreferences();
      // `fill` is inherited: the icon takes the foreground colour without an attribute of its own.
      button.style.cssText = `position:fixed;bottom:16px;${where == 'bottom-right' ? 'right' : 'left'}:16px;z-index:2147482999;width:44px;height:44px;padding:10px;border:0;border-radius:50%;cursor:pointer;background:var(--consent-reopen-bg,#1e4fd6);fill:var(--consent-reopen-fg,#fff);box-shadow:0 2px 8px #0005`;
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
      document.body.append(button);
    }
    // Its style is inline (no stylesheet in the core), so paper is handled by the print events.
    if (button) button.hidden = event?.type == 'beforeprint' || !store.decided || store.bannerOpen;
  };
  addEventListener('beforeprint', update);
  addEventListener('afterprint', update);
  store.on('ui', update);
  // Before <body> exists (the script in <head>) it waits for the page's load, not its
  // DOMContentLoaded: nobody needs it sooner, and that moment has enough work of its own.
  update();
  addEventListener('load', update);
}
