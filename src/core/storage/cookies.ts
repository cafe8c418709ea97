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
 * (the first-visit check, the stored decision, the tag loader's look for refused cookies).
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
 * The value of cookie `name` on this page, if any (undecoded: our values are plain ASCII).
 * `fresh` reads past a held jar, and refreshes it: to check a write.
 */
export function readCookie(name: string, fresh?: boolean): string | undefined {
  const jar = fresh ? readJar() : cookieJar();
  if (fresh && held != null) held = jar;
  for (const pair of jar.split(/; */)) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at) == name) return pair.slice(at + 1);
  }
}
