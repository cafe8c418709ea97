/**
 * Expands the config's catalogue services (`'youtube'`, `{ preset: 'youtube', … }`) into full
 * services, loading only the entries the config uses, in one language. Used by the layers that
 * show services (dialog, policy) and by the tag loader's on-demand chunk (placeholders,
 * clean-up); the core never imports it.
 */
import type { NormalizedConfig, ServiceConfig } from '../core/types.js';
import { entries } from './generated/index.js';

/** A service with the catalogue's facts filled in. */
export interface ExpandedService extends ServiceConfig {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 country of the provider (catalogue). */
  country?: string;
  /** Where the data is stored: ISO country codes or `EU` (catalogue; `location` wins when given). */
  dataLocations?: string[];
  /** Transfer safeguards, as texts in the language asked for. */
  safeguards?: string[];
  /** Embed URL patterns (`*` wildcard). */
  embeds?: string[];
  /** Cookie names another service also sets: kept while that one is granted. */
  sharedCookies?: string[];
}

type Loaded = Awaited<ReturnType<(typeof entries)[string]>>;
const loads = new Map<string, Promise<Loaded | undefined>>();

/** One entry, once (a failed download is forgotten, so that the next need tries again). */
function entry(id: string): Promise<Loaded | undefined> {
  const load = entries[Object.hasOwn(entries, id) ? id : ''];
  if (!load) return Promise.resolve(undefined);
  let pending = loads.get(id);
  if (!pending) {
    pending = load().catch((error) => {
      loads.delete(id);
      throw error;
    });
    loads.set(id, pending);
  }
  return pending;
}

/**
 * One service with its preset's facts (its texts in `lang`, when given): every field the config
 * gives wins, field by field. A custom service comes back as it is; an unknown preset logs one
 * error naming it and keeps what the config gives.
 */
export async function expandService(service: ServiceConfig & { id: string }, lang?: string): Promise<ExpandedService> {
  const own = { ...service, name: service.name ?? service.id };
  if (!service.preset) return own;
  const loaded = await entry(service.preset);
  if (!loaded) {
    console.error(`consent-elements: "${service.preset}" is not in the service catalogue (service "${service.id}"): give its "name", "provider", "cookies"…`);
    return own;
  }
  const base = loaded.default;
  const load = lang && (loaded.texts[lang] ?? loaded.texts.en);
  const texts = load ? (await load()).default : undefined;
  const text = (value?: string) => (value && lang ? { [lang]: value } : undefined);
  return {
    name: base.name,
    provider: base.provider.name,
    country: base.provider.country,
    purpose: text(texts?.purpose),
    privacyUrl: base.privacyUrl,
    dataLocations: base.dataLocations,
    safeguards: texts?.safeguards ?? base.safeguards,
    embeds: base.embeds,
    sharedCookies: base.sharedCookies,
    localStorage: base.storage,
    cookies: base.cookies.map((c, i) => ({ ...c, purpose: text(texts?.cookies[i]) })),
    ...Object.fromEntries(Object.entries(service).filter(([, value]) => value !== undefined)),
    id: service.id,
  } as ExpandedService;
}

const expanded = new WeakMap<NormalizedConfig, Map<string, Promise<Record<string, ExpandedService[]>>>>();

/** Every category's services, expanded, in `lang` (`''`: no texts, for the clean-up). Cached per config and language. */
export function expandServices(config: NormalizedConfig, lang = ''): Promise<Record<string, ExpandedService[]>> {
  let byLang = expanded.get(config);
  if (!byLang) expanded.set(config, (byLang = new Map()));
  let result = byLang.get(lang);
  if (!result) {
    result = Promise.all(
      Object.entries(config.categories).map(
        async ([name, { services = [] }]) => [name, await Promise.all(services.map((s) => expandService(s, lang || undefined)))] as const,
      ),
    ).then(Object.fromEntries);
    result.catch(() => byLang!.delete(lang));
    byLang.set(lang, result);
  }
  return result;
}

const done = new WeakMap<NormalizedConfig, Map<string, Record<string, ExpandedService[]>>>();

/**
 * For a render: the services expanded in `lang` when they are here, else `undefined` after
 * starting their download, with `then` called once they arrive (a failure is retried at the
 * next render).
 */
export function expandedNow(config: NormalizedConfig, lang: string, then: () => void): Record<string, ExpandedService[]> | undefined {
  const known = done.get(config)?.get(lang);
  if (!known)
    expandServices(config, lang).then((services) => {
      if (!done.has(config)) done.set(config, new Map());
      if (!done.get(config)!.has(lang)) done.get(config)!.set(lang, services), then();
    }, () => {});
  return known;
}
