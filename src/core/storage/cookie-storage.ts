import type { ConsentStorage, NormalizedConfig } from '../types.js';
import { readCookie } from './cookies.js';

/**
 * Keeps the decision in a first-party cookie.
 * Never throws: a page whose cookies are blocked (or whose `document.cookie` is hostile)
 * reads nothing and `write` reports `false`, so the store keeps the decision in memory.
 */
export function cookieStorage({ name, ...attributes }: NormalizedConfig['cookie']): ConsentStorage {
  const write = (value: string, expires: Date) => {
    try {
      const { path = '/', domain, sameSite, secure } = { secure: location.protocol == 'https:', ...attributes };
      document.cookie =
        `${name}=${value}; path=${path}; expires=${expires.toUTCString()}` +
        (domain ? '; domain=' + domain : '') +
        (sameSite ? '; samesite=' + sameSite : '') +
        (secure ? '; secure' : '');
      return readCookie(name, true) === value;
    } catch {
      return false;
    }
  };
  return {
    read: () => readCookie(name),
    write,
    remove: () => void write('', new Date(0)),
  };
}
