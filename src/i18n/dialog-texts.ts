import type { ConsentStore } from '../core/consent-store.js';
import { preferencesTables } from './preferences/index.js';
import { languageOf, loadTexts, textsFor, type DialogTexts } from './strings.js';
import { loadTable, tableOf } from './tables.js';

/**
 * The dialog's half of the texts, apart from `strings.ts` so that the banner's chunk does not
 * carry the list of the preferences tables.
 */

/** Downloads the banner's and the dialog's tables in the language `store` shows. */
export function loadDialogTexts(store: ConsentStore): Promise<unknown> {
  return Promise.all([loadTexts(store), loadTable(preferencesTables, languageOf(store).table)]);
}

/** The banner's and the dialog's texts for `store`, or `undefined` while a table is downloading. */
export function dialogTextsFor(store: ConsentStore): DialogTexts | undefined {
  const dialog = tableOf(preferencesTables, languageOf(store).table);
  return dialog && textsFor(store, dialog);
}
