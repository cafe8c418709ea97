let jar: string | undefined;

/**
 * The page's cookies as read last during this run of script, else read now: each
 * `document.cookie` read is a synchronous round trip to the browser's cookie store, and the
 * start-up needs the cookies twice (the stored decision, then the tag loader's look for
 * cookies left by refused categories).
 */
export function cookieJar(fresh?: boolean): string {
  if (fresh || jar == null) {
    jar = document.cookie;
    queueMicrotask(() => (jar = undefined));
  }
  return jar;
}

/** The value of cookie `name` on this page, if any (undecoded: our values are plain ASCII). */
export function readCookie(name: string): string | undefined {
  for (const pair of cookieJar(true).split(/; */)) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at) == name) return pair.slice(at + 1);
  }
}
