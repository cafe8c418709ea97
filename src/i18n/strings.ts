import type { ConsentStore } from '../core/consent-store.js';
import { localize, resolveLanguage, type BuiltInLanguage } from './localize.js';
import { hashText } from '../core/consent-record.js';

/** The texts of the first layer. Overridable with `config.texts[lang].banner[key]`. */
export interface BannerStrings {
  title: string;
  /** Leads into the list of purposes (each category's short title). */
  description: string;
  /** That refusing has no consequence and that the choice can be changed at any time. */
  withdraw: string;
  policy: string;
  /** Leads into the categories refused because of Global Privacy Control. */
  gpc: string;
  /** Shown when the visitor's previous choice was set aside because the policy or the purposes changed. */
  changed: string;
  /** Leads into the controller's name (`privacyPolicy.controller.name`): who is behind the site. */
  controller: string;
  accept: string;
  reject: string;
  customize: string;
  /** "Continue without accepting": records a refusal. */
  close: string;
}

/** The texts of the second layer. Overridable with `config.texts[lang].preferences[key]`. */
export interface PreferencesStrings {
  title: string;
  description: string;
  /** Accessible name of the × button: closes without saving. */
  close: string;
  accept: string;
  reject: string;
  save: string;
  /** Shown next to the disabled switch of the necessary category. */
  alwaysOn: string;
  /** Summary of the expandable list of services and cookies. */
  services: string;
  provider: string;
  purpose: string;
  lifetime: string;
  /** Leads into where a service stores its data (countries, named in the visitor's language). */
  location: string;
  /** A service's link to its provider's privacy policy. */
  privacy: string;
  /** A cookie deleted when the browser closes (catalogue lifetime `session`). */
  session: string;
}

/** Default title and description of the usual categories, used when the config gives none. */
export type CategoryStrings = Record<'necessary' | 'analytics' | 'marketing' | 'functional', [label: string, description: string]>;

/** One built-in language's table: `fr.ts` and `en.ts` implement it. */
export interface Strings {
  banner: BannerStrings;
  preferences: PreferencesStrings;
  categories: CategoryStrings;
}

const tables: Partial<Record<BuiltInLanguage, Strings>> = {};
const pending: Partial<Record<BuiltInLanguage, Promise<Strings>>> = {};

/**
 * Downloads the table of one language, once: each table is its own chunk, so a visitor
 * only fetches the language they are shown.
 */
export const loadStrings = (lang: BuiltInLanguage): Promise<Strings> =>
  (pending[lang] ??= (lang == 'fr' ? import('./fr.js') : import('./en.js')).then(
    (m) => (tables[lang] = m.default),
    (error) => {
      // Forgotten, so that the next need downloads it again (a blip must not last the whole visit).
      pending[lang] = undefined;
      throw error;
    },
  ));

/** Everything a layer renders its texts from. */
export interface Texts extends Strings {
  lang: BuiltInLanguage;
  /** A category's title and description: from the config, else the built-in ones, else its name. */
  category(name: string): [label: string, description: string];
  /** A short hash of every text above, for the proof of consent. */
  hash: string;
}

const built = new WeakMap<ConsentStore, Texts>();

/** Every string inside `value`, joined: what the visitor reads, without JSON (a page may break it). */
const flatten = (value: unknown): string =>
  typeof value == 'object' && value ? Object.values(value).map(flatten).join('\u0001') : String(value);

/**
 * The texts to show for `store`, merged with the config's overrides (strings only, so a
 * wrong type in the config falls back to the built-in text), or `undefined` while the
 * language's table is still downloading (`loadStrings`).
 */
export function textsFor(store: ConsentStore): Texts | undefined {
  const { config } = store;
  const lang = resolveLanguage(config.language);
  const table = tables[lang];
  if (!table) return;
  // Built once per store and language: the layers ask on every render.
  const known = built.get(store);
  if (known?.lang == lang) return known;
  const overrides = config.texts[lang] as Record<string, Record<string, unknown> | undefined> | undefined;
  const merge = <T extends object>(key: string, base: T) => {
    const given = overrides?.[key];
    return Object.fromEntries(
      Object.entries(base).map(([k, v]) => [k, typeof given?.[k] == 'string' ? given[k] : v]),
    ) as T;
  };
  const category = (name: string): [string, string] => {
    const own = config.categories[name] ?? {};
    const builtIn = table.categories[name as keyof CategoryStrings] ?? [name, ''];
    return [localize(own.label, lang) || builtIn[0], localize(own.description, lang) || builtIn[1]];
  };
  const texts = {
    lang,
    banner: merge('banner', table.banner),
    preferences: merge('preferences', table.preferences),
    categories: table.categories,
    category,
    hash: '',
  };
  texts.hash = hashText(flatten([lang, texts.banner, texts.preferences, store.categories.map(category)]));
  built.set(store, texts);
  return texts;
}
