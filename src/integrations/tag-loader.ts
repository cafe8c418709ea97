import type { ConsentStore } from '../core/consent-store.js';
import { cookieJar } from '../core/storage/cookies.js';
import { watchAdded } from '../core/watch-added.js';
import type { ConsentChangeDetail, ServiceConfig } from '../core/types.js';

/** What the site owner blocks: inert scripts, and embeds or pixels whose `src` waits in `data-src`. */
const BLOCKED =
  'script[type="text/plain"]:is([data-consent-category],[data-consent-service]),:is([data-consent-category],[data-consent-service])[data-src]';
/**
 * What the page's nodes are matched against, once: the blocked elements, and embeds with a
 * waiting `data-src` and no consent attribute, whose address the catalogue may know (`youtube.com/embed/…`).
 */
const WATCHED = BLOCKED + ',iframe[data-src]:not([data-consent-category],[data-consent-service])';

/** Turns strings into Trusted Types (or leaves them as they are where there is no such thing). */
interface Trust {
  createScript(code: string): string;
  createScriptURL(url: string): string;
}
let trust: Trust | undefined;

/**
 * The library's Trusted Types policy, `consent-elements`: on a page that enforces
 * `require-trusted-types-for 'script'`, a script's code and `src` must be trusted values.
 * What it trusts is what the site owner wrote: its own blocked scripts and its config's
 * service scripts, run only with consent. A page with a `trusted-types` allow-list adds
 * `consent-elements` to it; one that refuses it gets the browser's violation report.
 */
function trusted(): Trust {
  const pass = (value: string) => value;
  if (!trust)
    try {
      const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: Trust): Trust } }).trustedTypes;
      trust = types?.createPolicy('consent-elements', { createScript: pass, createScriptURL: pass });
    } catch {
      /* the page's `trusted-types` directive does not allow this policy name */
    }
  return (trust ??= { createScript: pass, createScriptURL: pass });
}

/** The on-demand half of the tag loader (`./tag-extras.ts`). */
export interface TagExtras {
  /**
   * Shows a placeholder for a blocked embed that needs the categories `needed` and the
   * services `services`; `allowOnce(id)` releases that service's embeds and scripts for this
   * page only. Resolves with the placeholder, or nothing when the embed was activated meanwhile.
   */
  placeholder(
    store: ConsentStore,
    embed: HTMLElement,
    needed: string[],
    services?: string[],
    allowOnce?: (id: string) => void,
  ): HTMLElement | undefined | Promise<HTMLElement | undefined>;
  /** Deletes the cookies and storage keys the services declare (presets: the catalogue's). */
  removeDeclared(services: ServiceConfig[], granted?: ServiceConfig[]): void | Promise<void>;
  /** The catalogue id whose embed patterns match `url`, if any. */
  identify?(url: string): Promise<string | undefined> | string | undefined;
}

/**
 * Runs third-party tags only with consent: blocked scripts
 * (`<script type="text/plain" data-consent-category="analytics">`, left in place, inert, with
 * the real copy after it), embeds and pixels
 * (`<iframe data-consent-category="marketing" data-src="…">`, also `img`/`video`), including
 * those added later, and the `scripts` of the config's services (added to `<html>`, after
 * `<head>`, once granted). Each script (`src` or code) runs once per page, in document order;
 * an inline one waits for the external ones before it. On withdrawal, deletes the declared
 * cookies and `localStorage` keys, then reloads when the config says so and a withdrawn tag
 * had run.
 * @param extras Loads the placeholders and the clean-up, needed only on some pages; the
 *   script-tag build imports them as a chunk. With npm:
 *   `async () => ({ placeholder, removeDeclared })`, both from `consent-elements/core`.
 * @param nonce CSP nonce given to every injected script (the library's own script tag's).
 * @returns a function that stops watching the page and the store.
 */
