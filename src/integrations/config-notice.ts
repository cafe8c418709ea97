import type { ConsentStore } from '../core/consent-store.js';

/** Hosts that only a developer visits: `localhost`, `127.0.0.1`, `*.localhost`, `*.test`. */
const DEVELOPMENT = /^(localhost|127\.0\.0\.1|\[::1\])$|\.(localhost|test)$/;

/**
 * What to show on the page about the config, during development only (a development host, or
 * `debug`: the script tag's `data-debug`): the console error of an invalid config and the
 * warning about unknown keys. An invalid config means no banner at all, easy to ship unnoticed.
 * `undefined` when there is nothing to show, or on a production host without `debug`.
 */
export function configProblems(store: ConsentStore, debug?: boolean): string[] | undefined {
  const { configError, configWarnings } = store;
  const lines = [
    configError && `Invalid config: ${configError}. Everything non-essential stays refused, and no banner shows.`,
    configWarnings[0] && `Unknown config keys, ignored: ${configWarnings.join(', ')}.`,
  ].filter((line): line is string => !!line);
  if (lines[0] && (debug || DEVELOPMENT.test(location.hostname))) return lines;
}

/**
 * Shows `lines` in a small notice at the top of the page, which the developer can dismiss.
 * On demand (the tag loader's extras chunk): production pages never download it.
 */
export function configNotice(lines: string[]): void {
  const show = () => {
    const box = document.createElement('div');
    const text = document.createElement('p');
    const close = document.createElement('button');
    box.setAttribute('role', 'alert');
    box.className = 'consent-config-notice';
    // Inline style through CSSOM (a strict CSP allows it): the library ships no stylesheet for it.
    box.style.cssText =
      'position:fixed;top:8px;left:8px;right:8px;z-index:2147483000;display:flex;gap:8px;align-items:start;padding:8px 12px;background:#fff4d6;color:#3d2c00;border:2px solid #b38300;border-radius:6px;font:14px/1.4 system-ui,sans-serif;white-space:pre-wrap';
    text.style.cssText = 'margin:0;flex:1';
    text.textContent = 'consent-elements (shown during development only)\n' + lines.join('\n');
    close.textContent = '×';
    close.ariaLabel = 'Dismiss';
    close.style.cssText = 'border:0;background:none;color:inherit;font:inherit;font-size:20px;line-height:1;cursor:pointer';
    close.onclick = () => box.remove();
    box.append(text, close);
    document.body.append(box);
  };
  if (document.body) show();
  else addEventListener('DOMContentLoaded', show, { once: true });
}
