/**
 * The rarely needed half of the tag loader, imported on demand (the script-tag build loads it
 * as `consent-elements-tags.js`): placeholders for blocked embeds, the clean-up after a
 * withdrawal, and the catalogue's embed addresses. Keeps the core script small for the
 * visitors who need none of them.
 */
import { expandService, type ExpandedService } from '../catalogue/expand.js';
import type { ConsentStore } from '../core/consent-store.js';
import type { ServiceConfig } from '../core/types.js';
import { localize, resolveLanguage, tableLanguage } from '../i18n/localize.js';
import { placeholderTables } from '../i18n/placeholder/index.js';
import { loadTable, mergeTexts } from '../i18n/tables.js';
import { removeDeclared as removeCookies } from './cookie-cleanup.js';

/** Same tokens as the banner (`--consent-*`), light and dark. */
const STYLES = `:host{all:initial;display:block;box-sizing:border-box;max-width:100%;overflow:auto;
--_bg:var(--consent-bg,#fff);--_fg:var(--consent-fg,#1b1f27);--_muted:var(--consent-muted,#4f5766);--_accent:var(--consent-accent,#1e4fd6);--_on-accent:var(--consent-on-accent,#fff);--_border:var(--consent-border,#dfe3e9);
background:var(--_bg);color:var(--_fg);border:1px solid var(--_border);border-radius:var(--consent-radius,14px);
font:var(--consent-font-size,.9375rem)/1.5 var(--consent-font,system-ui,sans-serif)}
@media (prefers-color-scheme:dark){:host{--_bg:var(--consent-bg,#1c1f26);--_fg:var(--consent-fg,#eceef2);--_muted:var(--consent-muted,#b3bac6);--_accent:var(--consent-accent,#8fb0ff);--_on-accent:var(--consent-on-accent,#0d1424);--_border:var(--consent-border,#3a404c)}}
div{box-sizing:border-box;min-height:100%;display:grid;place-content:center;gap:.5rem;padding:1rem;text-align:center}
p{margin:0}p+p{color:var(--_muted)}strong{font-size:1.05em}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;justify-content:center}
button{font:inherit;padding:.5rem 1rem;border-radius:999px;border:2px solid var(--_accent);background:var(--_bg);color:var(--_accent);cursor:pointer}
button+button{background:var(--_accent);color:var(--_on-accent)}
button:focus-visible{outline:3px solid var(--_accent);outline-offset:2px}
@media (prefers-reduced-motion:no-preference){button{transition:filter .15s}}button:hover{filter:brightness(1.1)}`;

/**
 * The catalogue id whose embed address patterns (`https://www.youtube.com/embed/*`) match
 * `url`. The patterns are their own small download, for pages with an unnamed `data-src` embed.
 */
export async function identify(url: string): Promise<string | undefined> {
  const { default: embeds } = await import('../catalogue/generated/embeds.js');
  for (const [pattern, id] of embeds)
    if (RegExp('^' + pattern.replace(/[.?+^$()[\]{}|\\/]/g, '\\$&').replace(/\*/g, '.*') + '$').test(url)) return id;
}

/**
 * Deletes what `services` declare; a preset's cookies and storage keys come from the catalogue.
 * A cookie two services share (`MUID`: Clarity and Microsoft Advertising) stays while one of
 * the `granted` services declares it.
 */
export async function removeDeclared(services: ServiceConfig[], granted: ServiceConfig[] = []): Promise<void> {
  const expand = (list: ServiceConfig[]) => Promise.all(list.map((s) => (s.preset && s.id ? expandService(s as ServiceConfig & { id: string }) : s)));
  const kept = new Set((await expand(granted)).flatMap((s) => s.cookies ?? []).map((c) => c.name));
  removeCookies((await expand(services)).map((s) => ({ ...s, cookies: s.cookies?.filter((c) => !kept.has(c.name)) })));
}

