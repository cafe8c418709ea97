/**
 * `url` when it is a string pointing to a web page (http, https or relative), else `undefined`:
 * a `javascript:` URL in the config must not become a link.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url != 'string') return;
  try {
    return /^https?:$/.test(new URL(url, document.baseURI).protocol) ? url : undefined;
  } catch {
    return;
  }
}
