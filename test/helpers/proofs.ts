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
 * The records `/__proof/<key>` received: once `count` are in (fails after 5 s otherwise: with
 * `0`, at once), the test posts a sentinel record of its own from `win`, like the library does,
 * and returns (without it) once it has arrived. A record the library sent before it, one too
 * many included, has arrived too: that, not a wait, is what proves nothing more was sent. The
 * sentinels (this call's and earlier ones') are left out.
 */
export async function proofsReceived(key: string, count: number, win: Window = window): Promise<Received[]> {
  const log = async () => (await executeServerCommand<Received[], { key: string }>('proof-log', { key }))!;
  await until(async () => (await log()).length >= count, `${count} proof record(s) at /__proof/${key}`, 5000);
  const sentinel = JSON.stringify({ sentinel: ++sentinels });
  win.fetch(`/__proof/${key}`, { method: 'POST', body: sentinel, keepalive: true, credentials: 'omit' }).catch(() => {});
  await until(async () => (await log()).some((entry) => entry.body == sentinel), 'the sentinel proof record');
  return (await log()).filter((entry) => !/^\{"sentinel":\d+\}$/.test(entry.body));
}
