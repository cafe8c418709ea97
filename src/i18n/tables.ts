/**
 * The one loader of built-in language tables, for every layer (banner, preferences, policy,
 * page: the reopen control's name, placeholder: a blocked embed's texts). A layer is the list
 * of its tables, one `import()` per language with a literal path, so that bundlers (rollup,
 * Vite, webpack) make each table its own chunk and a visitor downloads only the language shown.
 * Each layer lists its tables in its own module (`banner/index.ts`…), so a chunk carries only
 * the list of the layer it shows.
 */
import { baseLanguage } from './localize.js';
export interface Layer<T> {
  /**
   * The layer's name: `banner`, `preferences`, `policy` and `placeholder` are the keys of
   * `config.texts.<lang>` they fill; `page` fills `reopen`.
   */
  readonly name: string;
  readonly imports: Readonly<Partial<Record<string, () => Promise<{ default: T }>>>>;
  /** The tables downloaded so far, by language. */
  readonly loaded: Partial<Record<string, T>>;
  readonly pending: Partial<Record<string, Promise<T>>>;
}

/** A layer's list of tables. */
export const layer = <T>(name: string, imports: Layer<T>['imports']): Layer<T> => ({ name, imports, loaded: {}, pending: {} });

/**
 * Downloads the table of `lang` in `layer`, once; `lang` is a built-in language (see
 * `tableLanguage`). A failed download is forgotten, so the next need tries again.
 */
export function loadTable<T>(layer: Layer<T>, lang: string): Promise<T> {
  return (layer.pending[lang] ??= layer.imports[lang]!().then(
    (module) => (layer.loaded[lang] = module.default),
    (error) => {
      layer.pending[lang] = undefined;
      throw error;
    },
  ));
}

/** The table of `lang` (a built-in language) in `layer` when it is here, else `undefined`. */
export const tableOf = <T>(layer: Layer<T>, lang: string): T | undefined => layer.loaded[lang];

const warned = new Set<string>();

/**
 * A built-in `table` (in the language `tableLang`) with the config's texts for `lang` over it,
 * key by key (strings only, so a wrong type in the config falls back to the built-in text). A
 * language the library does not ship (`texts.uk`) gets the keys it lacks from `table` (the
 * fallback language's), with one warning naming them.
 */
export function mergeTexts<T extends object>(table: T, given: unknown, lang: string, layer: string, tableLang: string): T {
  const own = (given && typeof given == 'object' ? given : {}) as Record<string, unknown>;
  const merged = { ...table } as Record<string, unknown>;
  const missing: string[] = [];
  for (const key in merged) typeof own[key] == 'string' ? (merged[key] = own[key]) : missing.push(layer + '.' + key);
  if (baseLanguage(lang) != tableLang && missing[0] && !warned.has(lang + layer)) {
    warned.add(lang + layer);
    console.warn(`consent-elements: texts.${lang} lacks ${missing.join(', ')}; shown in ${tableLang}`);
  }
  return merged as T;
}
