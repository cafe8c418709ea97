import type { LocalizedText } from '../core/types.js';

/**
 * The languages whose texts ship built in, each its own chunk per layer: the 24 official EU
 * languages, then Catalan, Basque, Galician, Norwegian Bokmål and Icelandic. One string: the
 * list is in the core script, where every byte counts.
 */
export const BUILT_IN_LANGUAGES = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ca eu gl nb is'.split(' ');

/** What of the config decides the language. */
export interface LanguageConfig {
  language?: unknown;
  fallbackLanguage?: unknown;
  texts?: unknown;
}

let browserLanguages: readonly string[] | undefined;

/**
 * `tag` as a language that can be shown, or nothing: a language of `config.texts` as written
 * (`pt-BR`, `uk`), else its base language when built in or in `config.texts` (`de-AT` → `de`;
 * Norwegian `no` and `nn` → `nb`).
 */
function available(tag: unknown, texts: object): string | undefined {
  if (typeof tag != 'string' || !tag) return;
  const has = (key: string) => Object.prototype.hasOwnProperty.call(texts, key);
  if (has(tag)) return tag;
  const base = tag.toLowerCase().split(/[-_]/)[0].replace(/^n[on]$/, 'nb');
  if (BUILT_IN_LANGUAGES.includes(base) || has(base)) return base;
}

/**
 * The language to show: the config's `language` when it is not `auto`, else `<html lang>`,
 * else the browser's; the first one available (built in, or given in `config.texts`), else
 * `fallbackLanguage`, else English.
 */
export function resolveLanguage({ language = 'auto', fallbackLanguage, texts }: LanguageConfig, doc: Document = document): string {
  const own = texts && typeof texts == 'object' ? texts : {};
  // `navigator.languages` is slow to read in Chromium; elements ask on every render.
  browserLanguages ??= navigator.languages;
  for (const candidate of language != 'auto' ? [language] : [doc.documentElement.lang, ...browserLanguages]) {
    const found = available(candidate, own);
    if (found) return found;
  }
  return available(fallbackLanguage, own) ?? 'en';
}

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

/** The built-in language whose tables stand in for `lang`: itself, else `fallback`, else English. */
export const builtInFor = (lang: string, fallback?: unknown): string =>
  ([lang, fallback].find((tag) => BUILT_IN_LANGUAGES.includes(tag as string)) as string | undefined) ?? 'en';
