import Cookies from 'js-cookie';
import type { ConsentStorage, NormalizedConfig } from '../types.js';

/**
 * Keeps the decision in a first-party cookie through js-cookie.
 * Never throws: a page whose cookies are blocked (or whose `document.cookie` is hostile)
 * reads nothing and `write` reports `false`, so the store keeps the decision in memory.
 */
export function cookieStorage(options: NormalizedConfig['cookie']): ConsentStorage {
  const { name, path, domain, sameSite } = options;
  const attributes = () => ({
    path,
    domain,
    sameSite,
    secure: options.secure ?? location.protocol == 'https:',
  });
  return {
    read() {
      try {
        return Cookies.get(name);
      } catch {
        return undefined;
      }
    },
    write(value, expires) {
      try {
        Cookies.set(name, value, { ...attributes(), expires });
        return Cookies.get(name) === value;
      } catch {
        return false;
      }
    },
    remove() {
      try {
        Cookies.remove(name, attributes());
      } catch {
        /* cookies blocked: nothing was stored */
      }
    },
  };
}
