import type { PolicyStrings } from '../policy-en.js';
import { layer } from '../tables.js';

/**
 * The built-in tables of `<privacy-policy>`, one chunk per language: one line per file of this
 * folder (`test/node/i18n.test.mjs` checks that none is left out).
 */
export const policyTables = /* @__PURE__ */ layer<PolicyStrings>('policy', {
  bg: () => import('./bg.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  en: () => import('./en.js'),
  es: () => import('./es.js'),
  et: () => import('./et.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  ga: () => import('./ga.js'),
  hr: () => import('./hr.js'),
  hu: () => import('./hu.js'),
  it: () => import('./it.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  mt: () => import('./mt.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  ro: () => import('./ro.js'),
  sk: () => import('./sk.js'),
  sl: () => import('./sl.js'),
  sv: () => import('./sv.js'),
  ca: () => import('./ca.js'),
  eu: () => import('./eu.js'),
  gl: () => import('./gl.js'),
  nb: () => import('./nb.js'),
  is: () => import('./is.js'),
});
