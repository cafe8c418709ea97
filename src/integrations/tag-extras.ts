/**
 * The rarely needed half of the tag loader, imported on demand (the script-tag build loads it
 * as `consent-elements-tags.js`): placeholders for blocked embeds, and the clean-up after a
 * withdrawal. Keeps the core script small for the visitors who need neither.
 */
import type { ConsentStore } from '../core/consent-store.js';
import { localize, resolveLanguage } from '../i18n/localize.js';
import { pageTables } from '../i18n/page/index.js';
import { loadTable, mergeTexts } from '../i18n/tables.js';

export { removeDeclared } from './cookie-cleanup.js';
export { configNotice } from './config-notice.js';

/**
 * Puts before `embed` (an iframe or video whose address waits in `data-src`) a box of the
 * same size that says what is blocked and why, with a button granting `needed`, and hides
 * the embed. Texts follow the page's language (its table downloads first);
 * `texts.<lang>.placeholder.{text,button}` in the config override them. Resolves to nothing
 * when the embed was activated meanwhile.
 */
export async function placeholder(store: ConsentStore, embed: HTMLElement, needed: string[]): Promise<HTMLElement | undefined> {
  const doc = embed.ownerDocument;
  const { categories, texts, fallbackLanguage } = store.config;
  const lang = resolveLanguage(store.config, doc);
  const table = await loadTable(pageTables, lang, fallbackLanguage);
  const src = embed.dataset.src;
  if (src == null || !embed.isConnected) return;
  const strings = mergeTexts(table.placeholder, texts[lang]?.placeholder, lang, 'placeholder', !!pageTables.imports[lang]);
  const box = doc.createElement('div');
  const button = doc.createElement('button');
  // What the visitor knows the embed by: its title when the site gave one, else where it comes from.
  const host = embed.title || Object.assign(doc.createElement('a'), { href: src }).hostname;
  const labels = needed.map((c) => localize(categories[c]?.label, lang) || c).join(', ');
  const fill = (s: string) => s.replace(/\{([nc])\}/g, (_, k) => (k == 'n' ? host : labels));
  // The embed's own box (borders included); 300×150 is what an iframe without size gets.
  const width = embed.offsetWidth || 300;
  button.type = 'button';
  button.textContent = fill(strings.button);
  button.onclick = () => store.save({ ...store.getAll(), ...Object.fromEntries(needed.map((c) => [c, true])) });
  box.className = 'consent-placeholder';
  box.style.cssText = `width:${width}px;max-width:100%;aspect-ratio:${width}/${embed.offsetHeight || 150};display:grid;place-content:center;gap:8px;padding:8px;box-sizing:border-box;overflow:auto;text-align:center;border:1px dashed`;
  box.append(fill(strings.text), button);
  embed.before(box);
  embed.style.display = 'none';
  return box;
}
