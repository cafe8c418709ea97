import Cookies from 'js-cookie';

/**
 * The one module that touches `document.cookie`: reading (a small reader of its own, since a
 * page can hold several cookies of one name, which js-cookie's `get` folds into the first),
 * writing and removal (js-cookie, whose attribute handling cuts each attribute at its first
 * `;`), across the domains a page can reach.
 */

/** What a cookie is written with. `domain` unset: host-only. */
export interface CookieAttributes {
  path?: string;
  domain?: string;
  sameSite?: 'Lax' | 'Strict' | 'None';
  secure?: boolean;
  expires?: Date;
}

let held: string | undefined;

/** `document.cookie`, or '' where cookies are blocked (or a hostile getter throws). */
function readJar(): string {
  try {
    return '' + document.cookie;
  } catch {
    return '';
  }
}

/**
 * The page's cookies. Each `document.cookie` read is a synchronous round trip to the browser's
 * cookie store: the start-up reads them once, with {@link holdCookies}, for all its readers
 * (the stored decision and, when the page has been parsed already, the tag loader's look for
 * refused cookies, which then starts in the same task).
 */
export function cookieJar(): string {
  return held ?? readJar();
}

/**
 * Reads the cookies now and hands that same read to every reader until this task's
 * microtasks run. Only for the script tag's start-up, during which no other script can
 * write a cookie; the library's own writes refresh it.
 */
export function holdCookies(): void {
  if (held == null) queueMicrotask(() => (held = undefined));
  held = readJar();
}

/**
 * Every value of cookie `name` on this page (undecoded: our values are plain ASCII), in the
 * browser's order: longest path first, then oldest first. Several when the same name was set
 * on the host and on a parent domain. `fresh` reads past a held jar, and refreshes it.
 */
export function readCookies(name: string, fresh?: boolean): string[] {
  const jar = fresh ? readJar() : cookieJar();
  if (fresh && held != null) held = jar;
  const values: string[] = [];
  for (const pair of jar.split(/; */)) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at) == name) values.push(pair.slice(at + 1));
  }
  return values;
}

/**
 * The domains a cookie of this page may live on: host-only (`undefined`), then the host and
 * each parent (`a.b.example` → `a.b.example`, `b.example`, `example`). The browser refuses a
 * public suffix; asking costs nothing.
 */
export function reachableDomains(hostname = location.hostname): (string | undefined)[] {
  // An IP address has no parents, and a dotless host (`localhost`) only its host-only cookie.
  if (!hostname.includes('.') || /^[\d.]+$|:/.test(hostname)) return [undefined];
  const labels = hostname.split('.');
  return [undefined, ...labels.map((_, i) => labels.slice(i).join('.'))];
}

const bare = (domain?: string) => (domain ?? '').replace(/^\./, '').toLowerCase();

/** Expires cookie `name` at `path` on every domain this page can reach but `keep` (`''`: host-only). */
export function removeCookie(name: string, path = '/', keep?: string): void {
  try {
    for (const domain of reachableDomains()) if (bare(domain) != keep) Cookies.remove(name, domain ? { path, domain } : { path });
  } catch {
    /* cookies blocked, or a hostile setter: nothing could have been stored */
  }
}

/**
 * Writes cookie `name`, after expiring its copies on the other domains this page can reach, so
 * that a reader finds this one value (an older decision left host-only, say, when the site
 * owner later set a `domain`). Returns whether the browser kept it.
 */
export function writeCookie(name: string, value: string, { path = '/', domain, ...attributes }: CookieAttributes): boolean {
  removeCookie(name, path, bare(domain));
  try {
    Cookies.set(name, value, { ...attributes, path, ...(domain && { domain }) });
    return readCookies(name, true).includes(value);
  } catch {
    return false;
  }
}
