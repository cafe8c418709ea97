/**
 * The one loader of built-in language tables, for every layer (banner, preferences, policy,
 * page: the reopen control's name, placeholder: a blocked embed's texts). A layer is the list
 * of its tables, one `import()` per language with a literal path, so that bundlers (rollup,
 * Vite, webpack) make each table its own chunk and a visitor downloads only the language shown.
 * Each layer lists its tables in its own module (`banner/index.ts`…), so a chunk carries only
 * the list of the layer it shows.
 */
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
 * The language whose built-in table stands in for `lang`: `lang` itself when built in (for
 * this layer), else `fallback`, else English.
 */
export const tableLanguage = (layer: Layer<unknown>, lang: string, fallback = 'en'): string =>
  layer.imports[lang] ? lang : layer.imports[fallback] ? fallback : 'en';

/**
 * Downloads the table of `lang` in `layer` (see {@link tableLanguage}), once; a failed download
 * is forgotten, so the next need tries again.
 */
export function loadTable<T>(layer: Layer<T>, lang: string, fallback?: string): Promise<T> {
  const key = tableLanguage(layer, lang, fallback);
  return (layer.pending[key] ??= layer.imports[key]!().then(
    (module) => (layer.loaded[key] = module.default),
    (error) => {
      layer.pending[key] = undefined;
      throw error;
    },
  ));
}

/** The table of `lang` in `layer` when it is here, else `undefined`. */
export const tableOf = <T>(layer: Layer<T>, lang: string, fallback?: string): T | undefined =>
  layer.loaded[tableLanguage(layer, lang, fallback)];

const warned = new Set<string>();

/**
 * A built-in `table` with the config's texts for `lang` over it, key by key (strings only, so
 * a wrong type in the config falls back to the built-in text). A language the library does not
 * ship (`texts.uk`) gets the keys it lacks from `table` (the fallback language's), with one
 * warning naming them.
 */
export function mergeTexts<T extends object>(table: T, given: unknown, lang: string, layer: string, builtIn: boolean): T {
  const own = (given && typeof given == 'object' ? given : {}) as Record<string, unknown>;
  const merged = { ...table } as Record<string, unknown>;
  const missing: string[] = [];
  for (const key in merged) typeof own[key] == 'string' ? (merged[key] = own[key]) : missing.push(layer + '.' + key);
  if (!builtIn && missing[0] && !warned.has(lang + layer)) {
    warned.add(lang + layer);
    console.warn(`consent-elements: texts.${lang} lacks ${missing.join(', ')}; shown from the fallback language`);
  }
  return merged as T;
}