/**
 * Puts before `embed` (an iframe or video whose address waits in `data-src`) a box of the
 * same size saying what is blocked, who provides it and what allowing it means, and hides the
 * embed. For a service: "allow once" (`allowOnce(id)`: this page only, nothing stored) and
 * "always allow" (`store.allowService(id)`: that service alone, stored). For categories only:
 * "allow once", and "allow <category>", which saves that category when the visitor has
 * decided and otherwise opens the preferences: it never decides the rest for them. Texts
 * follow the page's language (its placeholder table, `placeholder/<lang>.ts`, downloads first);
 * `texts.<lang>.placeholder.<key>` in the config override them. Resolves with nothing when the
 * embed was activated meanwhile.
 */
export async function placeholder(
  store: ConsentStore,
  embed: HTMLElement,
  needed: string[],
  services: string[] = [],
  allowOnce: (id: string) => void = () => {},
): Promise<HTMLElement | undefined> {
  const doc = embed.ownerDocument;
  const { categories, texts } = store.config;
  const lang = resolveLanguage(store.config, doc);
  const tableLang = tableLanguage(lang, store.config);
  const configured = Object.values(categories).flatMap((c) => c.services ?? []);
  // A service the config lacks (an embed the catalogue recognised): named from the catalogue.
  const [table, found] = await Promise.all([
    loadTable(placeholderTables, tableLang),
    Promise.all(
      services.map((id) =>
        expandService(configured.find((s) => s.id == id) ?? { id, preset: id }, lang).catch(() => ({ id, name: id }) as ExpandedService),
      ),
    ),
  ]);
  const src = embed.dataset.src;
  if (src == null || !embed.isConnected) return;
  const strings: Record<string, string> = mergeTexts(table.placeholder, texts[lang]?.placeholder, lang, 'placeholder', tableLang);
  const host = Object.assign(doc.createElement('a'), { href: src }).hostname;
  const name = found.map((s) => s.name).join(', ') || embed.title || host;
  const provider = found.map((s) => localize(s.provider, lang)).filter(Boolean).join(', ');
  const labels = needed.map((c) => localize(categories[c]?.label, lang) || c).join(', ');
  // `{n}`/`{s}` what is blocked (the service, else the embed's title, else its host), `{p}` its provider, `{c}` the categories.
  const fill = (key: string) => (strings[key] ?? '').replace(/\{([nspc])\}/g, (_, k) => (k == 'p' ? provider || host : k == 'c' ? labels : name));
  const heading = provider ? fill('service') : fill('text');

  const box = doc.createElement('consent-placeholder');
  box.className = 'consent-placeholder';
  const root = box.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLES);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Safari < 16.4: no constructable stylesheets.
    root.append(Object.assign(doc.createElement('style'), { textContent: STYLES }));
  }
  const region = doc.createElement('div');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', heading);
  const line = (text: string, tag = 'p') => Object.assign(doc.createElement(tag), { textContent: text });
  const title = doc.createElement('p');
  title.append(line(heading, 'strong'));
  region.append(title);
  if (provider) region.append(line(fill('loads')));
  if (provider && needed[0]) region.append(line(fill('text')));
  const actions = doc.createElement('p');
  actions.className = 'actions';
  const button = (text: string, onclick: () => void) => {
    const element = Object.assign(doc.createElement('button'), { type: 'button', textContent: text, onclick });
    actions.append(element);
  };
  button(strings.allowOnce, () => [...services, ...needed.map((c) => 'category:' + c)].map(allowOnce));
  const unknown = services.filter((id) => !configured.some((s) => s.id == id));
  if (services[0] && !unknown[0] && !needed[0]) button(strings.allowAlways, () => services.map((id) => store.allowService(id)));
  else if (needed[0] && !services[0])
    button(fill('button'), () =>
      store.decided ? store.save({ ...store.getAll(), ...Object.fromEntries(needed.map((c) => [c, true])) }, store.getServices()) : store.openPreferences(),
    );
  region.append(actions, line(strings.once));
  root.append(region);
  // The embed's own box (borders included); 300×150 is what an iframe without size gets.
  const width = embed.offsetWidth || 300;
  box.style.cssText = `width:${width}px;aspect-ratio:${width}/${embed.offsetHeight || 150}`;
  embed.before(box);
  embed.style.display = 'none';
  return box;
}
