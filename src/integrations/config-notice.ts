import { entries } from '../catalogue/generated/index.js';
import type { ConsentStore } from '../core/consent-store.js';
import type { NormalizedConfig } from '../core/types.js';

/** Hosts that only a developer visits: `localhost`, `127.0.0.1`, `*.localhost`, `*.test`. */
const DEVELOPMENT = /^(localhost|127\.0\.0\.1|\[::1\])$|\.(localhost|test)$/;

/** `[where, id]` of every catalogue service the config names (`'youtube'`, `{ preset: 'youtube' }`). */
const presets = ({ categories }: NormalizedConfig) =>
  Object.entries(categories).flatMap(([name, { services = [] }]) =>
    services.flatMap((service, i) => (service.preset ? [[`categories.${name}.services[${i}]`, service.preset]] : [])),
  );

/**
 * What to show on the page about the config, during development only (a development host, or
 * `debug`: the script tag's `data-debug`): the console error of an invalid config and the
 * warning about unknown keys; `[]` when the config names catalogue services, which
 * {@link configNotice} checks against the catalogue. An invalid config means no banner at
 * all, and a misspelt catalogue id a service that no layer can describe: easy to ship
 * unnoticed. `undefined` when there is nothing to show or check, or on a production host
 * without `debug`.
 */
export function configProblems(store: ConsentStore, debug?: boolean): string[] | undefined {
  const { configError, configWarnings, config } = store;
  const lines = [
    configError && `Invalid config: ${configError}. Everything non-essential stays refused, and no banner shows.`,
    configWarnings[0] && `Unknown config keys, ignored: ${configWarnings.join(', ')}.`,
  ].filter((line): line is string => !!line);
  if ((debug || DEVELOPMENT.test(location.hostname)) && (lines[0] || Object.values(config.categories).some((c) => c.services?.some((s) => s.preset))))
    return lines;
}

/** What shows the notice ({@link configNotice}). */
export type ConfigNotice = (lines: string[], config?: NormalizedConfig) => void;

/**
 * Shows `lines`, and the catalogue ids of `config` the catalogue does not know, in a small
 * notice at the top of the page, which the developer can dismiss; nothing when all is well.
 * On demand (the script tag's `consent-elements-notice.js`): production pages never download it.
 */
export function configNotice(lines: string[], config?: NormalizedConfig): void {
  const unknown = config ? presets(config).filter(([, id]) => !Object.hasOwn(entries, id)) : [];
  if (unknown[0])
    lines = [
      ...lines,
      `Not in the service catalogue: ${unknown.map(([where, id]) => `"${id}" (${where})`).join(', ')}. ` +
        'Catalogue ids are the file names of catalogue/services/; a service of your own needs a "name".',
    ];
  if (!lines[0]) return;
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
