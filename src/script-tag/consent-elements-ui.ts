/**
 * The UI chunk of the script-tag build (`dist/consent-elements-ui.js`), imported by the core
 * only when the banner or the preferences must be shown. No Lit: the banner is a plain custom
 * element, so a first-time visitor who decides on it downloads and runs none.
 */
import type { MountOptions } from './ui-module.js';
import { ConsentBanner } from '../components/consent-banner/consent-banner.js';
import type { ConsentStore } from '../core/consent-store.js';
import { loadTexts } from '../i18n/strings.js';
import { defineOnce } from '../internal/mount.js';

export { sendProof } from '../integrations/proof-beacon.js';

let preferences: Promise<void> | undefined;
/** The elements this chunk added, per tag. */
const added: Record<string, Element | undefined> = {};

/** Whether `element` has a box on screen (not under `display: none` or `visibility: hidden`). */
const shown = (element: Element) =>
  element.checkVisibility ? element.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : element.getClientRects().length > 0;
/** What to do once <body> exists, when the chunk arrived while the parser was in <head>. */
let onBody: (() => void) | undefined;
/**
 * The dialog is its own chunk, carrying Lit (it takes the texts, the context key and the
 * shared styles from this one): most first-time visitors decide on the banner and never
 * download it.
 */
const loadPreferences = () => {
  for (const type of PREFETCH_ON) document.removeEventListener(type, prefetch);
  return (preferences ??= import('../components/consent-preferences/consent-preferences.js').then(
    (m) => defineOnce('consent-preferences', m.ConsentPreferences),
    (error) => {
      preferences = undefined;
      console.error('consent-elements: could not load the preferences', error);
    },
  ));
};

const PREFETCH_ON = ['pointerover', 'focusin'];
/**
 * A pointer or the focus on "Customise": fetch the dialog before the click. Only there: Lit's
 * download and start-up would otherwise compete with a visitor heading for "Accept all" (the
 * benchmark saw click→tag double when the whole banner triggered it).
 */
const prefetch = (event: Event) => {
  if (event.composedPath().some((node) => (node as Element).part?.contains('customize-button'))) loadPreferences();
};

/**
 * Registers the elements and adds the ones the page lacks; idempotent. They find `store`
 * themselves, as the page's store (`pageStore()`): no @lit/context provider to ship.
 */
export function mount(store: ConsentStore, options: MountOptions): void {
  const show = () => {
    defineOnce('consent-banner', ConsentBanner);
    // The core starts this import while the page is still parsing, often in <head>: the banner
    // goes in as soon as <body> exists, not once the whole document is parsed.
    const body = document.body;
    if (!body) {
      // One watch, however often the store changes meanwhile; the latest call shows.
      if (!onBody)
        new MutationObserver((_, watch) => document.body && (watch.disconnect(), onBody!())).observe(document.documentElement, {
          childList: true,
        });
      onBody = show;
      return;
    }
    const add = (tag: string, usable: (element: Element) => boolean = () => true) => {
      const others = () => [...document.querySelectorAll(tag)].filter((other) => other != added[tag] && usable(other));
      if (added[tag]?.isConnected || others()[0]) return;
      const element = (added[tag] = document.createElement(tag));
      body.prepend(element);
      // A page that places its own element further down, still unparsed here, keeps its own.
      if (document.readyState == 'loading')
        document.addEventListener('DOMContentLoaded', () => others()[0] && element.remove(), { once: true });
    };
    // The dialog only once it is asked for (the core calls `mount` again on every change of the
    // store), or when the page holds its own.
    // Only a page's own dialog that can show counts: not an inline one, nor one inside a hidden
    // route a framework keeps in the page (Next.js's cached routes).
    if (store.preferencesOpen) add('consent-preferences', (element) => !element.hasAttribute('inline') && shown(element));
    if (document.querySelector('consent-preferences')) loadPreferences();
    else if (!preferences) for (const type of PREFETCH_ON) document.addEventListener(type, prefetch);
    // First in the body, so a keyboard or screen-reader visitor meets the banner first.
    if (options.addBanner) add('consent-banner');
  };
  // The language's table downloads beside this chunk (the core asked for both): the elements
  // are defined once it is here, so that the banner renders once, with its texts, instead of
  // rendering empty and then again.
  loadTexts(store).then(show, show);
}
