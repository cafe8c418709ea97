import { cookieJar, removeCookie } from '../core/storage/cookies.js';
import type { ServiceConfig } from '../core/types.js';

/**
 * Deletes what `services` declare: their cookies (exact names or `*` patterns such as
 * `_ga_*`) and `localStorage` keys. A cookie goes only when overwritten with the domain and
 * path it was set with, which JavaScript cannot read: so every candidate is written —
 * host-only, the host and each parent domain, `/` and each prefix of the current path.
 * HttpOnly cookies and cookies scoped to other paths stay out of reach.
 */
export function removeDeclared(services: ServiceConfig[], doc: Document = document): void {
  const { pathname } = doc.location;
  const matcher = (patterns: string[]) => {
    const re = RegExp(`^(${patterns.map((p) => p.replace(/\W/g, '\\$&').replace(/\\\*/g, '.*')).join('|')})$`);
    return (name: string) => !!patterns[0] && re.test(name);
  };
  const cookie = matcher(services.flatMap((s) => s.cookies?.map((c) => c.name) ?? []));
  const key = matcher(services.flatMap((s) => s.localStorage ?? []));
  const paths = pathname.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/') || '/');
  for (const entry of cookieJar().split(';')) {
    const name = entry.split('=')[0].trim();
    if (cookie(name)) for (const path of paths) removeCookie(name, path);
  }
  try {
    Object.keys(localStorage).map((name) => key(name) && localStorage.removeItem(name));
  } catch {
    /* storage blocked (a sandboxed frame): nothing could have been stored */
  }
}
