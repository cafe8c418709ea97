/** Attributes of a cookie this library writes (first-party, never HttpOnly). */
export interface CookieAttributes {
  path?: string;
  domain?: string;
  sameSite?: string;
  secure?: boolean;
  expires?: Date;
}

/** The value of cookie `name` on this page, if any (undecoded: our values are plain ASCII). */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(/; */)) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at) == name) return pair.slice(at + 1);
  }
}

/** Writes (or, with an `expires` in the past, deletes) cookie `name`. */
export function writeCookie(name: string, value: string, { path = '/', domain, sameSite, secure, expires }: CookieAttributes): void {
  document.cookie =
    `${name}=${value}; path=${path}` +
    (domain ? `; domain=${domain}` : '') +
    (sameSite ? `; samesite=${sameSite}` : '') +
    (secure ? '; secure' : '') +
    (expires ? `; expires=${expires.toUTCString()}` : '');
}
