import type { LocalizedText } from '../core/types.js';

/**
 * The languages whose texts ship built in, each its own chunk per layer: the 24 official EU
 * languages, then Catalan, Basque, Galician, Norwegian Bokmål and Icelandic. Written as one
 * string of two-letter codes: the list is in the core script, where every byte counts.
 */
export const BUILT_IN_LANGUAGES = 'bgcsdadeelenesetfifrgahrhuitltlvmtnlplptroskslsvcaeuglnbis'.match(/../g)!;

/** What of the config decides the language. */
export interface LanguageConfig {
  language?: string;
  fallbackLanguage?: string;
  texts?: object;
}

let browserLanguages: readonly string[] | undefined;

/** The base language of a tag, in the form of the built-in tables: `de-AT` → `de`, Norwegian `no` and `nn` → `nb`. */
export const baseLanguage = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0].replace(/^n[on]$/, 'nb');

/**
 * The language to show: the config's `language` when it is not `auto`, else `<html lang>`,
 * else the browser's, else `fallbackLanguage`, else English; the first one available. A tag is
 * available as written when `config.texts` has it (`pt-BR`, `uk`), else as its base language
 * when that is built in or in `config.texts` (`de-AT` → `de`; Norwegian `no` and `nn` → `nb`).
 * Without `texts`, the built-in language that stands in for `language`.
 */
export function resolveLanguage({ language = 'auto', fallbackLanguage, texts = {} }: LanguageConfig, doc: Document = document): string {
  const pick = (tag?: string) => {
    if (tag) {
      if (Object.hasOwn(texts, tag)) return tag;
      tag = baseLanguage(tag);
      if (BUILT_IN_LANGUAGES.includes(tag) || Object.hasOwn(texts, tag)) return tag;
    }
  };
  // `navigator.languages` is slow to read in Chromium (a few ms the first time): read once,
  // and only when the page's own language does not settle it.
  return (
    (language == 'auto' ? pick(doc.documentElement.lang) ?? pick((browserLanguages ??= navigator.languages).find(pick)) : pick(language)) ??
    pick(fallbackLanguage) ??
    'en'
  );
}

/**
 * The built-in language whose tables hold the texts of `lang` (a language {@link resolveLanguage}
 * returned): `lang` or its base language when built in (`pt-BR` → `pt`, `no` → `nb`), else
 * `fallbackLanguage`'s, else English. Every layer has a table for each built-in language.
 */
export const tableLanguage = (lang: string, config: LanguageConfig): string =>
  // Without `texts`: a language they alone make usable has no built-in table.
  resolveLanguage({ language: lang, fallbackLanguage: config.fallbackLanguage });

/** `rtl` for the languages written right to left (Arabic, Hebrew, Persian, Urdu, Pashto, Yiddish…), else `ltr`. */
export const direction = (lang: string): 'rtl' | 'ltr' => (/^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i.test(lang) ? 'rtl' : 'ltr');

/**
 * One text from the config in `language`: a plain string as it is; a per-language object
 * in `language`, else English, else its first entry. Never HTML: render it as text.
 */
export function localize(text: LocalizedText | undefined, language: string): string {
  if (text == null) return '';
  if (typeof text == 'string') return text;
  const value = text[language] ?? text.en ?? Object.values(text)[0];
  return typeof value == 'string' ? value : '';
}

