import type { LocalizedText } from '../core/types.js';

/** The languages whose texts ship built in. */
export const BUILT_IN_LANGUAGES = ['fr', 'en'] as const;
export type BuiltInLanguage = (typeof BUILT_IN_LANGUAGES)[number];

let browserLanguages: readonly string[] | undefined;

/**
 * The language to show: the config's when it is not `auto`, else `<html lang>`, else the
 * browser's; reduced to a built-in language, English when none fits.
 */
export function resolveLanguage(configured = 'auto', doc: Document = document): BuiltInLanguage {
  // `navigator.languages` is slow to read in Chromium; elements ask on every render.
  browserLanguages ??= navigator.languages;
  for (const candidate of configured != 'auto' ? [configured] : [doc.documentElement.lang, ...browserLanguages]) {
    const base = candidate?.toLowerCase().split(/[-_]/)[0] as BuiltInLanguage;
    if (BUILT_IN_LANGUAGES.includes(base)) return base;
  }
  return 'en';
}

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