export function startTagLoader(store: ConsentStore, extras: () => Promise<TagExtras>, nonce?: string): () => void {
  const doc = document;
  const { categories, reloadOnWithdrawal } = store.config;
  /** Blocked elements not yet activated, in the order they were found (document order). */
  const pending = new Set<HTMLElement>();
  const boxes = new Map<HTMLElement, Promise<HTMLElement | undefined>>();
  /** Categories whose tags ran on this page: withdrawing one of them needs a reload. */
  const granted = new Set<string>();
  /** Services allowed for this page only ("allow once" on a placeholder): nothing stored. */
  const once = new Set<string>();
  const allowOnce = (id: string) => {
    once.add(id);
    update();
  };
  let queue: Promise<unknown> = Promise.resolve();
  let loading: Promise<unknown>[] = [];

  // Capturing on window sees both a tag's load error and, while it is
  // `document.currentScript`, its exception (even a cross-origin one).
  const handleError = ({ target }: Event) => {
    const tag = (target == window ? doc.currentScript : target) as HTMLScriptElement | null;
    if (tag?.dataset?.consentCategory) console.warn('consent-elements: tag failed:', (tag.src || tag.text).slice(0, 80));
  };

  /** Parsing may still be adding text to the last script of a loading document. */
  const complete = (script: HTMLScriptElement) => {
    let last: Node = doc;
    while (last.lastChild) last = last.lastChild;
    return doc.readyState != 'loading' || script.src || (last != script && last.parentNode != script);
  };

  const update = () => {
    for (const element of pending) {
      const box = boxes.get(element);
      const needed = (element.dataset.consentCategory || '').match(/\S+/g) || [];
      const services = (element.dataset.consentService || '').match(/\S+/g) || [];
      // The services' scripts live outside the page until they run.
      const connected = element.isConnected || injected.has(element);
      // An attribute the page removed meanwhile blocks, never grants.
      const allowed =
        !!(needed[0] || services[0]) && needed.every((c) => once.has('category:' + c) || store.get(c)) && services.every((id) => once.has(id) || store.getService(id));
      if (connected && !allowed) {
        if (!box && /^(iframe|video)$/.test(element.localName))
          boxes.set(element, extras().then((x) => x.placeholder(store, element, needed, services, allowOnce)));
        continue;
      }
      if (element instanceof HTMLScriptElement) {
        if (connected && !complete(element)) continue;
        const script = doc.createElement('script');
        const trust = trusted();
        for (const { name, value } of element.attributes)
          if (name != 'type') script.setAttribute(name == 'data-type' ? 'type' : name, name == 'src' ? trust.createScriptURL(value) : value);
        script.text = trust.createScript(element.text);
        script.nonce = nonce || element.nonce;
        // External scripts go in at once with `async = false`: they download in parallel and
        // run in insertion order. An inline script first waits for those before it. Each
        // blocked element runs once, even moved; two elements with the same code run once
        // each; but one a framework renders anew in place of one that ran (a route left and
        // entered again: the earlier one is gone from the page) is the same tag, not run again.
        const tag = script.src || script.text;
        const earlier = ran.get(tag);
        if (connected && !(earlier && (earlier == element || !earlier.isConnected)) && ran.set(tag, element))
          queue = queue.then(async () => {
            if (script.src) {
              script.async = false;
              loading.push(new Promise((done) => ['load', 'error'].map((type) => script.addEventListener(type, done))));
            } else await Promise.all(loading.splice(0));
            // The page's own blocked element stays, inert, with the real one after it: a framework
            // (React) that owns it fails, taking the whole app down, when it finds it gone.
            // A service's script goes in <html> itself, after <head>: React hydrating a <head>
            // that is still being parsed takes a stray script there for the next one it renders
            // (an attribute mismatch), but it leaves what <html> holds besides <head> and <body>.
            if (injected.has(element)) doc.documentElement.append(script);
            else element.after(script), element.removeAttribute('id');
          });
      } else if (connected) {
        element.style.display = '';
        element.setAttribute('src', element.dataset.src!);
        element.removeAttribute('data-src');
      }
      if (connected) [...needed, ...services].map((c) => granted.add(c));
      pending.delete(element);
      boxes.delete(element);
      box?.then((placeholder) => {
        if (placeholder?.contains(doc.activeElement)) element.focus();
        placeholder?.remove();
      });
    }
  };

  const all = Object.values(categories).flatMap((c) => c.services ?? []);
  /** Deletes what the refused services among `ids` declare. */
  const clean = (ids: string[]) => {
    const services = all.filter((s) => ids.includes(s.id) && !store.getService(s.id));
    return extras().then((x) => x.removeDeclared(services, all.filter((s) => store.getService(s.id))));
  };
  let before = store.getServices();

  const handleChange = ({ changed, services }: ConsentChangeDetail) => {
    const withdrawn = changed.filter((c) => !store.get(c));
    const off = Object.keys(services).filter((id) => before[id] && !services[id]);
    before = services;
    for (const id of off) once.delete(id);
    const cleaned = (off[0] || withdrawn[0]) && clean(off);
    if (cleaned && reloadOnWithdrawal && [...withdrawn, ...off].some((c) => granted.has(c))) cleaned.finally(() => doc.location.reload());
    else update();
  };

  /** The services' scripts: blocked elements of the library's own, kept out of the page (a
   * framework hydrating <head> would find them among its own elements). */
  const injected = new WeakSet<Element>();
  /** The `src` or code of every script run, and the element that ran it. */
  const ran = new Map<string, HTMLElement>();
  const found = (element: Element) => pending.add(element as HTMLElement);

  // The services' scripts become blocked scripts too, so they follow the same path.
  // Each gated on its own service (which follows its category unless the visitor chose otherwise).
  for (const { id, scripts = [] } of all)
    for (const src of scripts) {
      const script = doc.createElement('script');
      script.type = 'text/plain';
      script.setAttribute('src', trusted().createScriptURL(src));
      script.dataset.consentService = id;
      injected.add(script);
      pending.add(script);
    }
  // Cookies a refused service left (say, recreated by its tag just before a reload): cleaned
  // when the page holds a name that looks declared, so most pages need no extra download. A
  // preset's cookies are the catalogue's, which the core does not hold: those are cleaned on
  // withdrawal, when the on-demand chunk loads anyway.
  const refused = all.filter((s) => !store.getService(s.id));
  const declared = refused.flatMap((s) => s.cookies ?? []);
  // At start-up, the cookies the store has just read (each `document.cookie` read is a round trip).
  const jar = declared[0] ? cookieJar() : '';
  if (declared.some(({ name }) => jar.includes(name.split('*')[0]))) clean(refused.map((s) => s.id));
  /** An embed the catalogue may know: gated on that service once the on-demand chunk names it. */
  const unnamed = (element: Element) =>
    extras().then(async (x) => {
      const id = await x.identify?.((element as HTMLElement).dataset.src!);
      if (id && !element.matches(BLOCKED)) {
        (element as HTMLElement).dataset.consentService = id;
        found(element);
        update();
      }
    });
  /** A blocked element, or an embed the catalogue may know (the page's nodes are matched once, against both). */
  const seen = (element: Element) => (element.matches(BLOCKED) ? found : unnamed)(element);
  doc.querySelectorAll(WATCHED).forEach(seen);
  // One observer for both: while the page parses it runs for every few nodes. Nothing needs an
  // update when nothing is pending.
  const observer = watchAdded(WATCHED, seen, () => pending.size && update());
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
