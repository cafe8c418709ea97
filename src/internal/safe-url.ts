/**
 * `url`, trimmed, when it is `https:`, `mailto:`, `tel:` or relative; `undefined` for anything
 * else (`javascript:`, `data:`, plain `http:`, protocol-relative, hidden control characters, or
 * not a string): a URL from the config becomes a link only through this one rule.
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url != 'string') return;
  const trimmed = url.trim();
  return /^(?:https:|mailto:|tel:|[^:/?#]*(?:[/?#]|$))/i.test(trimmed) && !/[\0-\x1f\x7f\\]|^\/\//.test(trimmed)
    ? trimmed
    : undefined;
}
