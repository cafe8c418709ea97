import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueService } from './types.js';

/** `*` matches any run of characters; everything else is literal; case-insensitive. */
export function wildcard(pattern: string): RegExp {
  const body = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&')).join('.*');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * A URL without its scheme and port: catalogue patterns say `https://…`, while a site may load
 * a tag with `//host/…` or over http, and the tests serve every "third party" over http on a
 * loopback port. Hosts and paths are compared, not schemes or ports.
 */
export function schemeless(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\/\//, '').replace(/^([^/:?#]+):\d+/, '$1');
}

/** Second-level labels under which a registrable domain has three labels (a short list, not the whole Public Suffix List). */
const SECOND_LEVEL = /^(co|com|net|org|gov|edu|ac|gouv|asso|nom|ne|or|go|mil)$/;

/** The registrable part of a host (`www.example.co.uk` → `example.co.uk`); an IP or one-label host is itself. */
export function siteOf(host: string): string {
  const bare = host.replace(/^\./, '').toLowerCase();
  if (/^[\d.]+$/.test(bare) || bare.includes(':') || !bare.includes('.')) return bare;
  const labels = bare.split('.');
  const keep = labels.length > 2 && SECOND_LEVEL.test(labels[labels.length - 2]) && labels[labels.length - 1].length == 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** Whether `host` (or a cookie domain such as `.example.fr`) belongs to another site than `firstParty`. */
export const isThirdParty = (host: string, firstParty: string): boolean => siteOf(host) != siteOf(firstParty);

/** Compiled catalogue: which service a cookie, storage key, script, embed or host belongs to. */
export class Catalogue {
  private readonly _cookies: [RegExp, CatalogueService, number][] = [];
  private readonly _storage: [RegExp, CatalogueService, number][] = [];
  private readonly _urls: [RegExp, CatalogueService, number][] = [];
  private readonly _hosts: [RegExp, CatalogueService, number][] = [];

  constructor(readonly services: readonly CatalogueService[]) {
    // A pattern's literal length ranks it: `_ga_*` wins over `_*` when both match.
    const add = (list: [RegExp, CatalogueService, number][], service: CatalogueService, pattern: string, toRegExp = wildcard) =>
      list.push([toRegExp(pattern), service, pattern.replace(/\*/g, '').length]);
    for (const service of services) {
      for (const cookie of service.cookies ?? []) add(this._cookies, service, cookie.name);
      for (const key of service.storage ?? []) add(this._storage, service, key);
      for (const url of [...(service.scripts ?? []), ...(service.embeds ?? [])]) add(this._urls, service, schemeless(url));
      for (const host of service.hosts ?? []) add(this._hosts, service, host);
    }
  }

  get(id: string): CatalogueService | undefined {
    return this.services.find((service) => service.id == id);
  }

  /**
   * A cookie name's service. A few cookies are shared by two entries on purpose (`MUID`:
   * Microsoft Clarity and Microsoft Ads): then the one `prefer` says the page already showed wins.
   */
  cookie(name: string, prefer?: (id: string) => boolean): CatalogueService | undefined {
    return best(this._cookies, name, prefer);
  }
  storage(key: string, prefer?: (id: string) => boolean): CatalogueService | undefined {
    return best(this._storage, key, prefer);
  }
  /** A script, embed or any request URL: by script/embed pattern, then by host. */
  url(url: string): CatalogueService | undefined {
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      /* not a URL: patterns only */
    }
    return best(this._urls, schemeless(url)) ?? (host ? best(this._hosts, host) : undefined);
  }
}

function best(list: [RegExp, CatalogueService, number][], value: string, prefer?: (id: string) => boolean): CatalogueService | undefined {
  let found: [RegExp, CatalogueService, number] | undefined;
  for (const entry of list)
    if (entry[0].test(value) && (!found || entry[2] > found[2] || (entry[2] == found[2] && !prefer?.(found[1].id) && prefer?.(entry[1].id))))
      found = entry;
  return found?.[1];
}

/** Reads every `*.json` of a catalogue folder; a file that is not a service fails with its name. */
export async function loadCatalogue(dir: string): Promise<Catalogue> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  const services: CatalogueService[] = [];
  for (const file of files) {
    const service = JSON.parse(await readFile(join(dir, file), 'utf8')) as CatalogueService;
    if (typeof service?.id != 'string' || typeof service.name != 'string' || typeof service.category != 'string')
      throw new Error(`${join(dir, file)} is not a catalogue service (it needs id, name and category)`);
    services.push(service);
  }
  return new Catalogue(services);
}
