import type { LocalizedText } from '../core/types.js';
import { localize } from '../i18n/localize.js';

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * A cookie's lifetime for a visitor reading `lang`: an ISO 8601 duration (`P13M`, `P1Y6M`,
 * `PT30M`) in words (`13 months`, `13 mois`), `session` as `session` (the table's word), any
 * other text from the config as it is.
 */
export function formatLifetime(value: LocalizedText | undefined, lang: string, session: string): string {
  if (value == 'session') return session;
  const match = typeof value == 'string' && DURATION.exec(value);
  if (!match) return localize(value, lang);
  const parts = UNITS.flatMap((unit, i) => (match[i + 1] ? [new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(+match[i + 1])] : []));
  return new Intl.ListFormat(lang, { style: 'long', type: 'unit' }).format(parts);
}

/** Countries (ISO 3166-1 alpha-2) or `EU`, named in `lang`: `États-Unis et Union européenne`. */
export function formatPlaces(codes: string[], lang: string): string {
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const named = codes.map((code) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  });
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(named);
}
