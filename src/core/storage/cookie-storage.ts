import { decodeRecord } from '../consent-record.js';
import type { ConsentStorage, NormalizedConfig } from '../types.js';
import { readCookies, removeCookie, writeCookie } from './cookies.js';

/**
 * Keeps the decision in a first-party cookie.
 * Never throws: a page whose cookies are blocked (or whose `document.cookie` is hostile)
 * reads nothing and `write` reports `false`, so the store keeps the decision in memory.
 * The page may hold several copies of the cookie (one host-only, one on a parent domain, left
 * by an earlier `cookie.domain`): `read` returns the newest valid decision among them, and
 * `write` and `remove` expire every copy but the one written.
 */
export function cookieStorage({ name, path, ...attributes }: NormalizedConfig['cookie']): ConsentStorage {
  return {
    read() {
      let newest: string | undefined;
      let time = -1;
      for (const value of readCookies(name)) {
        const record = decodeRecord(value);
        if (record && record.timestamp > time) [newest, time] = [value, record.timestamp];
      }
      return newest;
    },
    write: (value, expires) =>
      writeCookie(name, value, { secure: location.protocol == 'https:', ...attributes, path, expires }),
    remove: () => removeCookie(name, path),
  };
}
