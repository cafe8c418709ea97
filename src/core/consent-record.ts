import type { ConsentChoices, ConsentRecord } from './types.js';

/**
 * The consent cookie value, version 1:
 * `1|<consentId>|<timestamp base 36>|<revision>[.<policy version hash>]|<category>=<0|1>&…[|<service id>=<0|1>&…]`
 * The services part lists only the services whose choice differs from their category's (most
 * visitors: none, and the part is left out); with no category at all, the visitor has not
 * decided yet but allowed those services from an embed's placeholder.
 * Every character in it is allowed in a cookie value as it is: nothing to encode or decode.
 * It holds every config the validator accepts: any revision up to `Number.MAX_SAFE_INTEGER`
 * (sites use timestamps) and up to `MAX_CATEGORIES` (100) categories of 32 characters, at most
 * 3,600 bytes: under the 4,096 bytes a browser keeps for a cookie's name and value.
 */
const FORMAT =
  /^1\|([0-9a-f-]{36})\|([0-9a-z]{1,11})\|(\d{1,16})(?:\.([0-9a-z]{1,7}))?\|((?:[a-z][a-z0-9_]{0,31}=[01](?:&|(?=\|)|$)){0,100})(?:\|((?:[a-z0-9][a-z0-9-]{0,63}=[01](?:&|$)){1,100}))?$/i;

const pairs = (choices: ConsentChoices = {}) =>
  Object.keys(choices)
    .map((name) => `${name}=${choices[name] ? 1 : 0}`)
    .join('&');

export const CONSENT_LIFETIME_MONTHS = 13;

export function encodeRecord(record: ConsentRecord): string {
  const revision = record.revision + (record.policy ? '.' + record.policy : '');
  const services = pairs(record.services);
  return `1|${record.consentId}|${record.timestamp.toString(36)}|${revision}|${pairs(record.choices)}${services && '|' + services}`;
}

/** Parses a stored value; anything malformed, foreign or oversized yields `undefined`. */
export function decodeRecord(value: unknown): ConsentRecord | undefined {
  if (typeof value != 'string' || value.length > 3700) return;
  const match = FORMAT.exec(value);
  if (!match) return;
  const read = (part = '') => {
    const choices: ConsentChoices = Object.create(null);
    for (const pair of part.split('&')) {
      if (!pair) continue;
      const [name, flag] = pair.split('=');
      if (name in choices) return;
      choices[name] = flag == '1';
    }
    return choices;
  };
  const choices = read(match[5]);
  const services = read(match[6]);
  const timestamp = parseInt(match[2], 36);
  if (!choices || !services || !Number.isSafeInteger(timestamp) || !Number.isSafeInteger(+match[3])) return;
  return { consentId: match[1].toLowerCase(), timestamp, revision: +match[3], policy: match[4], choices, ...(match[6] && { services }) };
}

/** A short, stable, non-cryptographic hash of a text (djb2), in base 36. */
export function hashText(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash, 33) ^ text.charCodeAt(i);
  return (hash >>> 0).toString(36);
}

/**
 * The same moment `months` calendar months later, clamped to the last day of the target
 * month (31 January + 13 months = the last day of the next February).
 */
export function addMonths(time: number, months: number): Date {
  const date = new Date(time);
  const month = date.getMonth() + months;
  // Day 0 of the month after the target one is the target's last day.
  date.setMonth(month, Math.min(date.getDate(), new Date(date.getFullYear(), month + 1, 0).getDate()));
  return date;
}

/** When a decision taken at `timestamp` stops being valid (13 calendar months, CNIL). */
export const expiryOf = (timestamp: number): Date => addMonths(timestamp, CONSENT_LIFETIME_MONTHS);
