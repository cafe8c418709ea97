import type { ConsentStore } from '../core/consent-store.js';
import type { ConsentChangeDetail } from '../core/types.js';
import { localize, resolveLanguage } from '../i18n/localize.js';
import { removeDeclared } from './cookie-cleanup.js';

/** What the site owner blocks: inert scripts, and embeds or pixels whose `src` waits in `data-src`. */
const BLOCKED = 'script[type="text/plain"][data-consent-category],[data-consent-category][data-src]';

/** Placeholder text and button; `{n}` is the embed's host, `{c}` the category labels. */
const TEXTS: Record<string, string[]> = {
  fr: ['{n} est bloqué : il faut votre accord pour « {c} ».', 'Autoriser « {c} »'],
  en: ['{n} is blocked: it needs your consent for “{c}”.', 'Allow “{c}”'],
};

/**
 * Runs third-party tags only with consent: blocked scripts
 * (`<script type="text/plain" data-consent-category="analytics">`), embeds and pixels
 * (`<iframe data-consent-category="marketing" data-src="…">`, also `img`/`video`), including
 * those added later, and the `scripts` of the config's services. Each script runs once per
 * page, in document order; an inline one waits for the external ones before it. On withdrawal,
 * deletes the declared cookies and `localStorage` keys, then reloads when the config says
 * so and a withdrawn tag had run.
 * @param nonce CSP nonce given to every injected script (the library's own script tag's).
 * @returns a function that stops watching the page and the store.
 */
export function startTagLoader(store: ConsentStore, nonce?: string): () => void {
  const doc = document;
  const { categories, texts, language, reloadOnWithdrawal } = store.config;
  const lang = resolveLanguage(language, doc);
  const own = texts[lang]?.placeholder;
  const [text, action] = TEXTS[lang];
  /** Blocked elements not yet activated, in the order they were found (document order). */
  const pending = new Set<HTMLElement>();
  const boxes = new Map<HTMLElement, HTMLElement>();
  /** Categories whose tags ran on this page: withdrawing one of them needs a reload. */
  const ran = new Set<string>();
  let queue: Promise<unknown> = Promise.resolve();
  let loading: Promise<unknown>[] = [];

  // Capturing on window sees both a script's load error and, while it is
  // `document.currentScript`, its exception (even a cross-origin one).
  const handleError = ({ target }: Event) => {
    const tag = (target == window ? doc.currentScript : target) as HTMLScriptElement | null;
    if (tag?.dataset?.consentCategory) console.warn('consent-elements: tag failed:', (tag.src || tag.text).slice(0, 80));
  };

  /**
   * External scripts go in at once with `async = false`: they download in parallel and run
   * in insertion order. An inline script first waits for those before it.
   */
  const inject = (script: HTMLScriptElement, place: () => void) => {
    script.nonce = nonce || script.nonce;
    queue = queue.then(async () => {
      if (script.src) {
        script.async = false;
        loading.push(new Promise((done) => ['load', 'error'].map((type) => script.addEventListener(type, done))));
      } else await Promise.all(loading.splice(0));
      place();
    });
  };

  /** Parsing may still be adding text to the last script of a loading document. */
  const complete = (script: HTMLScriptElement) => {
    let last: Node = doc;
    while (last.lastChild) last = last.lastChild;
    return doc.readyState != 'loading' || script.src || (last != script && last.parentNode != script);
  };

  const placeholder = (embed: HTMLElement, needed: string[]) => {
    const box = doc.createElement('div');
    const button = doc.createElement('button');
    const host = Object.assign(doc.createElement('a'), { href: embed.dataset.src }).hostname;
    const labels = needed.map((c) => localize(categories[c]?.label, lang) || c).join(', ');
    const fill = (s: string) => s.replace(/\{([nc])\}/g, (_, k) => (k == 'n' ? host : labels));
    const width = embed.offsetWidth || 300;
    button.type = 'button';
    button.textContent = fill(own?.button ?? action);
    button.onclick = () => store.save({ ...store.getAll(), ...Object.fromEntries(needed.map((c) => [c, true])) });
    box.className = 'consent-placeholder';
    box.style.cssText = `width:${width}px;max-width:100%;aspect-ratio:${width}/${embed.offsetHeight || 150};display:grid;place-content:center;gap:8px;padding:8px;box-sizing:border-box;overflow:auto;text-align:center;border:1px dashed`;
    box.append(fill(own?.text ?? text), button);
    embed.before(box);
    embed.style.display = 'none';
    return box;
  };

  const update = () => {
    for (const element of pending) {
      const box = boxes.get(element);
      const needed = element.dataset.consentCategory!.match(/\S+/g) || [''];
      const connected = element.isConnected;
      if (!connected || needed.every((c) => store.get(c))) {
        if (element instanceof HTMLScriptElement) {
          if (connected && !complete(element)) continue;
          const script = doc.createElement('script');
          for (const { name, value } of element.attributes)
            if (name != 'type') script.setAttribute(name == 'data-type' ? 'type' : name, value);
          script.text = element.text;
          script.nonce = element.nonce;
          if (connected) inject(script, () => element.replaceWith(script));
        } else if (connected) {
          const focused = box?.contains(doc.activeElement);
          element.style.display = '';
          element.setAttribute('src', element.dataset.src!);
          element.removeAttribute('data-src');
          if (focused) element.focus();
        }
        if (connected) needed.map((c) => ran.add(c));
        pending.delete(element);
        box?.remove();
      } else if (!box && !/^(script|img)$/.test(element.localName)) boxes.set(element, placeholder(element, needed));
    }
  };

  const clean = (names: string[]) => removeDeclared(names.flatMap((c) => categories[c]?.services ?? []), doc);

  const handleChange = ({ changed }: ConsentChangeDetail) => {
    const withdrawn = changed.filter((c) => !store.get(c));
    clean(withdrawn);
    if (reloadOnWithdrawal && withdrawn.some((c) => ran.has(c))) doc.location.reload();
    else update();
  };

  const add = (root: ParentNode) => root.querySelectorAll<HTMLElement>(BLOCKED).forEach((e) => pending.add(e));
  // Only the added subtrees are searched, never the whole page again.
  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records)
      for (const node of addedNodes)
        if (node instanceof Element) {
          if (node.matches(BLOCKED)) pending.add(node as HTMLElement);
          add(node);
        }
    update();
  });

  // The services' scripts join the page as blocked scripts, so they follow the same path.
  for (const category in categories)
    for (const { scripts = [] } of categories[category].services ?? [])
      for (const src of scripts) {
        const script = doc.createElement('script');
        script.type = 'text/plain';
        script.src = src;
        script.dataset.consentCategory = category;
        doc.head.append(script);
      }
  add(doc);
  observer.observe(doc, { childList: true, subtree: true });
  clean(Object.keys(categories).filter((c) => !store.get(c)));
  update();
  const off = store.on('consent-change', handleChange);
  addEventListener('error', handleError, true);
  doc.addEventListener('DOMContentLoaded', update);
  return () => {
    observer.disconnect();
    off();
    removeEventListener('error', handleError, true);
    doc.removeEventListener('DOMContentLoaded', update);
  };
}
