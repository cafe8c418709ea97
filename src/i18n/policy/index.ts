import type { PolicyStrings } from '../policy-en.js';
import { layer } from '../tables.js';

/**
 * The built-in tables of `<privacy-policy>`, one chunk per language: one line per file of this
 * folder (`test/node/i18n.test.mjs` checks that none is left out). A language without its own
 * table yet shows the fallback language's.
 */
export const policyTables = /* @__PURE__ */ layer<PolicyStrings>('policy', {
  en: () => import('./en.js'),
  fr: () => import('./fr.js'),
});
