import type { ConsentStore } from '../core/consent-store.js';
import { hashText } from '../core/consent-record.js';
import { bannerTables } from './banner/index.js';
import { direction, localize, resolveLanguage, tableLanguage } from './localize.js';
import { loadTable, mergeTexts, tableOf } from './tables.js';

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
  /** Announced politely (a status message) once a decision made from the banner is saved. */
  saved: string;
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

/** The usual categories, which have built-in titles and descriptions. */
export type Category = 'necessary' | 'analytics' | 'marketing' | 'functional';

/** Default title and description of the usual categories, used when the config gives none. */
export type CategoryStrings = Record<Category, [label: string, description: string]>;

/** A language's banner table (`banner/<lang>.ts`): the banner's texts and each category's short title. */
export interface BannerTable {
  banner: BannerStrings;
  categories: Record<Category, string>;
}

/** A language's preferences table (`preferences/<lang>.ts`): the dialog's texts and each category's description. */
export interface PreferencesTable {
  preferences: PreferencesStrings;
  categories: Record<Category, string>;
}

/**
 * The texts of the control the core script puts in every page (`page/<lang>.ts`), which a
 * returning visitor downloads: the reopen control (`config.texts[lang].reopen.label`).
 */
export interface PageTable {
  reopen: {
    /** The reopen control's accessible name and tooltip. */
    label: string;
  };
}

/**
 * The texts of a blocked embed's placeholder (`placeholder/<lang>.ts`), which only pages with a
 * blocked embed download (`config.texts[lang].placeholder[key]`).
 */
export interface PlaceholderTable {
  placeholder: {
    /** `{n}`: the embed's title (else its host); `{c}`: the categories it needs. */
    text: string;
    /** Grants the categories the embed needs: `{c}` as in `text`. */
    button: string;
    /** Naming a catalogue service: `{s}` the service, `{p}` its provider. */
    service: string;
    /** Loads this embed this time only. */
    allowOnce: string;
    /** Grants the service for good. */
    allowAlways: string;
    /** What allowing a service means: `{p}` its provider. */
    loads: string;
    /** What "allow once" means: this page only, nothing stored. */
    once: string;
  };
}

/** Everything a layer renders its texts from. */
export interface Texts {
  /** The language shown: built in, or given in `config.texts`. */
  lang: string;
  /** `rtl` for the languages written right to left. */
  dir: 'ltr' | 'rtl';
  banner: BannerStrings;
  /** A category's title and description: from the config, else the built-in ones, else its name. */
  category(name: string): [label: string, description: string];
  /** A short hash of every text above, for the proof of consent. */
  hash: string;
}

/** The texts of the dialog, which also shows the banner's category titles (`dialog-texts.ts`). */
export interface DialogTexts extends Texts {
  preferences: PreferencesStrings;
}

const built = new WeakMap<ConsentStore, Record<string, Texts>>();

/** Every string inside `value`, joined: what the visitor reads, without JSON (a page may break it). */
const flatten = (value: unknown): string =>
  typeof value == 'object' && value ? Object.values(value).map(flatten).join('\u0001') : String(value);

/** The language `store` shows, the built-in language of its tables, and the texts the config gives for it. */
export const languageOf = (store: ConsentStore) => {
  const { config } = store;
  const lang = resolveLanguage(config);
  return { lang, table: tableLanguage(lang, config), given: config.texts[lang] as Record<string, unknown> | undefined };
};

/** Downloads the banner's table in the language `store` shows (for a language of the config alone, its fallback language's). */
export function loadTexts(store: ConsentStore): Promise<unknown> {
  return loadTable(bannerTables, languageOf(store).table);
}

/**
 * The texts to show for `store`, merged with the config's overrides, or `undefined` while the
 * banner's table is still downloading (`loadTexts`). With `dialog` (the preferences table of
 * the same language), the dialog's texts too.
 */
export function textsFor(store: ConsentStore): Texts | undefined;
export function textsFor(store: ConsentStore, dialog: PreferencesTable): DialogTexts | undefined;
export function textsFor(store: ConsentStore, dialog?: PreferencesTable): Texts | undefined {
  const { lang, table, given } = languageOf(store);
  const banner = tableOf(bannerTables, table);
  if (!banner) return;
  // Built once per store, language and layers: the layers ask on every render.
  const key = lang + (dialog ? '+' : '');
  const cache = built.get(store) ?? {};
  built.set(store, cache);
  if (cache[key]) return cache[key];
  const { config } = store;
  const category = (name: string): [string, string] => {
    const own = config.categories[name] ?? {};
    const title = banner.categories[name as Category];
    return [localize(own.label, lang) || title || name, localize(own.description, lang) || (title && dialog?.categories[name as Category]) || ''];
  };
  const texts: Texts & { preferences?: PreferencesStrings } = {
    lang,
    dir: direction(lang),
    banner: mergeTexts(banner.banner, given?.banner, lang, 'banner', table),
    category,
    hash: '',
  };
  if (dialog) texts.preferences = mergeTexts(dialog.preferences, given?.preferences, lang, 'preferences', table);
  texts.hash = hashText(flatten([lang, texts.banner, texts.preferences ?? '', store.categories.map(category)]));
  return (cache[key] = texts);
}
