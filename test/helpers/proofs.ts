import { executeServerCommand } from '@web/test-runner-commands';
import { until } from './wait.js';

/** What the proof-of-consent endpoint `/__proof/<key>` received (test/hardening/server.mjs). */
export interface Received {
  body: string;
  contentType: string;
  cookie?: string;
  /** Answered 503 by a busy endpoint (`/__proof/busy-…`), not stored. */
  refused?: boolean;
}

let sentinels = 0;

/**
 * The records `/__proof/<key>` received: once `count` are in (or after 2 s), the test posts a
 * sentinel record of its own from `win`, like the library does, and returns (without it) once
 * it has arrived: a record sent before it has arrived too, with no fixed wait for extras. The
 * sentinels (this call's and earlier ones') are left out.
 */
export async function proofsReceived(key: string, count: number, win: Window = window): Promise<Received[]> {
  const log = async () => (await executeServerCommand<Received[], { key: string }>('proof-log', { key }))!;
  await until(async () => (await log()).length >= count, 2000).catch(() => {});
  const sentinel = JSON.stringify({ sentinel: ++sentinels });
  win.fetch(`/__proof/${key}`, { method: 'POST', body: sentinel, keepalive: true, credentials: 'omit' }).catch(() => {});
  await until(async () => (await log()).some((entry) => entry.body == sentinel), 'the sentinel proof record');
  return (await log()).filter((entry) => !/^\{"sentinel":\d+\}$/.test(entry.body));
}
