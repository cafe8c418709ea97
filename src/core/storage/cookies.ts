/** The value of cookie `name` on this page, if any (undecoded: our values are plain ASCII). */
export function readCookie(name: string): string | undefined {
  for (const pair of document.cookie.split(/; */)) {
    const at = pair.indexOf('=');
    if (pair.slice(0, at) == name) return pair.slice(at + 1);
  }
}
